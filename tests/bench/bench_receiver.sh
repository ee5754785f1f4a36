#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Receiver throughput against nginx, measured in the same run (the bar is in docs/performance.md):
# `wrk -t1 -c32` small JSON POSTs (a Channex booking webhook) on loopback.
#
# Usage: tests/bench/bench_receiver.sh [BUILD_DIR] [--targets LIST] [--rounds N]
#            [--duration SECONDS] [--connections C] [--same-body]
#   BUILD_DIR      the CMake build directory (default: build)
#   --targets      comma-separated; each round runs nginx first, then these in order:
#                    core    tests/bench/bench_http_core: the bare HTTP core answering 200 at once
#                    hop     bench_http_core --reply-thread: answered from a second thread in
#                            batches, as the store does, without the database
#                    window  webhook-console --receiver-port P --data-dir TMP: the window open
#                            (QT_QPA_PLATFORM=offscreen unless set), every request captured
#                    serve   webhook-console --serve-receiver --port P --data-dir TMP (no window)
#                    pg      the same with --store on a PostgreSQL server this script starts
#                            (a new database per round; its CPU time is not in the figure)
#                  default: core,window
#   --same-body    every request carries the same body (the store then marks all but the first
#                  as duplicates); by default each gets its own revision_id
# The app gets a fresh data directory per round and is killed with SIGKILL after its run, so
# only committed captures are counted (sqlite3 on captures.sqlite).
# Prints every run (requests/s, the server's CPU time per request, 2xx answers counted by a wrk
# response() hook, stored captures), then the medians and each target's ratio to nginx's median.
# Needs wrk, nginx (Debian: wrk, nginx-light), sqlite3 and python3; postgresql for `pg`.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=build
rounds=3
duration=5
connections=32
targets=core,window
vary_body=1
while [[ $# -gt 0 ]]; do
    case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --same-body) vary_body=0; shift ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
    esac
done
build_dir=$(cd "$build_dir" && pwd)
. "$script_dir/bench_lib.sh"
for tool in wrk "$nginx_bin" sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

bench_workspace receiver

# CPU time (user + system, all threads) of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# --- nginx: one worker, `return 200`, everything under $work ------------------------------------
nginx_port=$(free_port)
start_nginx "$nginx_port"
nginx_worker=$(pgrep -P "$nginx_master" | head -n1)

# --- PostgreSQL for the `pg` target: started once, a database per round --------------------------
[[ ,$targets, == *,pg,* ]] && start_postgres

# --- the bare core, plain and with the reply hop: started once ----------------------------------
declare -A server_port server_pid
for target in core hop; do
    [[ ,$targets, == *,$target,* ]] || continue
    port=$(free_port)
    extra=()
    [[ $target == hop ]] && extra=(--reply-thread)
    "$build_dir/tests/bench/bench_http_core" --port "$port" "${extra[@]}" >"$work/$target.log" 2>&1 &
    server_pid[$target]=$!
    server_port[$target]=$port
    pids+=($!)
    wait_for_port "$port" $!
done

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
    elif [[ $mode == pg ]]; then
        pg_sql postgres "CREATE DATABASE round$3" >/dev/null
        "$build_dir/webhook-console" --serve-receiver --port "$port" --data-dir "$app_data" \
            --store "postgresql://wc@127.0.0.1:$pg_port/round$3" >"$app_data.log" 2>&1 &
    else
        "$build_dir/webhook-console" --serve-receiver --port "$port" --data-dir "$app_data" \
            >"$app_data.log" 2>&1 &
    fi
    app_pid=$!
    pids+=("$app_pid")
    if ! wait_for_port "$port" "$app_pid"; then
        echo "webhook-console ($mode) did not start its receiver; its output:" >&2
        cat "$app_data.log" >&2
        exit 1
    fi
}

# Killed, not asked to quit: what survives SIGKILL is what was committed.
kill_app() {
    kill -9 "$app_pid" 2>/dev/null || true
    { wait "$app_pid"; } 2>/dev/null || true
}

count_captures() {
    if [[ $1 == pg ]]; then
        pg_sql "round$2" 'SELECT COUNT(*) FROM captures;'
        return
    fi
    local db=$app_data/captures.sqlite
    [[ -f $db ]] || db=$(find "$app_data" -name captures.sqlite | head -n1)
    if [[ -z $db || ! -f $db ]]; then echo -1; return; fi
    sqlite3 "$db" 'SELECT COUNT(*) FROM captures;'
}

# --- wrk -------------------------------------------------------------------------------------
# Runs wrk against a port while measuring a process's CPU time. Sets: rps, total, non2xx, errors,
# ok2xx, cpu_us (server CPU microseconds per answered request).
run_wrk() {
    local port=$1 pid=$2 out before after
    before=$(cpu_ticks "$pid")
    out=$(WC_COUNT_2XX=1 WC_VARY_BODY=$vary_body wrk -t1 -c"$connections" -d"${duration}s" \
        -s "$script_dir/post.lua" "http://127.0.0.1:$port/webhooks/channex")
    after=$(cpu_ticks "$pid")
    echo "$out" >>"$work/wrk.log"
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    total=$(awk '/requests in/ {print $1}' <<<"$out")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' <<<"$out")
    non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors/ {print}' <<<"$out" | sed 's/^ *//')
    ok2xx=$(sed -n 's/^answers 2xx: \([0-9]*\),.*/\1/p' <<<"$out")
    cpu_us=$(awk -v t=$((after - before)) -v hz="$ticks_per_second" -v n="$total" \
        'BEGIN {printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0}')
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

declare -A results cpu_results
IFS=, read -r -a target_list <<<"$targets"
body_note="each request its own revision_id"
[[ $vary_body == 0 ]] && body_note="the same body every time"
echo "wrk -t1 -c$connections -d${duration}s, $rounds rounds, POST /webhooks/channex ($body_note)"
echo "Machine: $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-6s %11s %9s %7s %9s %9s %9s  %s\n' round target "requests/s" "CPU us/req" non-2xx \
    "2xx(lua)" requests captures notes
for round in $(seq 1 "$rounds"); do
    for target in nginx "${target_list[@]}"; do
        captures=-
        notes=
        case $target in
        nginx) run_wrk "$nginx_port" "$nginx_worker" ;;
        core | hop) run_wrk "${server_port[$target]}" "${server_pid[$target]}" ;;
        window | serve | pg)
            port=$(free_port)
            start_app "$target" "$port" "$round"
            run_wrk "$port" "$app_pid"
            kill_app
            captures=$(count_captures "$target" "$round")
            # wrk stops with up to one request per connection unanswered; those may be stored.
            if ((captures >= ok2xx && captures <= ok2xx + connections)); then
                notes="captures-2xx=$((captures - ok2xx)) (in flight when wrk stopped): ok"
            else
                notes="captures-2xx=$((captures - ok2xx)): MISMATCH"
            fi
            ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
        esac
        [[ -n $errors ]] && notes="$notes; $errors"
        results[$target]="${results[$target]:-} $rps"
        cpu_results[$target]="${cpu_results[$target]:-} $cpu_us"
        printf '%-5s %-6s %11s %9s %7s %9s %9s %9s  %s\n' "$round" "$target" "$rps" "$cpu_us" \
            "$non2xx" "${ok2xx:--}" "$total" "$captures" "$notes"
    done
done

echo
nginx_median=$(median ${results[nginx]})
printf '%-6s %13s %16s  %-30s %s\n' target "median req/s" "median CPU us/req" "runs (req/s)" \
    "ratio to nginx"
for target in nginx "${target_list[@]}"; do
    m=$(median ${results[$target]})
    c=$(median ${cpu_results[$target]})
    ratio=$(awk -v a="$m" -v b="$nginx_median" 'BEGIN {printf "%.2f", a / b}')
    printf '%-6s %13.0f %16s  %-30s %s\n' "$target" "$m" "$c" \
        "$(echo ${results[$target]} | sed 's/ /, /g')" "$ratio"
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
