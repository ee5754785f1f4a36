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
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "missing: nginx" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/wc-bench-forwarding.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    { wait; } 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_for_port() {
    for _ in $(seq 1 600); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on 127.0.0.1:$1" >&2
    return 1
}

nginx_dir=$work/nginx
mkdir -p "$nginx_dir"
app_port=$(free_port)
cat >"$nginx_dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $nginx_dir/body;
    proxy_temp_path $nginx_dir/proxy;
    fastcgi_temp_path $nginx_dir/fastcgi;
    uwsgi_temp_path $nginx_dir/uwsgi;
    scgi_temp_path $nginx_dir/scgi;
    server {
        listen 127.0.0.1:$app_port;
        location / { return 200 "ok"; }
    }
}
CONF
"$nginx_bin" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log" &
pids+=($!)
wait_for_port "$app_port"

receiver_port=$(free_port)
"$build_dir/webhook-console" --serve-receiver --port "$receiver_port" --data-dir "$work/data" \
    --forward "http://127.0.0.1:$app_port/webhooks" >"$work/receiver.log" 2>&1 &
pids+=($!)
wait_for_port "$receiver_port"

"$build_dir/tests/bench/bench_forward_latency" --requests "$requests" \
    "http://127.0.0.1:$app_port/webhooks/channex" "http://127.0.0.1:$receiver_port/channex"
