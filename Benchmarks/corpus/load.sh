#!/usr/bin/env bash
# Start-up at scale, as a balancer sees it: starts the release `kiosque serve` on N synthetic
# articles and times process start -> first `/readyz` 200 (polled every 20 ms), with the RSS
# at that moment and the peak, also as multiples of the corpus's raw text (UTF-8 bytes of
# titles and paragraphs), and the server's own per-phase "ready after" line.
#   Benchmarks/corpus/load.sh [N ...]        (default: 10000 100000; RUNS=3 runs each, median reported)
# Absolute figures on a shared 2-core machine: noisy; compare runs made side by side.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(10000 100000)
TIMEOUT="${READY_TIMEOUT:-600}"

swift build -c release --product kiosque >&2
BIN="$(swift build -c release --show-bin-path)/kiosque"
LOG="$(mktemp)"
PID=""
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; rm -f "$LOG"' EXIT

text_bytes() {
    python3 -c '
import json, sys
total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    total += len(record["title"].encode()) + sum(len(p.encode()) for p in record["paragraphs"])
print(total)' "$1"
}

# One start: prints "MS RSS_KB PEAK_KB" and leaves the server's log in $LOG.
start_once() {
    local data="$1" started port="" ms
    started=$(date +%s%3N)
    "$BIN" serve --port 0 --data "$data" --no-access-log >"$LOG" 2>&1 &
    PID=$!
    while true; do
        [[ -z $port ]] && port="$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$LOG" | head -1 | sed 's/.*://')" || true
        if [[ -n $port ]] && curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; then break; fi
        kill -0 "$PID" 2>/dev/null || { echo "kiosque exited:" >&2; cat "$LOG" >&2; exit 1; }
        (($(date +%s%3N) - started < TIMEOUT * 1000)) || { echo "not ready after ${TIMEOUT} s" >&2; exit 1; }
        sleep 0.02
    done
    ms=$(($(date +%s%3N) - started))
    awk -v ms="$ms" '/^VmRSS/ { rss = $2 } /^VmHWM/ { peak = $2 } END { print ms, rss, peak }' "/proc/$PID/status"
    kill -TERM "$PID"
    wait "$PID" || true
    PID=""
}

for n in "${SIZES[@]}"; do
    corpus="$(bash Benchmarks/corpus/make.sh "$n")"
    text="$(text_bytes "$corpus")"
    echo "== raw start, $n articles: $corpus, $(stat -c %s "$corpus") bytes of JSONL, $text bytes of text"
    results=()
    for run in $(seq "$RUNS"); do
        read -r ms rss peak < <(start_once "$corpus")
        results+=("$ms")
        awk -v run="$run" -v ms="$ms" -v rss="$rss" -v peak="$peak" -v text="$text" 'BEGIN {
            printf "run %d: start -> /readyz 200 in %.2f s; RSS at ready %.0f MB = %.2fx the text, peak %.0f MB = %.2fx\n",
                   run, ms / 1000, rss * 1024 / 1e6, rss * 1024 / text, peak * 1024 / 1e6, peak * 1024 / text }'
        grep -o 'ready after.*' "$LOG" | sed 's/^/  server: /'
    done
    # The median run (the upper one of two).
    printf '%s\n' "${results[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median start -> ready: %.2f s over %d runs\n", v[int(NR / 2) + 1] / 1000, NR }'
    # Snapshot starts (issue 17): once `kiosque snapshot --data SRC --out FILE` exists, write the
    # snapshot of $corpus here and time `start_once FILE` the same way, beside the raw start.
    if "$BIN" --help | grep -qE '^ +snapshot '; then
        echo "(snapshot command present: its start is not measured by this script yet)"
    fi
done
