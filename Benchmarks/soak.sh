#!/usr/bin/env bash
# Soak: mixed traffic (API, search, static, TLS, pipelining, slow, vanishing and resetting
# clients) against one kiosque on 127.0.0.1 for a fixed time with a bounded number of clients;
# reports errors, RSS (start / after warm-up / end), open fds and established connections.
#   Benchmarks/soak.sh [--minutes N] [--clients N]     (default 10 minutes, 8 clients)
# KIOSQUE_BIN overrides the binary (default: the release build, built if needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MINUTES=10 CLIENTS=8
while (($#)); do
    case $1 in
        --minutes) MINUTES=$2; shift 2 ;;
        --clients) CLIENTS=$2; shift 2 ;;
        *) echo "usage: $0 [--minutes N] [--clients N]" >&2; exit 2 ;;
    esac
done
if [ -z "${KIOSQUE_BIN:-}" ]; then
    swift build -c release --product kiosque >/dev/null
    KIOSQUE_BIN="$(swift build -c release --show-bin-path)/kiosque"
fi
WORK="$(mktemp -d)"
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
    -days 2 -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
PORT=19611 TLS_PORT=19612
"$KIOSQUE_BIN" --host 127.0.0.1 --port $PORT --tls-port $TLS_PORT --tls-cert "$WORK/cert.pem" --tls-key "$WORK/key.pem" \
    --no-access-log >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "server not ready" >&2; cat "$WORK/server.log" >&2; exit 1; }
status=0
python3 "$ROOT/Benchmarks/soak_driver.py" $SERVER $PORT $TLS_PORT $((MINUTES * 60)) "$CLIENTS" || status=$?
kill -0 $SERVER 2>/dev/null && echo "server alive at the end" || { echo "server died" >&2; status=1; }
exit $status
