#!/usr/bin/env bash
# Two kiosque binaries side by side (e.g. main's and a branch's): each serves the seeds on its
# own loopback port; wrk measures them in interleaved rounds on the same paths, and the script
# prints each round's req/s and the ratio B/A (median over rounds). For changes on the
# request path; on a shared 2-core machine single rounds are noisy, the median is the figure.
#   Benchmarks/ab.sh BIN_A BIN_B        (ROUNDS=5, DURATION=5s, CONNECTIONS=32, PATHS)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
A="${1:?usage: ab.sh BIN_A BIN_B}" B="${2:?usage: ab.sh BIN_A BIN_B}"
ROUNDS="${ROUNDS:-5}" DURATION="${DURATION:-5s}" CONNECTIONS="${CONNECTIONS:-32}"
PATHS="${PATHS:-/api/v1/articles/277616 /api/v1/search?q=cuba}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cd "$ROOT"
# `start` runs in a command substitution (a subshell): it records its server's pid in a file,
# since an array it appended to would be lost, and the servers would outlive the script.
PIDFILE="$(mktemp)"
trap 'while read -r pid; do kill "$pid" 2>/dev/null; done <"$PIDFILE"; rm -f "$PIDFILE"' EXIT

start() {  # start BIN LOG: prints the port once /readyz answers 200
    "$1" --port 0 --data seeds --public Public --no-access-log >"$2" 2>&1 &
    echo $! >>"$PIDFILE"
    local port=""
    for _ in $(seq 1 600); do
        port="$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$2" | head -1 | sed 's/.*://')" || true
        [[ -n $port ]] && curl -fs --max-time 10 -o /dev/null "http://127.0.0.1:$port/readyz" && { echo "$port"; return; }
        sleep 0.1
    done
    echo "$1 did not become ready" >&2
    exit 1
}
PORT_A="$(start "$A" "$(mktemp)")" PORT_B="$(start "$B" "$(mktemp)")"

rate() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "http://127.0.0.1:$1$2" | awk '/Requests\/sec/ { print $2 }'; }
for path in $PATHS; do
    ratios=()
    for round in $(seq "$ROUNDS"); do
        # Alternate which goes first, so that neither always runs on a warmer machine.
        if ((round % 2)); then a="$(rate "$PORT_A" "$path")"; b="$(rate "$PORT_B" "$path")"
        else b="$(rate "$PORT_B" "$path")"; a="$(rate "$PORT_A" "$path")"; fi
        ratio="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')"
        ratios+=("$ratio")
        echo "$path round $round: A $a req/s, B $b req/s, B/A $ratio"
    done
    printf '%s\n' "${ratios[@]}" | sort -n | awk -v path="$path" '{ v[NR] = $1 } END { print path ": median B/A " v[int((NR + 1) / 2)] }'
done
