#!/usr/bin/env bash
# Loads N synthetic articles (parse, entity extraction, resolution) with the release binary's
# `kiosque check` and reports wall time, CPU time and peak RSS (/usr/bin/time -v), and the
# peak RSS as a multiple of the corpus's raw text (UTF-8 bytes of titles and paragraphs).
#   Benchmarks/corpus/load.sh [N] [RUNS]      (defaults 100000 and 3; the median run is the figure)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-100000}"
RUNS="${2:-3}"
cd "$ROOT"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product kiosque
BIN="$(swift build -c release --show-bin-path)/kiosque"
CORPUS="$(bash Benchmarks/corpus/make.sh "$N")"
TEXT_BYTES="$(python3 -c '
import json, sys
total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    total += len(record["title"].encode()) + sum(len(p.encode()) for p in record["paragraphs"])
print(total)' "$CORPUS")"
echo "corpus $CORPUS: $(stat -c %s "$CORPUS") bytes of JSONL, $TEXT_BYTES bytes of text"
for run in $(seq "$RUNS"); do
    /usr/bin/time -v "$BIN" check "$CORPUS" 2>&1 | awk -v text="$TEXT_BYTES" -v run="$run" '
        /loaded/ { loaded = $0 }
        /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = t[1] * 60 + t[2] }
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        /Maximum resident/ { rss = $NF * 1024 }
        END { printf "run %d: wall %.2f s, cpu %.2f s, peak RSS %.1f MB = %.2fx the text\n  %s\n",
                     run, wall, user + sys, rss / 1e6, rss / text, loaded }'
done
