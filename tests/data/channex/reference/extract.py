#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract the literal JSON examples of the Channex webhook API reference, byte for byte.

Scope: sections 2-6 of channex-webhooks-api.md (transport, endpoints, the webhook object,
error responses, rate limits), i.e. every request body, response and error body the endpoints
document. Selected are
  * every fenced block whose info string is `json`, and
  * every untyped fenced block right after a prose line flagged with the reference's warning
    sign, which is how it quotes examples that are not valid JSON as written (the PUT/DELETE 404).
The delivery payloads of the events (section 9) belong elsewhere and are not extracted.

Each block becomes <section>-<n>-<slug>.json (n counts the selected blocks of that section from 1)
holding exactly the lines between its fences. MANIFEST.tsv describes every file; the test
tests/unit/channex/test_reference_examples.cpp reads the files through the codec and compares
them with the reference again when the reference is present.

Usage:
  extract.py [--reference FILE] [--out DIR]          write the files and MANIFEST.tsv
  extract.py [--reference FILE] [--out DIR] --check  exit 1 when DIR differs from FILE
FILE defaults to ../shared/reference/channex-webhooks-api.md beside the repository, DIR to the
folder of this script. Standard library only.
"""

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[3]
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference" / "channex-webhooks-api.md"
SECTIONS = range(2, 7)
WARNING_SIGN = "\u26a0"
STATUS = re.compile(r"\b(200|201|204|400|401|403|404|422|429)\b")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([^`\s]*)")
MANIFEST_HEADER = "file\tsection\tn\theading\tkind\tstatus\tvalid_json\treference_note\n"


class Block:
    def __init__(self, section, heading, content, context):
        self.section = section  # "3.1"
        self.heading = heading  # the "###" heading above, without the hashes
        self.content = content  # bytes between the fences
        self.context = context  # prose lines since the previous block or heading
        self.n = 0
        self.name = ""


def selected_blocks(text):
    """The blocks of SECTIONS that are JSON examples, in document order."""
    blocks = []
    chapter = 0
    section, heading = "", ""
    context = []
    fence = None  # (marker, info, warned) while inside a block
    lines = []
    for line in re.findall(r"[^\n]*\n|[^\n]+$", text):  # only \n ends a line, kept
        if fence is None:
            match = FENCE.match(line)
            if match:
                marker, info = match.group(2), match.group(3).lower()
                warned = any(WARNING_SIGN in prose for prose in context[-2:])
                fence = (marker, info, warned)
                lines = []
                continue
            if line.startswith("## "):
                number = re.match(r"## (\d+)\.", line)
                chapter = int(number.group(1)) if number else 0
                section, heading = str(chapter), line[3:].strip()
                context = []
            elif line.startswith("### "):
                number = re.match(r"### (\d+\.\d+)", line)
                section = number.group(1) if number else str(chapter)
                heading = line[4:].strip()
                context = []
            elif line.strip():
                context.append(line.strip())
            continue
        marker, info, warned = fence
        if line.strip() == marker[0] * len(line.strip()) and len(line.strip()) >= len(marker):
            if chapter in SECTIONS and (info == "json" or (info == "" and warned)):
                content = "".join(lines).encode("utf-8")
                blocks.append(Block(section, heading, content, list(context)))
            fence = None
            context = []
            continue
        lines.append(line)
    return blocks


def first_key(content):
    match = re.match(rb'\s*\{\s*"([A-Za-z_]+)"', content)
    return match.group(1).decode() if match else ""


def describe(block):
    """(kind, status, valid, slug) of a block."""
    try:
        document = json.loads(block.content.decode("utf-8"))
        valid = True
    except ValueError:
        document, valid = None, False
    key = first_key(block.content)
    statuses = STATUS.findall(" ".join(block.context)) or STATUS.findall(block.heading)
    status = statuses[-1] if statuses else ""
    if key == "webhook":
        attributes = document.get("webhook", {}) if isinstance(document, dict) else {}
        is_global = isinstance(attributes, dict) and attributes.get("is_global") is True
        kind, status = ("request body (global webhook)" if is_global else "request body"), ""
        slug = "request-global" if is_global else "request"
    elif key == "data":
        listed = isinstance(document, dict) and isinstance(document.get("data"), list)
        kind = "list response" if listed else "webhook response"
        slug = "list" if listed else "webhook"
    elif key == "errors":
        kind, slug = ("error " + status).strip(), "error"
    elif key == "status_code":
        kind, slug = "test response", "test"
    elif key == "meta":
        kind, slug = "delete response", "delete"
    else:
        kind, slug = "unknown", "block"
    if status and kind != "unknown":
        slug += "-" + status
    if not valid:
        slug += "-invalid"
    return kind, status, valid, slug


def note(block):
    """The reference's own warning about the block, if the prose before it has one."""
    for prose in block.context[-2:]:
        if WARNING_SIGN in prose:
            return prose.lstrip("* ").replace("\t", " ")
    return ""


def build(reference):
    """{file name: bytes} of every extracted block plus MANIFEST.tsv."""
    # Decoded by hand: text mode would turn CRLF into LF and the copies would not be verbatim.
    blocks = selected_blocks(reference.read_bytes().decode("utf-8"))
    files = {}
    manifest = [MANIFEST_HEADER]
    counters = {}
    for block in blocks:
        counters[block.section] = counters.get(block.section, 0) + 1
        block.n = counters[block.section]
        kind, status, valid, slug = describe(block)
        name = "%s-%d-%s.json" % (block.section, block.n, slug)
        files[name] = block.content
        manifest.append("\t".join([name, block.section, str(block.n), block.heading, kind,
                                   status or "-", "yes" if valid else "no", note(block) or "-"])
                        + "\n")
    files["MANIFEST.tsv"] = "".join(manifest).encode("utf-8")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--check", action="store_true",
                        help="compare instead of writing; exit 1 on any difference")
    args = parser.parse_args()
    if not args.reference.is_file():
        print("reference not found: %s" % args.reference, file=sys.stderr)
        return 2
    files = build(args.reference)
    present = {path.name for path in args.out.glob("*.json")} | {"MANIFEST.tsv"}
    if args.check:
        problems = ["missing: " + name for name in sorted(files)
                    if not (args.out / name).is_file()]
        problems += ["differs: " + name for name in sorted(files)
                     if (args.out / name).is_file() and (args.out / name).read_bytes() != files[name]]
        problems += ["not in the reference: " + name for name in sorted(present - set(files))]
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in sorted(present - set(files)):
        (args.out / stale).unlink()
    for name, content in files.items():
        (args.out / name).write_bytes(content)
    print("%d examples written to %s" % (len(files) - 1, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
