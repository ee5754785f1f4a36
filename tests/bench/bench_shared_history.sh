#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The shared capture history on PostgreSQL (docs/performance.md), on a throwaway server this
# script starts (bench_lib.sh): how long one console's commit takes to reach another console,
# median and p99 (bench_follow_latency). The receiver's throughput on PostgreSQL against SQLite
# and nginx is bench_receiver.sh --targets serve,pg.
#
# Usage: tests/bench/bench_shared_history.sh [BUILD_DIR] [--count N] [--interval-ms MS]
set -euo pipefail
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=build
count=1000
interval=5
while [[ $# -gt 0 ]]; do
    case $1 in
    --count) count=$2; shift 2 ;;
    --interval-ms) interval=$2; shift 2 ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
    esac
done
build_dir=$(cd "$build_dir" && pwd)
. "$script_dir/bench_lib.sh"
bench_workspace shared
start_postgres
pg_sql postgres "CREATE DATABASE follow" >/dev/null
echo "Machine: $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
"$build_dir/tests/bench/bench_follow_latency" --store "postgresql://wc@127.0.0.1:$pg_port/follow" \
    --count "$count" --interval-ms "$interval"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
