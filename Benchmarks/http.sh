#!/usr/bin/env bash
# Benchmarks/http.sh — kiosque's HTTP engine side by side with nginx and a Hummingbird app.
#
# Uses the shared peer harness (../shared/bench/peers/run.sh): every server serves the same
# 3.5 KB JSON body and the same 8 KB HTML file; wrk measures them in interleaved rounds and
# the harness prints req/s, p50/p99 and kiosque's ratios. Then this script measures kiosque's
# idle RSS and the memory cost of 1,000 idle keep-alive connections.
#
# Environment (all optional): ROUNDS, DURATION, SERVERS ("hummingbird nginx" by default; add
# flyingfox), PIN, LATENCY, HARNESS (path of the peer harness). Results go to bench-results/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HARNESS="${HARNESS:-$ROOT/../shared/bench/peers}"
[[ -x $HARNESS/run.sh ]] || { echo "peer harness not found at $HARNESS" >&2; exit 1; }

missing=()
for tool in wrk nginx curl taskset; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
    pkgs=("${missing[@]/taskset/util-linux}")
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

cd "$ROOT"
swift build -c release --product kiosque
BIN="$ROOT/.build/release/kiosque"

# The peers serve the harness fixtures; kiosque serves the very same bytes as static files.
FIX="$ROOT/.build-bench/fixtures"
mkdir -p "$FIX"
cp "$HARNESS/fixtures/article.json" "$HARNESS/fixtures/index.html" "$FIX/"

export ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-10s}" SERVERS="${SERVERS-hummingbird nginx}"
export RESULTS_DIR="$ROOT/bench-results" SCRATCH="$ROOT/.build-peers"
export PROJECT_DIR="$ROOT"
export PROJECT_CMD="exec '$BIN' --port \"\$PORT\" --public '$FIX' --no-access-log"
export PROJECT_PATHS="/api/v1/articles/1=/article.json /static/index.html=/index.html"
mkdir -p "$RESULTS_DIR"
"$HARNESS/run.sh"

echo
echo "== memory: idle RSS and 1,000 idle keep-alive connections"
ulimit -n 8192
python3 "$ROOT/Benchmarks/idle_connections.py" --binary "$BIN" --public "$FIX" --connections 1000 \
    | tee "$RESULTS_DIR/memory-$(date -u +%Y%m%dT%H%M%SZ).txt"
