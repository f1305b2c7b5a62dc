#!/usr/bin/env bash
# Two kiosque binaries' snapshot starts, paired (e.g. main's against a branch's): each binary
# writes its own snapshot of N synthetic articles (their formats may differ), then starts of
# `kiosque serve --data SNAPSHOT` alternate, A then B, timing process start -> first `/readyz`
# 200, with the CPU time spent by then and RSS split into anonymous memory (the process's own)
# and file pages (the mapping, shared and evictable), as multiples of the corpus's text.
# Prints each pair, the file sizes, then medians and the ratios B/A. CPU time is the figure
# least disturbed by other jobs on a shared 2-core machine.
#   Benchmarks/corpus/ab_snapshot.sh BIN_A BIN_B [N]     (N default 10000; RUNS=3 pairs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
A="${1:?usage: ab_snapshot.sh BIN_A BIN_B [N]}" B="${2:?usage: ab_snapshot.sh BIN_A BIN_B [N]}" N="${3:-10000}"
RUNS="${RUNS:-3}"
TIMEOUT="${READY_TIMEOUT:-900}"
cd "$ROOT"

# shellcheck source=start.sh
source "$ROOT/Benchmarks/corpus/start.sh"  # start_once, run with BIN set to each binary in turn

corpus="$(bash Benchmarks/corpus/make.sh "$N")"
text="$(text_bytes "$corpus")"
declare -A snapshot
for side in A B; do
    if [[ $side == A ]]; then BIN="$A"; else BIN="$B"; fi
    snapshot[$side]="${corpus%.jsonl}.$side.snapshot"
    "$BIN" snapshot --data "$corpus" --out "${snapshot[$side]}" >/dev/null
    size=$(stat -c %s "${snapshot[$side]}")
    echo "$side: $BIN; snapshot $size bytes = $(awk -v s="$size" -v t="$text" 'BEGIN { printf "%.2f", s / t }')x the text ($text bytes)"
done
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; rm -f "$LOG" "${snapshot[A]}" "${snapshot[B]}"' EXIT
echo "load: $(uptime)"
rows=()
for run in $(seq "$RUNS"); do
    for side in A B; do
        if [[ $side == A ]]; then BIN="$A"; else BIN="$B"; fi
        read -r ms _ anon _ cpu file wait < <(start_once "${snapshot[$side]}")
        awk -v run="$run" -v side="$side" -v ms="$ms" -v cpu="$cpu" -v anon="$anon" -v file="$file" -v wait="$wait" -v text="$text" 'BEGIN {
            printf "pair %d %s: ready %6.2f s, CPU %6.2f s, run-queue wait %6.2f s, anonymous %5.0f MB = %.2fx the text, file pages %5.0f MB\n",
                   run, side, ms / 1000, cpu / 1000, wait / 1000, anon * 1024 / 1e6, anon * 1024 / text, file * 1024 / 1e6 }'
        rows+=("$side $ms $cpu $anon $file")
    done
done
echo "load: $(uptime)"
printf '%s\n' "${rows[@]}" | ab_medians "ready_ms cpu_ms anon_KiB file_KiB"
