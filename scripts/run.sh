#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 1: install what is missing, build, and start Webhook Console.
# With no CHANNEX_API_KEY in the environment it opens on the built-in sandbox.
# Arguments are passed to the application (e.g. --help, --serve-sandbox).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
cmake --preset default -S "$here" >/dev/null
cmake --build "$here/build" --target webhook-console
exec "$here/build/webhook-console" "$@"
