#!/usr/bin/env bash
# Start-up at scale, as a balancer sees it: starts the release `kiosque serve` on N synthetic
# articles and times process start -> first `/readyz` 200 (polled every 20 ms), with the RSS
# at that moment and the peak, also as multiples of the corpus's raw text (UTF-8 bytes of
# titles and paragraphs), and the server's own per-phase "ready after" line.
# Snapshot starts beside raw ones: Benchmarks/corpus/snapshot.sh.
#   Benchmarks/corpus/load.sh [N ...]        (default: 10000 100000; RUNS=3 runs each, median reported)
# Absolute figures on a shared 2-core machine: noisy; compare runs made side by side.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(10000 100000)
TIMEOUT="${READY_TIMEOUT:-600}"

# shellcheck source=start.sh
source "$ROOT/Benchmarks/corpus/start.sh"

for n in "${SIZES[@]}"; do
    corpus="$(bash Benchmarks/corpus/make.sh "$n")"
    text="$(text_bytes "$corpus")"
    echo "== raw start, $n articles: $corpus, $(stat -c %s "$corpus") bytes of JSONL, $text bytes of text"
    results=()
    for run in $(seq "$RUNS"); do
        read -r ms rss _ peak _ _ < <(start_once "$corpus")
        results+=("$ms")
        awk -v run="$run" -v ms="$ms" -v rss="$rss" -v peak="$peak" -v text="$text" 'BEGIN {
            printf "run %d: start -> /readyz 200 in %.2f s; RSS at ready %.0f MB = %.2fx the text, peak %.0f MB = %.2fx\n",
                   run, ms / 1000, rss * 1024 / 1e6, rss * 1024 / text, peak * 1024 / 1e6, peak * 1024 / text }'
        grep -o 'ready after.*' "$LOG" | sed 's/^/  server: /'
    done
    # The median run (the upper one of two).
    printf '%s\n' "${results[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median start -> ready: %.2f s over %d runs\n", v[int(NR / 2) + 1] / 1000, NR }'
done
