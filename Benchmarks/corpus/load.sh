#!/usr/bin/env bash
# Loads N synthetic articles (parse, entity extraction, resolution) with the release binary's
# `kiosque check` and reports wall time, CPU time and peak RSS (/usr/bin/time -v).
#   Benchmarks/corpus/load.sh [N]      (default 100000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-100000}"
cd "$ROOT"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
swift build -c release --product kiosque
OUT="$(bash Benchmarks/corpus/make.sh "$N")"
ls -l "$OUT"
/usr/bin/time -v "$(swift build -c release --show-bin-path)/kiosque" check "$OUT" 2>&1 \
    | grep -E 'loaded|entities|Elapsed|Maximum resident|User time|System time|Percent of CPU'
