#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: install what is missing, build everything, and run every test (offscreen).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
cmake --preset default -S "$here"
cmake --build "$here/build" -j"$(nproc)"
cd "$here"
QT_QPA_PLATFORM=offscreen ctest --preset default -j2
