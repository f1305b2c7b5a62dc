#!/usr/bin/env bash
# Kiosque's search beside SQLite FTS5 and tantivy on N synthetic articles (Benchmarks/search/peers.py).
#
#   Benchmarks/search/peers.sh [--build] [--binary PATH] [--count N] [peers.py options...]
#
#   --build        swift build -c release --product kiosque first, and use that binary
#   --binary PATH  the kiosque executable (default: $KIOSQUE_BINARY, else .build/release/kiosque)
#   --count N      articles in the corpus (default 100000); Benchmarks/corpus/make.sh makes the corpus if missing
#   --littre       the real French collection instead (Benchmarks/search/littre.py: Debian's stardict-xmlittre,
#                  recombined to N documents) and its query mix
#   anything else goes to peers.py, e.g. --rounds 3, --exact-last, --engines kiosque,tantivy
#
# Installs the tantivy Python package if it cannot be imported; the results go to stdout as
# markdown and to .build-bench/peers-N.json. Running it again reuses the corpus and the install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

N=100000
BUILD=0
LITTRE=0
BINARY="${KIOSQUE_BINARY:-}"
PASS=()
while (($#)); do
    case "$1" in
        --build) BUILD=1 ;;
        --binary) BINARY="$2"; shift ;;
        --binary=*) BINARY="${1#--binary=}" ;;
        --count) N="$2"; shift ;;
        --count=*) N="${1#--count=}" ;;
        --littre) LITTRE=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) PASS+=("$1") ;;
    esac
    shift
done
[[ $N =~ ^[0-9]+$ ]] && ((N > 0)) || { echo "peers.sh: --count wants a positive integer, not '$N'" >&2; exit 2; }

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")' 2>/dev/null \
    || { echo "peers.sh: this Python's sqlite3 has no FTS5" >&2; exit 1; }
if ! "$PYTHON" -c 'import tantivy' 2>/dev/null; then
    echo "peers.sh: installing tantivy (PyPI)" >&2
    "$PYTHON" -m pip install --quiet --disable-pip-version-check tantivy
fi

if ((BUILD)); then
    swift build -c release --product kiosque
    BINARY="$(swift build -c release --show-bin-path)/kiosque"
fi
BINARY="${BINARY:-$ROOT/.build/release/kiosque}"
[[ -x $BINARY ]] || { echo "peers.sh: no kiosque executable at $BINARY (pass --build or --binary PATH)" >&2; exit 1; }

if ((LITTRE)); then
    CORPUS=".build-bench/littre-$N.jsonl"
    [[ -s $CORPUS ]] || "$PYTHON" Benchmarks/search/littre.py --count "$N" --out "$CORPUS" >&2
    PASS=(--mix littre "${PASS[@]+"${PASS[@]}"}")
    REPORT=".build-bench/peers-littre-$N.json"
else
    CORPUS="$(bash Benchmarks/corpus/make.sh "$N")"
    REPORT=".build-bench/peers-$N.json"
fi

exec "$PYTHON" Benchmarks/search/peers.py --binary "$BINARY" --data "$CORPUS" --json "$REPORT" "${PASS[@]+"${PASS[@]}"}"
