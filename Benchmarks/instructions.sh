#!/usr/bin/env bash
# Benchmarks/instructions.sh — user-space instructions per request, kiosque beside nginx.
#
# Each server runs under callgrind (valgrind) and answers first N1, then in a second run N2
# keep-alive GETs of the same 3.5 KB JSON (Benchmarks/peers/fixtures/article.json) from one
# client; (I2 − I1) / (N2 − N1) cancels start-up and shutdown. Only user space is counted:
# the kernel's TCP work, most of a request's time on loopback (see `perf record` at c64), is
# not. So this says what each server's own code costs per request.
#   Benchmarks/instructions.sh [N1 [N2]]      defaults 2000 6000
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N1="${1:-2000}" N2="${2:-6000}"
command -v valgrind >/dev/null && command -v nginx >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind nginx >/dev/null
}
cd "$ROOT"
BIN="$ROOT/.build/kiosque-shipped"
sh tools/build-release.sh build "$BIN" >/dev/null
WORK="$(mktemp -d)"
PID=""
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/fixtures" && cp Benchmarks/peers/fixtures/article.json "$WORK/fixtures/" && chmod -R a+rX "$WORK"

# Sends COUNT keep-alive GETs of PATH to PORT once it answers 200; checks every answer.
requests() {
    python3 - "$1" "$2" "$3" <<'PY'
import http.client, sys, time
port, path, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
deadline = time.time() + 120
while True:  # until PATH answers 200 (kiosque answers 503 while it loads)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", path)
        response = connection.getresponse(); response.read()
        if response.status == 200: break
    except OSError:
        pass
    if time.time() > deadline: sys.exit("server did not start")
    time.sleep(0.2)
for _ in range(count):
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200 or len(body) < 3000: sys.exit(f"bad answer: {response.status}, {len(body)} bytes")
PY
}

# One run under callgrind: prints the instructions counted (Ir) over the whole process.
counted() {  # name port path count command...
    local name="$1" port="$2" path="$3" count="$4"; shift 4
    valgrind --tool=callgrind --callgrind-out-file="$WORK/$name-$count.out" "$@" >"$WORK/$name.log" 2>&1 &
    PID=$!
    requests "$port" "$path" "$count"
    kill -TERM "$PID"; wait "$PID" || true; PID=""
    awk '/^(summary|totals):/ { print $2; exit }' "$WORK/$name-$count.out"
}

sed -e "s#@WORK@#$WORK#g" -e "s#@FIXTURES@#$WORK/fixtures#g" -e "s#@WORKERS@#1#g" -e "s#@PORT@#18432#g" \
    -e "s#master_process on;#master_process off;#" Benchmarks/peers/nginx.conf >"$WORK/nginx.conf"
printf '%-8s %14s %14s %12s\n' server "Ir ($N1)" "Ir ($N2)" "Ir/request"
for server in kiosque nginx; do
    case $server in
        kiosque) run=(18431 /article.json); cmd=("$BIN" --port 18431 --public "$WORK/fixtures" --no-access-log) ;;
        nginx) run=(18432 /api/v1/articles/1); cmd=(nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf") ;;
    esac
    first=$(counted "$server" "${run[@]}" "$N1" "${cmd[@]}")
    second=$(counted "$server" "${run[@]}" "$N2" "${cmd[@]}")
    printf '%-8s %14s %14s %12.0f\n' "$server" "$first" "$second" "$(( (second - first) / (N2 - N1) ))"
done
