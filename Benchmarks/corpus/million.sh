#!/usr/bin/env bash
# The million-article run of issue 17, once: writes `kiosque snapshot` of N generated articles
# (default 1,000,000, Benchmarks/corpus/make.sh), then starts the release `kiosque serve` on the
# snapshot (start -> first `/readyz` 200, RSS and anonymous RSS at that moment, as multiples of
# the corpus's text), then runs the search query mix on it (Benchmarks/search/latency.py: p50,
# p90, p99 of the in-process `tookMs`, per kind and overall). No raw start: at this size it
# needs ~3x the text in memory for minutes, and serving is what the snapshot is for.
#   Benchmarks/corpus/million.sh [N] [ROUNDS=2]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
N="${1:-1000000}"
ROUNDS="${ROUNDS:-2}"
TIMEOUT="${READY_TIMEOUT:-600}"

# shellcheck source=start.sh
source "$ROOT/Benchmarks/corpus/start.sh"

corpus="$(bash Benchmarks/corpus/make.sh "$N")"
text="$(text_bytes "$corpus")"
snapshot="${corpus%.jsonl}.snapshot"
# A file over 2 GiB is refused (offsets are 32-bit): the corpus goes in as a folder of parts.
parts="${corpus%.jsonl}.parts"
if [[ ! -d $parts ]]; then
    mkdir -p "$parts.partial"
    split -l 250000 -d --additional-suffix=.jsonl "$corpus" "$parts.partial/part-"
    mv "$parts.partial" "$parts"
fi
written=$( { /usr/bin/env time -f '%e s wall, %U s user, peak RSS %M KB' "$BIN" snapshot --data "$parts" --out "$snapshot" >/dev/null; } 2>&1 | tail -1)
size=$(stat -c %s "$snapshot")
echo "== $N articles: $text bytes of text ($(stat -c %s "$corpus") bytes of JSONL)"
echo "snapshot written in $written; file $size bytes = $(awk -v s="$size" -v t="$text" 'BEGIN { printf "%.2f", s / t }')x the text"
for run in $(seq "$ROUNDS"); do
    read -r ms rss anon peak cpu _ < <(start_once "$snapshot")
    awk -v run="$run" -v ms="$ms" -v rss="$rss" -v anon="$anon" -v peak="$peak" -v cpu="$cpu" -v text="$text" 'BEGIN {
        printf "snapshot start %d: /readyz 200 in %.2f s (CPU %.2f s); RSS at ready %.0f MB = %.2fx the text, anonymous %.0f MB = %.3fx, peak %.0f MB\n",
               run, ms / 1000, cpu / 1000, rss * 1024 / 1e6, rss * 1024 / text, anon * 1024 / 1e6, anon * 1024 / text, peak * 1024 / 1e6 }'
done
python3 Benchmarks/search/latency.py --binary "$BIN" --data "$snapshot" --rounds "${LATENCY_ROUNDS:-3}"
rm -f "$snapshot"
