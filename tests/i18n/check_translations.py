#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ctest: every translation is complete and current.

Runs lupdate on a copy of each .ts file against today's sources and fails when a message is
unfinished (new or changed in the sources, or never translated), obsolete or vanished (gone from
the sources), or a plural message has the wrong number of forms. The committed files are not
touched.

usage: check_translations.py LUPDATE SOURCES_LIST INCLUDE_DIR TS_DIR WORK_DIR LANG [LANG …]
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Plural forms Qt expects per language (qtbase's plural rules): all five use two, like English.
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "pt_BR": 2}


def check(lupdate, sources, include, ts_dir, work_dir, language, options):
    name = f"webhook-console_{language}.ts"
    copy = work_dir / name
    shutil.copyfile(ts_dir / name, copy)
    # -I: headers are included by their path from the repository root, and lupdate must read
    # them to know each class's translation context ("Channex::ApiError").
    run = subprocess.run([lupdate, *options, "-locations", "none", f"-I{include}", f"@{sources}",
                          "-ts", str(copy)], capture_output=True, text=True)
    if run.returncode != 0:
        return [f"{name}: lupdate failed: {run.stdout}{run.stderr}"]
    problems = []
    for message in ET.parse(copy).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{name}: {kind}: {source!r}")
        elif message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            wanted = PLURAL_FORMS.get(language, 2)
            if len(forms) != wanted or not all(forms):
                problems.append(f"{name}: {len(forms)} plural forms, want {wanted}: {source!r}")
    return problems


def main():
    lupdate, sources, include, ts_dir, work_dir, *languages = sys.argv[1:]
    ts_dir, work_dir = Path(ts_dir), Path(work_dir)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    problems = []
    for language in languages:
        problems += check(lupdate, sources, include, ts_dir, work_dir, language, [])
    # English carries only the plural forms the source strings lack.
    problems += check(lupdate, sources, include, ts_dir, work_dir, "en", ["-pluralonly"])
    if problems:
        print("Translations are not complete and current:")
        print("\n".join(f"  {p}" for p in problems))
        print("Run `cmake --build build --target update_translations`, translate what is "
              "unfinished (Qt Linguist), and commit the .ts files.")
        return 1
    print(f"Every translation is complete and current: {' '.join(languages)} and the English "
          "plurals.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
