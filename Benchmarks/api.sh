#!/usr/bin/env bash
# Benchmarks/api.sh — the article endpoint with gzip, side by side with the same bytes on
# nginx (gzip_static: precompressed file) and on a Hummingbird app that gzips per request
# (Benchmarks/peers/hummingbird-gzip-peer); then the search endpoint with a query mix.
# wrk -t1 -c64, interleaved rounds, servers pinned to CPU 0 and wrk to CPU 1.
#   ROUNDS=3 DURATION=5s Benchmarks/api.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-5s}"
for tool in wrk nginx curl taskset; do
    command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx curl util-linux >/dev/null; break; }
done
cd "$ROOT"
swift build -c release --product kiosque >/dev/null
BIN="$(swift build -c release --show-bin-path)/kiosque"
PEER_DIR="$ROOT/Benchmarks/peers/hummingbird-gzip-peer"
PEER_SCRATCH="$ROOT/.build-peers/hummingbird-gzip-peer"
(cd "$PEER_DIR" && swift build -c release --scratch-path "$PEER_SCRATCH" >/dev/null)
PEER="$PEER_SCRATCH/release/PeerHummingbirdGzip"
WORK="$(mktemp -d)"
chmod 755 "$WORK"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
K=19501 H=19502 N=19503
taskset -c 0 "$BIN" --port $K --no-access-log >"$WORK/kiosque.log" 2>&1 &
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$K/readyz" >/dev/null && break; sleep 0.2; done
ARTICLE_ID="$(curl -s "http://127.0.0.1:$K/api/v1/articles?fields=id&pageSize=1" | sed 's/.*"id":"\([^"]*\)".*/\1/')"
mkdir -p "$WORK/fixtures"
curl -s "http://127.0.0.1:$K/api/v1/articles/$ARTICLE_ID" -o "$WORK/fixtures/article.json"
gzip -9 -k "$WORK/fixtures/article.json"
chmod -R a+rX "$WORK"
PORT=$H FIXTURES_DIR="$WORK/fixtures" taskset -c 0 "$PEER" >"$WORK/peer.log" 2>&1 &
cat >"$WORK/nginx.conf" <<CONF
daemon off; master_process on; worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/error.log warn;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nodelay on; keepalive_timeout 65s; keepalive_requests 1000000; etag on;
  client_body_temp_path $WORK/cb; proxy_temp_path $WORK/px; fastcgi_temp_path $WORK/fc; uwsgi_temp_path $WORK/uw; scgi_temp_path $WORK/sc;
  gzip_static on; gzip_vary on; open_file_cache max=16 inactive=600s;
  server { listen 127.0.0.1:$N; location = /api/v1/articles/1 { default_type application/json; alias $WORK/fixtures/article.json; } }
}
CONF
taskset -c 0 nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" &
sleep 2
declare -A URL=([kiosque]="http://127.0.0.1:$K/api/v1/articles/$ARTICLE_ID" [hummingbird]="http://127.0.0.1:$H/api/v1/articles/1" [nginx]="http://127.0.0.1:$N/api/v1/articles/1")
for server in kiosque hummingbird nginx; do
    body="$(curl -s -H 'Accept-Encoding: gzip' "${URL[$server]}" | gunzip 2>/dev/null | md5sum | cut -c1-8)"
    echo "check $server: gzip body md5 $body (identity $(md5sum <"$WORK/fixtures/article.json" | cut -c1-8))"
done
wrk_run() { taskset -c 1 wrk -t1 -c64 -d"$DURATION" --latency "$@" 2>/dev/null; }
rps() { awk '/Requests\/sec/ {print $2}'; }
declare -A RPS=()
for round in $(seq "$ROUNDS"); do
    for server in kiosque hummingbird nginx; do
        RPS[$server]+="$(wrk_run -H 'Accept-Encoding: gzip' "${URL[$server]}" | rps) "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "== GET article with Accept-Encoding: gzip, c64, medians of $ROUNDS rounds"
for server in kiosque hummingbird nginx; do printf '%-12s %10s req/s\n' "$server" "$(echo "${RPS[$server]}" | median)"; done
k=$(echo "${RPS[kiosque]}" | median) h=$(echo "${RPS[hummingbird]}" | median) n=$(echo "${RPS[nginx]}" | median)
awk -v k="$k" -v h="$h" -v n="$n" 'BEGIN { printf "kiosque / hummingbird %.2f, kiosque / nginx %.2f\n", k / h, k / n }'

cat >"$WORK/mix.lua" <<'LUA'
local queries = {"cuba", "russie", "cooperation%20russie", "%22la%20havane%22", "poutin", "coop*", "cuba%20-washington",
                 "zakharova%20OR%20poutine", "vaccin", "blocus%20etats-unis"}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[i], {["Accept-Encoding"] = "gzip"})
end
LUA
echo "== GET /api/v1/search, a mix of 10 queries, c64"
wrk_run -s "$WORK/mix.lua" "http://127.0.0.1:$K" | grep -E 'Requests/sec|99%|Non-2xx'
