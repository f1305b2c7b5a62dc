#!/usr/bin/env bash
# Hunts a lost wake-up or a forgotten connection: with nothing else talking to the server, a
# missed event is never made up by a later one, so every request here comes from one lone
# client, one at a time, each with a timeout (a hang is an error, never a stuck script).
#  1. REQUESTS requests to a handler-pool route (the answer comes back through the loop's
#     inbox and eventfd) and to an inline route, alternating a kept-alive and a new connection;
#  2. STARTS server starts, each polled on /readyz from the first moment it listens (the 503
#     while loading is a pool answer, the 200 after it an inline one).
# BUSY niced busy loops (bounded by the script's own duration) keep the cores contended; run it
# under `taskset -c 0` to put everything on one core.
#   Benchmarks/lone_client.sh [BIN]      (REQUESTS=4000 STARTS=30 BUSY=2 TIMEOUT=10)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${1:-$(swift build --show-bin-path)/kiosque}"
REQUESTS="${REQUESTS:-4000}" STARTS="${STARTS:-30}" BUSY="${BUSY:-2}" TIMEOUT="${TIMEOUT:-10}"
WORK="$(mktemp -d)"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

for _ in $(seq "$BUSY"); do
    nice -n 19 timeout 1800 sh -c 'while :; do :; done' &
    PIDS+=($!)
done

start() {  # start LOG: starts the server, prints its port as soon as it listens
    : >"$1"
    "$BIN" serve --port 0 --data seeds --no-access-log >"$1" 2>&1 &
    PIDS+=($!)
    SERVER=$!
    for _ in $(seq 1 2000); do
        port="$(grep -aoE 'listening on http://127\.0\.0\.1:[0-9]+' "$1" | head -1 | sed 's/.*://')" || true
        [[ -n $port ]] && return
        sleep 0.005
    done
    echo "the server never listened:" >&2; cat "$1" >&2; exit 1
}

echo "load before: $(uptime)"
start "$WORK/server.log"
python3 - "$port" "$REQUESTS" "$TIMEOUT" <<'EOF'
import http.client, sys, time
port, count, timeout = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
# Wait for ready (the seeds load in well under a second).
for _ in range(1000):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    c.request("GET", "/readyz"); r = c.getresponse(); r.read(); c.close()
    if r.status == 200: break
    time.sleep(0.01)
paths = ["/api/v1/search?q=cuba", "/api/v1/entities?q=cu", "/api/v1/articles/277616"]
kept = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
worst, failures = 0.0, []
for i in range(count):
    path = paths[i % len(paths)]
    fresh = (i // len(paths)) % 2 == 1
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout) if fresh else kept
    started = time.monotonic()
    try:
        conn.request("GET", path)
        response = conn.getresponse(); response.read()
        if response.status != 200: failures.append(f"{i} {path}: status {response.status}")
    except Exception as error:  # a timeout is the hang this hunts
        failures.append(f"{i} {path} ({'new' if fresh else 'kept-alive'} connection): {type(error).__name__} {error}")
        kept = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    worst = max(worst, time.monotonic() - started)
    if fresh: conn.close()
print(f"lone client: {count} requests, {len(failures)} failed, slowest {worst * 1000:.0f} ms")
for line in failures[:10]: print("  " + line)
sys.exit(1 if failures else 0)
EOF
kill -TERM "$SERVER"; wait "$SERVER" || true

hung=0 slowest=0
for run in $(seq "$STARTS"); do
    start "$WORK/start.log"
    started=$(date +%s%3N)
    while true; do
        status=0
        curl -fs --max-time "$TIMEOUT" -o /dev/null "http://127.0.0.1:$port/readyz" || status=$?
        ((status == 0)) && break
        if ((status == 28)); then hung=$((hung + 1)); echo "start $run: /readyz unanswered for ${TIMEOUT} s" >&2; break; fi
        (($(date +%s%3N) - started < 60000)) || { echo "start $run: not ready in 60 s" >&2; hung=$((hung + 1)); break; }
    done
    elapsed=$(($(date +%s%3N) - started))
    ((elapsed > slowest)) && slowest=$elapsed
    kill -TERM "$SERVER"; wait "$SERVER" || true
done
echo "starts: $STARTS, polled from the first moment they listened; $hung unanswered; slowest to ready ${slowest} ms"
echo "load after: $(uptime)"
((hung == 0))
