#!/usr/bin/env bash
# Benchmarks/tls.sh — HTTPS on kiosque beside nginx with the same certificate, protocols and
# ciphers, serving the same bytes (Benchmarks/peers/fixtures/article.json): keep-alive
# requests per second (wrk, 64 connections) and new connections per second (every request
# on a fresh connection, so a full handshake).
# Interleaved rounds; servers pinned to CPU 0, wrk to CPU 1. Prints medians and ratios.
#   ROUNDS=3 DURATION=5s Benchmarks/tls.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-5s}"
for tool in wrk nginx openssl taskset; do
    command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx openssl util-linux >/dev/null; break; }
done
cd "$ROOT"
# Built as it ships (tools/build-release.sh), like Benchmarks/http.sh.
BIN="$ROOT/.build/kiosque-shipped"
sh tools/build-release.sh build "$BIN" >/dev/null
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
chmod 755 "$WORK"  # nginx workers run as an unprivileged user
mkdir -p "$WORK/public"
cp "$ROOT/Benchmarks/peers/fixtures/article.json" "$WORK/public/article.json"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
    -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
chmod -R a+rX "$WORK"
CIPHERS="ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
NGINX_PORT=19443 KIOSQUE_PORT=19444
cat >"$WORK/nginx.conf" <<CONF
daemon off; master_process on; worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/error.log warn;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nodelay on; keepalive_timeout 65s; keepalive_requests 1000000;
  client_body_temp_path $WORK/cb; proxy_temp_path $WORK/px; fastcgi_temp_path $WORK/fc; uwsgi_temp_path $WORK/uw; scgi_temp_path $WORK/sc;
  ssl_protocols TLSv1.2 TLSv1.3; ssl_ciphers $CIPHERS; ssl_prefer_server_ciphers on;
  ssl_session_cache shared:SSL:10m; ssl_session_tickets on;
  server {
    listen 127.0.0.1:$NGINX_PORT ssl; ssl_certificate $WORK/cert.pem; ssl_certificate_key $WORK/key.pem;
    location = /article.json { default_type application/json; alias $WORK/public/article.json; }
  }
}
CONF
taskset -c 0 nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" &
taskset -c 0 "$BIN" --port "$KIOSQUE_PORT" --public "$WORK/public" --no-access-log --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem" >"$WORK/kiosque.log" 2>&1 &
sleep 2
for port in $NGINX_PORT $KIOSQUE_PORT; do
    curl -sfk "https://127.0.0.1:$port/article.json" -o "$WORK/check-$port" || { echo "server on $port not answering"; cat "$WORK/kiosque.log"; exit 1; }
    cmp -s "$WORK/check-$port" "$WORK/public/article.json" || { echo "server on $port serves other bytes"; exit 1; }
done
run() { # port extra-args -> req/s
    taskset -c 1 wrk -t1 "$@" -d"$DURATION" "https://127.0.0.1:$PORT/article.json" 2>/dev/null | awk '/Requests\/sec/ {print $2}'
}
declare -A KEEP=() FRESH=()
for round in $(seq "$ROUNDS"); do
    for server in nginx kiosque; do
        PORT=$([[ $server == nginx ]] && echo $NGINX_PORT || echo $KIOSQUE_PORT)
        KEEP[$server]+="$(run -c64) "
        FRESH[$server]+="$(run -c16 -H 'Connection: close') "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
printf '%-10s %22s %26s\n' server "keep-alive req/s (c64)" "new connections/s (c16)"
for server in nginx kiosque; do
    printf '%-10s %22s %26s\n' "$server" "$(echo "${KEEP[$server]}" | median)" "$(echo "${FRESH[$server]}" | median)"
done
k1=$(echo "${KEEP[kiosque]}" | median) n1=$(echo "${KEEP[nginx]}" | median)
k2=$(echo "${FRESH[kiosque]}" | median) n2=$(echo "${FRESH[nginx]}" | median)
awk -v a="$k1" -v b="$n1" -v c="$k2" -v d="$n2" 'BEGIN { printf "kiosque / nginx: keep-alive %.2f, new connections %.2f\n", a / b, c / d }'
