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
printf '%s\n' "${rows[@]}" | awk '
    function median(list, count,    sorted, i, j, t) {
        for (i = 1; i <= count; i++) sorted[i] = list[i]
        for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
        return sorted[int(count / 2) + 1]
    }
    { n[$1]++; ms[$1, n[$1]] = $2; cpu[$1, n[$1]] = $3; rss[$1, n[$1]] = $4; peak[$1, n[$1]] = $5 }
    END {
        for (side in n) {
            for (i = 1; i <= n[side]; i++) { a[i] = ms[side, i]; b[i] = cpu[side, i]; c[i] = rss[side, i]; d[i] = peak[side, i] }
            m[side, "ready"] = median(a, n[side]); m[side, "cpu"] = median(b, n[side])
            m[side, "rss"] = median(c, n[side]); m[side, "peak"] = median(d, n[side])
        }
        split("ready cpu rss peak", keys, " ")
        for (k = 1; k <= 4; k++) {
            key = keys[k]
            unit = key == "rss" || key == "peak" ? "KiB" : "ms"
            printf "median %-5s A %10.0f %s  B %10.0f %s  B/A %.2f\n", key, m["A", key], unit, m["B", key], unit, m["B", key] / m["A", key]
        }
    }'
