#!/usr/bin/env bash
# Receiver throughput against nginx, measured in the same run (DESIGN.md "Performance bars",
# issue 6 item 9 (a)): `wrk -t1 -c32` small JSON POSTs on loopback.
#
# Usage: tests/bench/bench_receiver.sh [BUILD_DIR] [--rounds N] [--duration SECONDS]
#                                      [--connections C] [--targets LIST]
#   BUILD_DIR    the CMake build directory (default: build)
#   --targets    comma-separated, in the order each round runs them (nginx always runs first):
#                  core   tests/bench/bench_http_core: the bare HTTP core answering 200 at once
#                  window webhook-console --receiver-port P --data-dir TMP, the window open
#                         (offscreen unless QT_QPA_PLATFORM is set), every request captured
#                  serve  webhook-console --serve-receiver --port P --data-dir TMP (no window)
#                default: core,window
# Each round runs wrk against nginx and then each target; the app gets a fresh data directory
# per round and is killed with SIGKILL after its run, so only committed captures are counted.
# Prints every run, then the medians and each target's ratio to nginx's median.
#
# Needs wrk and nginx (Debian: wrk, nginx-light) and sqlite3 for counting captures.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=build
rounds=3
duration=5
connections=32
targets=core,window
while [[ $# -gt 0 ]]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
    esac
done
build_dir=$(cd "$build_dir" && pwd)
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for tool in wrk "$nginx_bin" python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/wc-bench-receiver.XXXXXX")
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

# A bare TCP connect, no request: probing must not add a capture.
wait_for_port() {
    local port=$1
    for _ in $(seq 1 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    echo "nothing listens on 127.0.0.1:$port" >&2
    return 1
}

# --- nginx: one worker, `return 200`, everything under $work ------------------------------------
nginx_dir=$work/nginx
mkdir -p "$nginx_dir"
nginx_port=$(free_port)
cat >"$nginx_dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000; # as our server: a connection is never closed after N requests
    client_body_temp_path $nginx_dir/body;
    proxy_temp_path $nginx_dir/proxy;
    fastcgi_temp_path $nginx_dir/fastcgi;
    uwsgi_temp_path $nginx_dir/uwsgi;
    scgi_temp_path $nginx_dir/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { return 200 "ok"; }
    }
}
EOF
"$nginx_bin" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log" &
pids+=($!)
wait_for_port "$nginx_port"

# --- the bare core: started once ----------------------------------------------------------------
core_port=
if [[ ,$targets, == *,core,* ]]; then
    core_port=$(free_port)
    "$build_dir/tests/bench/bench_http_core" --port "$core_port" >"$work/core.log" 2>&1 &
    pids+=($!)
    wait_for_port "$core_port"
fi

# --- the app: fresh per round --------------------------------------------------------------------
app_pid=
app_data=
start_app() {
    local mode=$1 port=$2
    app_data=$work/app-data-$mode-$3
    mkdir -p "$app_data"
    if [[ $mode == window ]]; then
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build_dir/webhook-console" \
            --receiver-port "$port" --data-dir "$app_data" >"$app_data.log" 2>&1 &
    else
        "$build_dir/webhook-console" --serve-receiver --port "$port" --data-dir "$app_data" \
            >"$app_data.log" 2>&1 &
    fi
    app_pid=$!
    pids+=("$app_pid")
    wait_for_port "$port"
}

# Killed, not asked to quit: what survives SIGKILL is what was committed.
kill_app() {
    kill -9 "$app_pid" 2>/dev/null || true
    { wait "$app_pid"; } 2>/dev/null || true
}

count_captures() {
    local db
    db=$(find "$app_data" -name '*.sqlite' -o -name '*.sqlite3' -o -name '*.db' | head -n1)
    if [[ -z $db ]]; then echo "no database in $app_data" >&2; echo -1; return; fi
    sqlite3 "$db" 'SELECT COUNT(*) FROM captures;'
}

# --- wrk -------------------------------------------------------------------------------------
# Sets: rps, total, non2xx, errors, ok2xx
run_wrk() {
    local port=$1 out
    out=$(WC_COUNT_2XX=1 wrk -t1 -c"$connections" -d"${duration}s" -s "$script_dir/post.lua" \
        "http://127.0.0.1:$port/webhooks/channex")
    echo "$out" >>"$work/wrk.log"
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    total=$(awk '/requests in/ {print $1}' <<<"$out")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' <<<"$out")
    non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors/ {print}' <<<"$out" | sed 's/^ *//')
    ok2xx=$(sed -n 's/^answers 2xx: \([0-9]*\),.*/\1/p' <<<"$out")
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

declare -A results
IFS=, read -r -a target_list <<<"$targets"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t1 -c$connections -d${duration}s, $rounds rounds"
printf '%-7s %-7s %12s %10s %9s %10s %9s  %s\n' round target "requests/s" requests non-2xx "2xx(lua)" captures notes
for round in $(seq 1 "$rounds"); do
    for target in nginx "${target_list[@]}"; do
        captures=-
        notes=
        case $target in
        nginx) run_wrk "$nginx_port" ;;
        core) run_wrk "$core_port" ;;
        window | serve)
            port=$(free_port)
            start_app "$target" "$port" "$round"
            run_wrk "$port"
            kill_app
            captures=$(count_captures)
            if [[ $captures -ge $ok2xx && $captures -le $((ok2xx + connections)) ]]; then
                notes="stored-2xx=$((captures - ok2xx)) (in flight at the cut, <= $connections): ok"
            else
                notes="stored-2xx=$((captures - ok2xx)): MISMATCH"
            fi
            ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
        esac
        [[ -n $errors ]] && notes="$notes $errors"
        results[$target]="${results[$target]:-} $rps"
        printf '%-7s %-7s %12s %10s %9s %10s %9s  %s\n' "$round" "$target" "$rps" "$total" \
            "$non2xx" "${ok2xx:--}" "$captures" "$notes"
    done
done

echo
nginx_median=$(median ${results[nginx]})
printf '%-7s %14s  %-28s %s\n' target "median req/s" "runs" "ratio to nginx"
for target in nginx "${target_list[@]}"; do
    m=$(median ${results[$target]})
    ratio=$(awk -v a="$m" -v b="$nginx_median" 'BEGIN {printf "%.2f", a / b}')
    printf '%-7s %14.0f  %-28s %s\n' "$target" "$m" "$(echo ${results[$target]} | sed 's/ /, /g')" "$ratio"
done
