#!/usr/bin/env bash
# Benchmarks/http.sh — kiosque's HTTP engine side by side with nginx and a Hummingbird app.
#
# Every server serves the same bytes (Benchmarks/peers/fixtures: a 3.7 KB article JSON and a
# 6.7 KB HTML page) and /healthz; Benchmarks/peers/compare.py checks they do, measures them
# with wrk in interleaved rounds and prints req/s, p50/p99 and the ratios to Hummingbird.
# Then this script measures kiosque's idle RSS and the memory cost of 1,000 idle keep-alive
# connections. Needs only the repository (and the packages it installs: wrk, nginx, curl).
#
# Environment (all optional): ROUNDS [3], DURATION [10s], SERVERS ["hummingbird nginx"],
# PIN, LATENCY, WARMUP (see compare.py), PEER_BUILD [.build-peers: where the Swift peer is
# built; another checkout's folder saves a rebuild], ACCESS_LOG [0; 1: kiosque with its access
# log, nginx with a buffered one]. Results go to bench-results/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS="$ROOT/Benchmarks/peers"

missing=()
for tool in wrk nginx curl taskset; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
    pkgs=("${missing[@]/taskset/util-linux}")
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

cd "$ROOT"
# Built as it ships (tools/build-release.sh, the Swift runtime linked in, as in the container),
# so the throughput and idle RSS below are those of the binary users run.
BIN="$ROOT/.build/kiosque-shipped"
sh tools/build-release.sh build "$BIN"

export ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-10s}"
SERVERS="${SERVERS-hummingbird nginx}"
RESULTS="$ROOT/bench-results"
PEER_BUILD="${PEER_BUILD:-$ROOT/.build-peers}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# nginx workers run as an unprivileged user: they read the fixtures from a world-readable copy.
FIX="$WORK/fixtures"
mkdir -p "$FIX"
cp "$PEERS/fixtures/article.json" "$PEERS/fixtures/index.html" "$FIX/"
chmod -R a+rX "$WORK"

args=()
for server in $SERVERS; do
    case $server in
        hummingbird)
            started=$SECONDS
            (cd "$PEERS/hummingbird-peer" && swift build -c release --scratch-path "$PEER_BUILD/hummingbird-peer" >/dev/null)
            args+=(--build-seconds "hummingbird=$((SECONDS - started))")
            args+=(--server "hummingbird=FIXTURES_DIR='$FIX' exec '$PEER_BUILD/hummingbird-peer/release/PeerHummingbird'")
            ;;
        nginx)
            # One worker when pinned (it gets one CPU), every core otherwise; fixtures via sendfile.
            workers=$([[ ${PIN:-1} == 1 ]] && echo 1 || echo auto)
            log_line=$([[ ${ACCESS_LOG:-0} == 1 ]] && echo "access_log $WORK/access.log combined buffer=64k flush=1s;" || echo "access_log off;")
            sed -e "s#@WORK@#$WORK#g" -e "s#access_log off;#$log_line#" -e "s#@FIXTURES@#$FIX#g" -e "s#@WORKERS@#$workers#g" "$PEERS/nginx.conf" >"$WORK/nginx.conf.in"
            args+=(--server "nginx=sed s/@PORT@/\$PORT/ '$WORK/nginx.conf.in' >'$WORK/nginx-\$PORT.conf' && exec nginx -p '$WORK' -e '$WORK/error.log' -c '$WORK/nginx-\$PORT.conf'")
            ;;
        *) echo "unknown server $server (known: hummingbird nginx)" >&2; exit 2 ;;
    esac
done
# kiosque serves the very same bytes as static files, under its own paths.
log_flag=$([[ ${ACCESS_LOG:-0} == 1 ]] && echo --access-log || echo --no-access-log)
args+=(--server "kiosque=exec '$BIN' --port \"\$PORT\" --public '$FIX' $log_flag")
args+=(--map "kiosque:/api/v1/articles/1=/article.json" --map "kiosque:/static/index.html=/index.html")
mkdir -p "$RESULTS"
python3 "$PEERS/compare.py" --fixtures "$FIX" --results "$RESULTS" "${args[@]}"

echo
echo "== memory: idle RSS and 1,000 idle keep-alive connections"
ulimit -n 8192
python3 "$ROOT/Benchmarks/idle_connections.py" --binary "$BIN" --public "$FIX" --connections 1000 \
    | tee "$RESULTS/memory-$(date -u +%Y%m%dT%H%M%SZ).txt"
