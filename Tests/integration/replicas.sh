#!/usr/bin/env bash
# Three replicas of the image behind HAProxy, steady wrk traffic through the balancer, and a
# rolling restart one replica at a time (SIGTERM, then start again and wait for /readyz):
# every request must succeed. Prints the requests served and failed, then "N passed, M failed".
#   Tests/integration/replicas.sh      (DURATION=45 s of traffic; DRAIN_DELAY=3 s, 0 shows why it matters)
# HAProxy checks /readyz every 500 ms: a replica leaves the rotation as soon as its drain
# starts (/readyz 503, KIOSQUE_DRAIN_DELAY=3 in the image) and returns once loaded.
# Everything listens on 127.0.0.1; wrk's run is bounded by DURATION.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=container/common.sh
source "$ROOT/Tests/integration/container/common.sh"
DURATION="${DURATION:-45}"

missing_tools=()
for tool in podman haproxy wrk curl python3; do
    command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
if ((${#missing_tools[@]})); then
    echo "installing ${missing_tools[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap haproxy wrk curl >/dev/null
fi

WORK="$(mktemp -d)"
PREFIX="kiosque-replica-$$"
HAPROXY_PID="" WRK_PID=""
passed=0 failed=0
cleanup() {
    [[ -n $WRK_PID ]] && kill "$WRK_PID" 2>/dev/null
    [[ -n $HAPROXY_PID ]] && kill "$HAPROXY_PID" 2>/dev/null
    pm ps -a --format '{{.Names}}' | grep "^$PREFIX" | xargs -r "${PODMAN[@]}" rm -f -t 0 >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {
    local name="$1"; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() {  # wait_for SECONDS COMMAND...: until the command succeeds
    local deadline=$(($(date +%s) + $1)); shift
    until "$@" >/dev/null 2>&1; do
        (($(date +%s) < deadline)) || return 1
        sleep 0.1
    done
}
# HAProxy's view of server NAME: UP, DOWN, ... (from its CSV statistics).
server_status() {
    curl -fsS "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v name="$1" '$1 == "kiosque" && $2 == name { print $18 }'
}
server_is() { [[ $(server_status "$1") == "$2"* ]]; }

echo "== building $IMAGE"
build_image "$ROOT" >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; echo "0 passed, 1 failed"; exit 1; }

PORTS=()
for replica in 1 2 3; do
    port="$(free_port)"
    PORTS+=("$port")
    pm run -d --name "$PREFIX-$replica" --network host --read-only "${ULIMITS[@]}" \
        -e KIOSQUE_HOST=127.0.0.1 -e "KIOSQUE_PORT=$port" -e KIOSQUE_ACCESS_LOG=0 \
        -e "KIOSQUE_DRAIN_DELAY=${DRAIN_DELAY:-3}" "$IMAGE" >/dev/null 2>"$WORK/run.log" \
        || { cat "$WORK/run.log"; exit 1; }
done
for replica in 1 2 3; do
    check "replica $replica ready" wait_for 120 curl -fsS "http://127.0.0.1:${PORTS[replica - 1]}/readyz"
done

LB_PORT="$(free_port)" STATS_PORT="$(free_port)"
cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # A request that finds no usable connection (a replica closing its keep-alive
    # connections at the end of its drain) goes to another replica.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend api
    bind 127.0.0.1:$LB_PORT
    default_backend kiosque
frontend stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
backend kiosque
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    default-server inter 500ms fall 1 rise 2
    server r1 127.0.0.1:${PORTS[0]} check
    server r2 127.0.0.1:${PORTS[1]} check
    server r3 127.0.0.1:${PORTS[2]} check
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for replica in 1 2 3; do
    check "HAProxy sees r$replica UP" wait_for 20 server_is "r$replica" UP
done

# A mix of cached and computed answers, spread over the replicas.
cat >"$WORK/mix.lua" <<'LUA'
local paths = {"/api/v1/articles", "/api/v1/search?q=cuba", "/api/v1/entities?q=bor", "/api/v1/stats", "/api/v1/articles/277616"}
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
echo "== $DURATION s of traffic through HAProxy, rolling restart of the three replicas"
wrk -t2 -c16 -d"${DURATION}s" --timeout 5s -s "$WORK/mix.lua" "http://127.0.0.1:$LB_PORT" >"$WORK/wrk.log" 2>&1 &
WRK_PID=$!
sleep 3  # traffic flowing before the first restart
restart_started=$(date +%s)
for replica in 1 2 3; do
    name="$PREFIX-$replica" port="${PORTS[replica - 1]}"
    t0=$(date +%s%3N)
    pm stop -t 30 "$name" >/dev/null 2>&1  # SIGTERM: /readyz 503, drain delay, then close
    stopped=$(date +%s%3N)
    pm start "$name" >/dev/null 2>&1
    wait_for 120 curl -fsS "http://127.0.0.1:$port/readyz"
    ready=$(date +%s%3N)
    wait_for 20 server_is "r$replica" UP
    echo "     r$replica: drained and stopped in $((stopped - t0)) ms, ready $((ready - stopped)) ms after its restart, back in HAProxy after $(($(date +%s%3N) - ready)) ms"
done
echo "     rolling restart took $(($(date +%s) - restart_started)) s"
check "wrk ran to its end" wait "$WRK_PID"
WRK_PID=""
sed 's/^/     /' "$WORK/wrk.log"

served="$(awk '/requests in/ { print $1 }' "$WORK/wrk.log")"
non2xx="$(awk '/Non-2xx or 3xx responses/ { print $NF }' "$WORK/wrk.log")"
socket_errors="$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$WORK/wrk.log")"
failures=$(( ${non2xx:-0} + ${socket_errors:-0} ))
echo "served ${served:-0} requests through HAProxy during the rolling restart; failed $failures (non-2xx ${non2xx:-0}, socket errors ${socket_errors:-0})"
check "requests were served" test "${served:-0}" -gt 0
check "no request failed" test "$failures" -eq 0
for replica in 1 2 3; do
    check "r$replica restarted and UP" server_is "r$replica" UP
done
echo "replicas: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
((failed == 0))
