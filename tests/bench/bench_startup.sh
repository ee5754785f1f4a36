#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# How long the window takes to appear, from process start until it is mapped on an X server
# (Xvfb), against a bare Qt window (bench_bare_window: a QMainWindow holding a QTableView), with
# an empty capture history and with a large one; the Live tab is the one shown, so its list,
# counts and chart are built. Runs are interleaved (bare, empty, history, bare, ...) and the
# medians are compared as ratios measured in the same run (docs/performance.md).
#
# Usage: tests/bench/bench_startup.sh [--runs N] [--captures N] [--keep DIR] [BUILD_DIR]
#   --runs      runs per variant (default 7)
#   --captures  captures in the large history (default 520000)
#   --keep DIR  fill (or reuse) the history in DIR instead of a temporary folder
# Needs xvfb-run's Xvfb and xdotool (apt-get install xvfb xdotool).
set -euo pipefail

runs=7
captures=520000
keep=""
build=build
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --captures) captures=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '4,14p' "$0"; exit 0 ;;
        *) build=$1; shift ;;
    esac
done
app=$build/webhook-console
bare=$build/tests/bench/bench_bare_window
filler=$build/tests/bench/bench_capture_filter
for program in "$app" "$bare" "$filler"; do
    [ -x "$program" ] || { echo "missing $program: build first (cmake --build $build)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
history=${keep:-$work/history}
mkdir -p "$work/empty" "$history"
# A data folder per variant (--data-dir): its settings open the Live tab.
for dir in "$work/empty" "$history"; do
    mkdir -p "$dir/WebhookConsole"
    printf '[mainWindow]\ntab=live\n' >"$dir/WebhookConsole/Webhook Console.ini"
done
QT_QPA_PLATFORM=offscreen "$filler" --keep "$history" --captures "$captures" --fill-only

# Xvfb picks a free display and writes its number.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")
for _ in $(seq 200); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
export HOME=$work/home QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
unset CHANNEX_API_KEY

# Milliseconds from start until a window whose title matches $1 is mapped; the program is then
# stopped.
time_to_window() {
    local title=$1; shift
    local start end pid
    start=$(date +%s%N)
    "$@" >"$work/output" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
        if ! kill -0 $pid 2>/dev/null; then
            echo "exited before showing a window: $*" >&2
            cat "$work/output" >&2
            return 1
        fi
    done
    end=$(date +%s%N)
    kill $pid; wait $pid 2>/dev/null || true
    echo $(((end - start) / 1000000))
}

# The X connection is refused now and then on a loaded machine: one more try before giving up.
time_to_window_again() { time_to_window "$@" 2>/dev/null || time_to_window "$@"; }

declare -a t_bare t_empty t_history
for i in $(seq "$runs"); do
    t_bare+=("$(time_to_window_again '^Bare Window$' "$bare")")
    t_empty+=("$(time_to_window_again 'Webhook Console' "$app" --data-dir "$work/empty")")
    t_history+=("$(time_to_window_again 'Webhook Console' "$app" --data-dir "$history")")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_bare=$(median "${t_bare[@]}")
m_empty=$(median "${t_empty[@]}")
m_history=$(median "${t_history[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "| Variant | Median (ms) | Runs (ms) | × bare | × empty |"
echo "|---|---:|---|---:|---:|"
echo "| Bare QMainWindow + QTableView | $m_bare | $(IFS=,; echo "${t_bare[*]}" | sed 's/,/, /g') | 1.00 | |"
echo "| Console, empty history | $m_empty | $(IFS=,; echo "${t_empty[*]}" | sed 's/,/, /g') | $(ratio "$m_empty" "$m_bare") | 1.00 |"
echo "| Console, $captures captures | $m_history | $(IFS=,; echo "${t_history[*]}" | sed 's/,/, /g') | $(ratio "$m_history" "$m_bare") | $(ratio "$m_history" "$m_empty") |"
