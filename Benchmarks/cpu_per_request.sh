#!/usr/bin/env bash
# Benchmarks/cpu_per_request.sh — CPU time the server spends per request, kiosque beside nginx.
#
# Where the hardware has no instruction counters (virtual machines: `perf stat -e instructions`
# says "not supported") this is the cost figure that survives a shared machine best: req/s
# fall when other work takes the core, CPU time per request much less. Each round starts both
# servers pinned to SERVER_CPU, loads them with wrk (c64, keep-alive) pinned to CLIENT_CPU and
# reads the server's task-clock with `perf stat`; kiosque and nginx alternate, the median of
# the rounds is printed with the ratio. Needs wrk, nginx, perf, taskset.
#   Benchmarks/cpu_per_request.sh [BIN]   (ROUNDS=3, DURATION=3, PATHS="/article.json /index.html",
#                                          ACCESS_LOG=0: 1 runs kiosque with its access log)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-3}" SERVER_CPU="${SERVER_CPU:-0}" CLIENT_CPU="${CLIENT_CPU:-1}"
PATHS="${PATHS:-/article.json /index.html}"
cd "$ROOT"
BIN="${1:-}"
if [[ -z $BIN ]]; then swift build -c release --product kiosque >/dev/null; BIN="$ROOT/.build/release/kiosque"; fi
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/fixtures"
cp Benchmarks/peers/fixtures/article.json Benchmarks/peers/fixtures/index.html "$WORK/fixtures/"
chmod -R a+rX "$WORK"
# nginx serves the fixtures at the same paths as kiosque's static files.
sed -e "s#@WORK@#$WORK#g" -e "s#master_process on;#master_process off;#" -e "s#@FIXTURES@#$WORK/fixtures#g" -e "s#@WORKERS@#1#g" -e "s#@PORT@#19190#g" \
    -e "s#location = /api/v1/articles/1 { alias [^;]*; }#location / { root $WORK/fixtures; }#" \
    -e "s#location = /static/index.html .*#location = /index.html { charset utf-8; root $WORK/fixtures; }#" \
    -e "/location \/ { return 404/d" Benchmarks/peers/nginx.conf >"$WORK/nginx.conf"
log_flag=$([[ ${ACCESS_LOG:-0} == 1 ]] && echo --access-log || echo --no-access-log)

wait_up() { for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$1$2" && return; sleep 0.1; done; echo "port $1 not up" >&2; exit 1; }

# measure NAME PID PORT PATH: prints "µs-per-request req/s"
measure() {
    local pid=$3 port=$4 path=$5 out stat
    taskset -c "$CLIENT_CPU" wrk -t1 -c64 -d1s "http://127.0.0.1:$port$path" >/dev/null
    stat="$WORK/stat-$1"
    perf stat -e task-clock -p "$pid" -o "$stat" -- sleep "$((DURATION + 1))" &
    local perf_pid=$!
    sleep 0.2
    out="$(taskset -c "$CLIENT_CPU" wrk -t1 -c64 -d"${DURATION}s" "http://127.0.0.1:$port$path")"
    wait "$perf_pid"
    python3 - "$stat" "$out" <<'PY'
import re, sys
stat, out = open(sys.argv[1]).read(), sys.argv[2]
ms = float(re.search(r"([\d,.]+)\s+msec task-clock", stat).group(1).replace(",", ""))
requests = int(re.search(r"(\d+) requests in", out).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
print(f"{ms * 1000 / max(requests, 1):.2f} {rps:.0f}")
PY
}

taskset -c "$SERVER_CPU" "$BIN" --port 19191 --public "$WORK/fixtures" "$log_flag" >"$WORK/kiosque.log" 2>&1 &
PIDS+=($!); KIOSQUE=$!
# master_process off (above): one process, so its task-clock is the whole of nginx's work.
taskset -c "$SERVER_CPU" nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" &
PIDS+=($!); NGINX=$!
wait_up 19191 /index.html
wait_up 19190 /index.html
echo "server CPU µs per request, c64 keep-alive, $ROUNDS rounds of ${DURATION}s (kiosque $log_flag); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in $PATHS; do
    k=() n=()
    for round in $(seq 1 "$ROUNDS"); do
        k+=("$(measure kiosque k "$KIOSQUE" 19191 "$path")")
        n+=("$(measure nginx n "$NGINX" 19190 "$path")")
    done
    python3 - "$path" "${k[@]}" -- "${n[@]}" <<'PY'
import statistics, sys
args = sys.argv[2:]
split = args.index("--")
k = [tuple(map(float, a.split())) for a in args[:split]]
n = [tuple(map(float, a.split())) for a in args[split + 1:]]
ku, nu = statistics.median(x[0] for x in k), statistics.median(x[0] for x in n)
kr, nr = statistics.median(x[1] for x in k), statistics.median(x[1] for x in n)
print(f"{sys.argv[1]:16} kiosque {ku:7.2f} µs ({kr:7.0f} req/s)   nginx {nu:7.2f} µs ({nr:7.0f} req/s)   "
      f"nginx/kiosque CPU {nu / ku:.2f}×   req/s ratio {kr / nr:.2f}×")
PY
done
