#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer + AddressSanitizer.
#   Fuzz/run.sh [seconds-per-target] [jobs] [target...]
# Builds `kiosque-fuzz` with -sanitize=fuzzer,address into its own build folder (the normal
# build never links libFuzzer), then runs each target for the given time, `jobs` at a time.
# The committed seeds (Fuzz/corpus/<target>) are copied to a working corpus that grows across
# runs; crashes land in .build-fuzz/artifacts/<target>/ and each one should become a test.
# To keep what a run found: <bin> -merge=1 Fuzz/corpus/<target> .build-fuzz/corpus/<target>
# (with KIOSQUE_FUZZ_TARGET=<target>) adds only the inputs that reach new coverage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_PER_TARGET="${1:-60}"
JOBS="${2:-2}"
shift $(( $# > 2 ? 2 : $# ))
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(request-head chunked query-string search-query seed jsonl entities)

BUILD=.build-fuzz
mkdir -p "$BUILD"
# gold warns once per ASan helper symbol ("Cannot export local symbol"): kept in the log only.
swift build --product kiosque-fuzz --build-path "$BUILD" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING >"$BUILD/build.log" 2>&1 \
    || { grep -v 'Cannot export local symbol' "$BUILD/build.log" >&2; exit 1; }
BIN="$(swift build --product kiosque-fuzz --build-path "$BUILD" --show-bin-path)/kiosque-fuzz"

run_target() {
    local target=$1 work="$BUILD/corpus/$1" artifacts="$BUILD/artifacts/$1/"
    mkdir -p "$work" "$artifacts"
    cp -n Fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    # -rss_limit_mb bounds memory; -timeout flags any single input that takes over 10 s (a hang).
    # A crash makes libFuzzer exit non-zero: record it rather than let errexit skip the summary.
    local status=0
    KIOSQUE_FUZZ_TARGET="$target" "$BIN" "$work" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -artifact_prefix="$artifacts" -print_final_stats=1 >"$BUILD/$target.log" 2>&1 || status=$?
    local last; last="$(grep -E '^#[0-9]+' "$BUILD/$target.log" | tail -1 || true)"
    local runs; runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$BUILD/$target.log" | tail -1)"
    local crashes; crashes="$(find "$artifacts" -type f | wc -l)"
    local inputs; inputs="$(find "$work" -type f | wc -l)"
    local size; size="$(find "$work" -type f -printf '%s\n' | awk '{ n += $1 } END { printf "%d", n / 1024 }')"
    printf '%-13s exit=%d crashes=%d executions=%s corpus=%d files/%d KiB last: %s\n' \
        "$target" "$status" "$crashes" "${runs:-?}" "$inputs" "$size" "$last"
}

pids=()
for target in "${TARGETS[@]}"; do
    run_target "$target" &
    pids+=($!)
    while (( $(jobs -rp | wc -l) >= JOBS )); do wait -n || true; done
done
wait
