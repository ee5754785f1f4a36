#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in webhook-console_en.ts: "webhook(s)" becomes "webhook" for one
and "webhooks" for many; "propert(y/ies)" becomes "property" and "properties". Run after
`lupdate -pluralonly`; untouched entries keep their forms."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/webhook-console_en.ts"
tree = ET.parse(path)
# Messages gone from the sources (lupdate marks them vanished or obsolete) go from the file too.
for context in tree.getroot().iter("context"):
    for message in list(context.iter("message")):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            context.remove(message)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    source = re.sub(r"y\(ies\)", "(y/ies)", source)  # "delivery(ies)" reads as "deliver(y/ies)"
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    one = re.sub(r"\((\w*)/(\w+)\)", r"\1", re.sub(r"\((s|es)\)", "", source))
    many = re.sub(r"\((\w*)/(\w+)\)", r"\2", re.sub(r"\((s|es)\)", r"\1", source))
    for form in (one, many):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
