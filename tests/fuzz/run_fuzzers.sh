#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets side by side; see docs/fuzzing.md.
# Usage: tests/fuzz/run_fuzzers.sh [build-dir] [seconds-per-target]
# Corpora, logs and crash artifacts go to <build-dir>/fuzz-work; the repository is only read.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-fuzz}
seconds=${2:-300}
work=$build/fuzz-work
mkdir -p "$work/seeds/request_parser" "$work/corpus/request_parser" \
    "$work/corpus/jsonapi_codec" "$work/seeds/parse_and_capture" \
    "$work/corpus/parse_and_capture" "$work/artifacts"

# fuzz_request_parser reads its first byte as the split point, so each parser fixture becomes a
# seed three times: prefixed with the (octal) split bytes 0, 17 and 64.
for raw in "$src"/tests/data/http/*/request.raw; do
    name=$(basename "$(dirname "$raw")")
    for split in 000 021 100; do
        { printf "\\$split"; cat "$raw"; } >"$work/seeds/request_parser/$name-$split"
    done
    # fuzz_parse_and_capture reads the bytes as they are.
    cp "$raw" "$work/seeds/parse_and_capture/$name"
done

run() {
    target=$1
    dict=$2
    shift 2
    # The first corpus folder receives new inputs; the others (seeds, kept inputs) are only read.
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 -dict="$src/tests/fuzz/$dict.dict" \
        -artifact_prefix="$work/artifacts/$target-" \
        "$work/corpus/$target" "$@" "$src/tests/data/fuzz/$target" >"$work/$target.log" 2>&1 \
        && echo "fuzz_$target: no crash ($work/$target.log)" \
        || echo "fuzz_$target: FAILED, see $work/$target.log and $work/artifacts"
}

run request_parser request_parser "$work/seeds/request_parser" &
run jsonapi_codec jsonapi_codec "$src/tests/data/channex" &
run parse_and_capture request_parser "$work/seeds/parse_and_capture" &
wait
