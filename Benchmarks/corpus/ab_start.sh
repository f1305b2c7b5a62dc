#!/usr/bin/env bash
# Two kiosque binaries' raw starts, paired (e.g. main's against a branch's): alternates starts
# of `kiosque serve` on N synthetic articles, A then B, timing process start -> first `/readyz`
# 200, with the CPU time (user + system) spent by then, RSS and peak RSS. Prints each pair, then
# the medians and the ratios B/A. On a shared 2-core machine wall time follows the other jobs;
# CPU time to ready is the steadier figure, and only the pairs' ratios are comparable.
#   Benchmarks/corpus/ab_start.sh BIN_A BIN_B [N]     (N default 10000; RUNS=3 pairs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
A="${1:?usage: ab_start.sh BIN_A BIN_B [N]}" B="${2:?usage: ab_start.sh BIN_A BIN_B [N]}" N="${3:-10000}"
RUNS="${RUNS:-3}"
TIMEOUT="${READY_TIMEOUT:-900}"
cd "$ROOT"

# shellcheck source=start.sh
source "$ROOT/Benchmarks/corpus/start.sh"  # start_once, run with BIN set to each binary in turn

corpus="$(bash Benchmarks/corpus/make.sh "$N")"
echo "== $N articles ($corpus); A = $A, B = $B"
rows=()
for run in $(seq "$RUNS"); do
    for side in A B; do
        if [[ $side == A ]]; then BIN="$A"; else BIN="$B"; fi
        read -r ms rss _ peak cpu _ < <(start_once "$corpus")
        printf 'pair %d %s: ready %6.2f s, CPU %6.2f s, RSS %5.0f MiB, peak %5.0f MiB | %s\n' "$run" "$side" \
            "$(bc -l <<<"$ms / 1000")" "$(bc -l <<<"$cpu / 1000")" "$(bc -l <<<"$rss / 1024")" "$(bc -l <<<"$peak / 1024")" \
            "$(grep -o '(parse.*ms)' "$LOG" || true)"
        rows+=("$side $ms $cpu $rss $peak")
    done
done
printf '%s\n' "${rows[@]}" | ab_medians "ready_ms cpu_ms rss_KiB peak_KiB"
