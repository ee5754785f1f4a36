#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What forwarding adds to a request's round trip (docs/response-rules.md, docs/performance.md):
# nginx stands in for the app being built (`return 200`); the receiver runs headless,
# `webhook-console --serve-receiver --forward` to it, storing every request first. The client
# (bench_forward_latency) sends the same small POSTs, one at a time on a keep-alive connection,
# directly to nginx and through the receiver, in alternating blocks, and prints the median and
# the 99th percentile of each.
#
# Usage: tests/bench/bench_forwarding.sh [BUILD_DIR] [--requests N]
# Needs nginx (Debian: nginx-light) and python3 (to pick free ports).
set -euo pipefail

build_dir=build
requests=10000
while [[ $# -gt 0 ]]; do
    case $1 in
    --requests) requests=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
    esac
done
build_dir=$(cd "$build_dir" && pwd)
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench_lib.sh"
[ -x "$nginx_bin" ] || { echo "missing: nginx" >&2; exit 1; }
bench_workspace forwarding

app_port=$(free_port)
start_nginx "$app_port"

receiver_port=$(free_port)
"$build_dir/webhook-console" --serve-receiver --port "$receiver_port" --data-dir "$work/data" \
    --forward "http://127.0.0.1:$app_port/webhooks" >"$work/receiver.log" 2>&1 &
pids+=($!)
wait_for_port "$receiver_port" $!

"$build_dir/tests/bench/bench_forward_latency" --requests "$requests" \
    "http://127.0.0.1:$app_port/webhooks/channex" "http://127.0.0.1:$receiver_port/channex"
