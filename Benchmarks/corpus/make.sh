#!/usr/bin/env bash
# Makes (once) the benchmark corpus of N synthetic articles, half of its sentences from real
# French prose (Debian's manpages-fr, via Benchmarks/relevance/french_docs.py), and prints
# its path. Used by load.sh and ../search/peers.sh so that both measure the same documents.
#   Benchmarks/corpus/make.sh N
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:?usage: make.sh N}"
cd "$ROOT"
mkdir -p .build-bench
PROSE=.build-bench/manpages-fr.jsonl
[[ -s $PROSE ]] || python3 Benchmarks/relevance/french_docs.py --out "$PROSE" >&2
OUT=".build-bench/corpus-varied-$N.jsonl"
if [[ ! -s $OUT ]]; then
    # Written beside and renamed, so that an interrupted run leaves no half corpus behind.
    python3 Benchmarks/corpus/generate.py --count "$N" --prose "$PROSE" --out "$OUT.partial" >&2
    mv "$OUT.partial" "$OUT"
fi
echo "$OUT"
