#!/usr/bin/env bash
# Raw start against snapshot start, paired: writes `kiosque snapshot` of N synthetic articles
# once, then alternates starts of the release `kiosque serve` on the JSONL and on the snapshot,
# timing process start -> first `/readyz` 200 (polled every 20 ms), with RSS and anonymous RSS at
# that moment, as multiples of the corpus's raw text (UTF-8 of titles and paragraphs).
#   Benchmarks/corpus/snapshot.sh [N ...]     (default: 10000 100000; RUNS=2 pairs each)
# A shared 2-core machine: absolute figures are noisy; the pairs are run side by side.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-2}"
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(10000 100000)
TIMEOUT="${READY_TIMEOUT:-600}"

# shellcheck source=start.sh
source "$ROOT/Benchmarks/corpus/start.sh"

report() {
    awk -v kind="$1" -v ms="$2" -v rss="$3" -v anon="$4" -v peak="$5" -v cpu="$6" -v text="$7" 'BEGIN {
        printf "  %-8s start -> /readyz 200 in %6.2f s (CPU %6.2f s); RSS at ready %5.0f MB = %.2fx the text, anonymous %5.0f MB = %.2fx, peak %5.0f MB\n",
               kind, ms / 1000, cpu / 1000, rss * 1024 / 1e6, rss * 1024 / text, anon * 1024 / 1e6, anon * 1024 / text, peak * 1024 / 1e6 }'
}

for n in "${SIZES[@]}"; do
    corpus="$(bash Benchmarks/corpus/make.sh "$n")"
    text="$(text_bytes "$corpus")"
    snapshot="${corpus%.jsonl}.snapshot"
    written=$( { /usr/bin/env time -f '%e s, peak %M KB' "$BIN" snapshot --data "$corpus" --out "$snapshot" >/dev/null; } 2>&1 | tail -1)
    size=$(stat -c %s "$snapshot")
    echo "== $n articles: $text bytes of text; snapshot written in $written; file $size bytes = $(awk -v s="$size" -v t="$text" 'BEGIN { printf "%.2f", s / t }')x the text"
    # Each section's share (the section table follows the 32-byte header: tag, offset, length).
    python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read(4096)
count, text = struct.unpack_from("<I", data, 12)[0], int(sys.argv[2])
print("   sections: " + ", ".join("%s %.1f MB = %.2fx" % (tag.decode(), length / 1e6, length / text)
      for tag, _, _, length, _ in (struct.unpack_from("<4sIQQQ", data, 32 + 32 * i) for i in range(count))))' "$snapshot" "$text"
    for run in $(seq "$RUNS"); do
        echo "pair $run:"
        read -r ms rss anon peak cpu _ < <(start_once "$corpus")
        report raw "$ms" "$rss" "$anon" "$peak" "$cpu" "$text"
        grep -o 'ready after.*' "$LOG" | sed 's/^/    server: /'
        read -r ms rss anon peak cpu _ < <(start_once "$snapshot")
        report snapshot "$ms" "$rss" "$anon" "$peak" "$cpu" "$text"
        grep -o 'ready after.*' "$LOG" | sed 's/^/    server: /'
    done
    rm -f "$snapshot"
done
