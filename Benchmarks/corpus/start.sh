# Shared by load.sh and snapshot.sh (sourced, not run): the release binary, the corpus's raw
# text size, and one timed start of `kiosque serve`. Expects ROOT and TIMEOUT to be set.
swift build -c release --product kiosque >&2
BIN="$(swift build -c release --show-bin-path)/kiosque"
LOG="$(mktemp)"
PID=""
trap '[[ -n $PID ]] && kill "$PID" 2>/dev/null; rm -f "$LOG"' EXIT

text_bytes() {
    python3 -c '
import json, sys
total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    total += len(record["title"].encode()) + sum(len(p.encode()) for p in record["paragraphs"])
print(total)' "$1"
}

# One start: prints "MS RSS_KB ANON_KB PEAK_KB CPU_MS FILE_KB WAIT_MS" (CPU time, user + system, is
# the figure least disturbed by other work on a shared machine; WAIT_MS is the time its threads
# spent runnable but not running, summed from /proc/PID/task/*/schedstat: where wall above CPU goes
# on a loaded machine).
# The poll is light on purpose: on a 2-core machine, forking `date`, `grep`, `curl` and `sleep`
# every 20 ms took a fifth of a core from the server and stretched a 20 s start by 3 s. The
# clock is bash's own, the port is read once, and `/readyz` is asked every POLL seconds (0.1:
# the time to ready is known to within that).
POLL="${POLL:-0.1}"
now_ms() { local micros="${EPOCHREALTIME/[.,]/}"; NOW_MS=$((micros / 1000)); }  # sets NOW_MS, no subshell
start_once() {
    local data="$1" started port="" ms cpu status pause
    now_ms
    started=$NOW_MS
    exec {pause}<> <(:)  # a pipe nobody writes to: `read -t` on it waits without forking a `sleep`
    # Emptied here, not by the redirection below: that runs in the forked child, and on a
    # loaded machine the poll can read the log first and take the previous start's port.
    : >"$LOG"
    "$BIN" serve --port 0 --data "$data" --no-access-log >"$LOG" 2>&1 &
    PID=$!
    while true; do
        [[ -z $port ]] && port="$(grep -aoE 'listening on http://127\.0\.0\.1:[0-9]+' "$LOG" | head -1 | sed 's/.*://')" || true
        if [[ -n $port ]]; then
            # Bounded: a connection left unanswered is an error here, not a stuck script.
            status=0
            curl -fs --max-time 10 -o /dev/null "http://127.0.0.1:$port/readyz" || status=$?
            ((status == 0)) && break
            ((status == 28)) && { echo "no answer from /readyz on port $port within 10 s:" >&2; cat "$LOG" >&2; exit 1; }
        fi
        kill -0 "$PID" 2>/dev/null || { echo "kiosque exited:" >&2; cat "$LOG" >&2; exit 1; }
        now_ms
        ((NOW_MS - started < TIMEOUT * 1000)) || { echo "not ready after ${TIMEOUT} s" >&2; exit 1; }
        read -r -t "$POLL" -u "$pause" || true
    done
    now_ms
    ms=$((NOW_MS - started))
    exec {pause}>&-
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PID/stat")
    wait_ms=$(cat /proc/"$PID"/task/*/schedstat 2>/dev/null | awk '{ s += $2 } END { print int(s / 1e6) }')
    awk -v ms="$ms" -v cpu="$cpu" -v wait="$wait_ms" '/^VmRSS/ { rss = $2 } /^RssAnon/ { anon = $2 } /^RssFile/ { file = $2 } /^VmHWM/ { peak = $2 } END { print ms, rss, anon, peak, cpu, file, wait }' "/proc/$PID/status"
    kill -TERM "$PID"
    wait "$PID" || true
    PID=""
}

# Reads rows "SIDE VALUE..." (sides A and B) and prints, per column named in "$1", the median
# of each side and the ratio B/A.
ab_medians() {
    awk -v names="$1" '
        function median(list, count,    sorted, i, j, t) {
            for (i = 1; i <= count; i++) sorted[i] = list[i]
            for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
            return sorted[int(count / 2) + 1]
        }
        { n[$1]++; for (k = 2; k <= NF; k++) value[$1, k, n[$1]] = $k }
        END {
            columns = split(names, name, " ")
            for (k = 2; k <= columns + 1; k++) {
                for (side in n) { for (i = 1; i <= n[side]; i++) list[i] = value[side, k, i]; m[side] = median(list, n[side]) }
                printf "median %-9s A %10.0f  B %10.0f  B/A %.2f\n", name[k - 1], m["A"], m["B"], m["B"] / m["A"]
            }
        }'
}
