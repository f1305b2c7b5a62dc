#!/usr/bin/env bash
# Builds the container image with podman and checks it as users run it: read-only root file
# system, non-root user, /readyz, the API, gzip, a corpus mounted at /data, TLS with a
# mounted certificate, a snapshot written by the image and mounted, the built-in health
# check, and a SIGTERM drain that completes a request in flight. Prints "N passed, M failed";
# exits 1 if any check failed.
#   Tests/integration/container.sh           (CORPUS=file.jsonl adds a timed start on that corpus)
# Base images: the official ones (KIOSQUE_BASE_IMAGES=official), else local ones made once with
# debootstrap (see container/common.sh). Every server listens on 127.0.0.1 only.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=container/common.sh
source "$ROOT/Tests/integration/container/common.sh"

missing_tools=()
for tool in podman curl openssl python3; do
    command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
command -v debootstrap >/dev/null || missing_tools+=(debootstrap)
if ((${#missing_tools[@]})); then
    echo "installing ${missing_tools[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap curl openssl python3 >/dev/null
fi

WORK="$(mktemp -d)"
PREFIX="kiosque-check-$$"
passed=0 failed=0
cleanup() {
    pm ps -a --format '{{.Names}}' | grep "^$PREFIX" | xargs -r "${PODMAN[@]}" rm -f -t 0 >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {  # check NAME COMMAND...: one line per check
    local name="$1"; shift
    if "$@" >"$WORK/last.log" 2>&1; then
        passed=$((passed + 1)); echo "ok   $name"
    else
        failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$WORK/last.log" | tail -15
    fi
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# run NAME PORT [podman run options...] [-- server arguments...]: the image, read-only, on the
# host's loopback (KIOSQUE_HOST=127.0.0.1: nothing listens beyond this machine).
run() {
    local label="$1" name="$PREFIX-$1" port="$2"; shift 2
    local options=() arguments=()
    while (($#)) && [[ $1 != -- ]]; do options+=("$1"); shift; done
    (($#)) && { shift; arguments=("$@"); }
    # Without systemd, podman cannot schedule the health check's timer and says so on stderr;
    # the check itself runs on demand (podman healthcheck run), so that is shown only on failure.
    pm run -d --name "$name" --network host --read-only "${ULIMITS[@]}" \
        -e KIOSQUE_HOST=127.0.0.1 -e "KIOSQUE_PORT=$port" "${options[@]}" "$IMAGE" "${arguments[@]}" \
        >/dev/null 2>"$WORK/run-$label.log" || { cat "$WORK/run-$label.log"; return 1; }
}

# wait_ready URL [SECONDS] [CURL OPTIONS]: until the URL answers 200.
wait_ready() {
    local url="$1" limit="${2:-120}"; shift 2
    local deadline=$(($(date +%s) + limit))
    until curl -fsS -o /dev/null "$@" "$url" 2>/dev/null; do
        (($(date +%s) < deadline)) || return 1
        sleep 0.1
    done
}

echo "== building $IMAGE"
build_started=$(date +%s)
if ! build_image "$ROOT" >"$WORK/build.log" 2>&1; then
    tail -30 "$WORK/build.log"
    echo "0 passed, 1 failed"
    exit 1
fi
echo "built in $(($(date +%s) - build_started)) s; image size $(pm image inspect "$IMAGE" --format '{{.Size}}' | awk '{ printf "%.0f MB", $1 / 1e6 }')"

echo "== the image as it ships"
check "no curl in the image" bash -c "! ${PODMAN[*]} run --rm ${ULIMITS[*]} --entrypoint /bin/sh $IMAGE -c 'command -v curl'"
check "runs as the non-root user 10001" bash -c "[[ \$(${PODMAN[*]} run --rm ${ULIMITS[*]} --entrypoint /usr/bin/id $IMAGE -u) == 10001 ]]"
check "health check declared and using the binary" bash -c \
    "${PODMAN[*]} image inspect $IMAGE | grep -A4 '\"Healthcheck\"' | grep -q '\"healthcheck\"'"

echo "== seeds, read-only"
PORT="$(free_port)"
started=$(now_ms)
run main "$PORT"
check "/readyz 200" wait_ready "http://127.0.0.1:$PORT/readyz" 120
echo "     start to ready on the seeds: $(($(now_ms) - started)) ms (podman run included)"
check "/livez 200" curl -fsS "http://127.0.0.1:$PORT/livez"
check "the API lists the seeds" bash -c "curl -fsS http://127.0.0.1:$PORT/api/v1/articles | grep -q '\"total\":2'"
check "search answers" bash -c "curl -fsS 'http://127.0.0.1:$PORT/api/v1/search?q=cuba' | grep -q '\"items\"'"
check "the reader page is served" bash -c "curl -fsS http://127.0.0.1:$PORT/ | grep -qi '<html'"
check "gzip on request" bash -c "curl -fsS -D $WORK/gzip.head -H 'Accept-Encoding: gzip' -o $WORK/gzip.body http://127.0.0.1:$PORT/api/v1/articles \
    && grep -qi '^content-encoding: gzip' $WORK/gzip.head && gzip -dc $WORK/gzip.body | grep -q '\"items\"'"
check "root file system is read-only" bash -c "! ${PODMAN[*]} exec $PREFIX-main /bin/sh -c 'echo x > /app/seeds/x' 2>/dev/null"
check "seeds/ and Public/ not writable by the server's user" bash -c \
    "${PODMAN[*]} exec $PREFIX-main /bin/sh -c '[ ! -w /app/seeds ] && [ ! -w /app/Public ] && [ \$(id -u) = 10001 ]'"
check "podman healthcheck run: healthy" pm healthcheck run "$PREFIX-main"
check "kiosque healthcheck exits 1 on a missing page" bash -c \
    "! ${PODMAN[*]} exec $PREFIX-main kiosque healthcheck --url http://127.0.0.1:$PORT/no-such-page"

echo "== SIGTERM drain"
# Head and half the body of a request, then SIGTERM, then the rest: the answer must still come.
python3 - "$PORT" "$PREFIX-main" "${PODMAN[@]}" >"$WORK/drain.log" 2>&1 <<'PY' &
import socket, subprocess, sys, time
port, name, podman = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
client = socket.create_connection(("127.0.0.1", port), timeout=20)
client.sendall(b"GET /livez HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nabc")
time.sleep(0.3)
subprocess.run(podman + ["kill", "--signal", "TERM", name], check=True, capture_output=True)
time.sleep(0.5)
probe = socket.create_connection(("127.0.0.1", port), timeout=5)
probe.sendall(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
print("readyz during drain:", probe.recv(100).split(b"\r\n")[0].decode())
client.sendall(b"def")
answer = b""
while b"\r\n\r\n" not in answer:
    chunk = client.recv(4096)
    if not chunk:
        break
    answer += chunk
print("in-flight answer:", answer.split(b"\r\n")[0].decode())
PY
drain_pid=$!
wait "$drain_pid"
check "/readyz 503 as soon as the drain starts" grep -q "readyz during drain: HTTP/1.1 503" "$WORK/drain.log"
check "the in-flight request completes" grep -q "in-flight answer: HTTP/1.1 200" "$WORK/drain.log"
check "the container exits 0 after the drain" bash -c "[[ \$(timeout 30 ${PODMAN[*]} wait $PREFIX-main) == 0 ]]"
cat "$WORK/drain.log" | sed 's/^/     /'

echo "== your own articles in /data"
mkdir -p "$WORK/data"
python3 - "$WORK/data/articles.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for n in range(1, 6):
        out.write(json.dumps({"id": f"mounted-{n}", "title": f"Article monté numéro {n}",
                              "dateline": "Lyon, 3 mars (AFP)",
                              "paragraphs": [f"Le maire de Lyon, Jean Dupont, a présenté le projet {n} à la presse."]},
                             ensure_ascii=False) + "\n")
PY
chmod -R a+rX "$WORK/data"
PORT="$(free_port)"
run data "$PORT" -v "$WORK/data:/data:ro" -e KIOSQUE_DATA=/data
check "/readyz 200 with /data" wait_ready "http://127.0.0.1:$PORT/readyz" 120
check "the mounted corpus is served" bash -c "curl -fsS http://127.0.0.1:$PORT/api/v1/articles/mounted-3 | grep -q 'projet 3'"
check "only the mounted corpus" bash -c "curl -fsS http://127.0.0.1:$PORT/api/v1/stats | grep -q '\"articles\":5'"
pm rm -f -t 0 "$PREFIX-data" >/dev/null 2>&1

echo "== TLS with a mounted certificate"
mkdir -p "$WORK/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
    -keyout "$WORK/tls/key.pem" -out "$WORK/tls/cert.pem" >/dev/null 2>&1
chmod a+r "$WORK/tls/"*.pem  # a throwaway key, readable by the container's user
PORT="$(free_port)" TLS_PORT="$(free_port)"
run tls "$PORT" -v "$WORK/tls:/tls:ro" -e KIOSQUE_TLS_CERT=/tls/cert.pem -e KIOSQUE_TLS_KEY=/tls/key.pem -e "KIOSQUE_TLS_PORT=$TLS_PORT"
check "HTTPS /readyz 200 with the mounted certificate" wait_ready "https://localhost:$TLS_PORT/readyz" 120 --cacert "$WORK/tls/cert.pem" \
    --resolve "localhost:$TLS_PORT:127.0.0.1"
check "HTTPS API answer" bash -c "curl -fsS --cacert $WORK/tls/cert.pem --resolve localhost:$TLS_PORT:127.0.0.1 \
    https://localhost:$TLS_PORT/api/v1/stats | grep -q '\"articles\":2'"
check "plain port beside it keeps the health check working" pm exec "$PREFIX-tls" kiosque healthcheck --url "http://127.0.0.1:$PORT/readyz"
pm rm -f -t 0 "$PREFIX-tls" >/dev/null 2>&1

if [[ -n ${CORPUS:-} ]]; then
    # CORPUS=file.jsonl (e.g. from Benchmarks/corpus/make.sh 100000): a large raw start, timed.
    echo "== start to ready on $CORPUS"
    PORT="$(free_port)"
    started=$(now_ms)
    run big "$PORT" -v "$(cd "$(dirname "$CORPUS")" && pwd)/$(basename "$CORPUS"):/data/corpus.jsonl:ro" -e KIOSQUE_DATA=/data \
        -e KIOSQUE_ACCESS_LOG=0
    check "/livez 200 while loading" wait_ready "http://127.0.0.1:$PORT/livez" 30
    check "/readyz 503 while loading" bash -c "[[ \$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/readyz) == 503 ]]"
    check "podman healthcheck run: unhealthy while loading" bash -c "! ${PODMAN[*]} healthcheck run $PREFIX-big"
    check "/readyz 200 on the large corpus" wait_ready "http://127.0.0.1:$PORT/readyz" 900
    ready_ms=$(($(now_ms) - started))
    pid="$(pm inspect "$PREFIX-big" --format '{{.State.Pid}}')"
    awk -v ms="$ready_ms" '/^VmRSS/ { rss = $2 } /^VmHWM/ { peak = $2 }
        END { printf "     start to ready: %.1f s (podman run included); RSS at ready %.0f MB, peak %.0f MB\n", ms / 1000, rss * 1024 / 1e6, peak * 1024 / 1e6 }' \
        "/proc/$pid/status"
    pm logs "$PREFIX-big" 2>&1 | grep -o 'ready after.*' | sed 's/^/     server: /'
    check "podman healthcheck run: healthy once loaded" pm healthcheck run "$PREFIX-big"
    pm rm -f -t 0 "$PREFIX-big" >/dev/null 2>&1
fi

echo "== a snapshot written by the image, then mounted"
# The /data corpus above, snapshotted by the image's own binary, served read-only from /snap.
mkdir -p "$WORK/snap" && chmod a+rwx "$WORK/snap"
check "kiosque snapshot writes the file" pm run --rm "${ULIMITS[@]}" --network none -v "$WORK/data:/data:ro" -v "$WORK/snap:/snap" \
    "$IMAGE" snapshot --data /data --out /snap/corpus.snapshot
PORT="$(free_port)"
started=$(now_ms)
run snap "$PORT" -v "$WORK/snap:/snap:ro" -e KIOSQUE_DATA=/snap/corpus.snapshot
check "/readyz 200 from the mounted snapshot" wait_ready "http://127.0.0.1:$PORT/readyz" 120
echo "     start to ready from the snapshot: $(($(now_ms) - started)) ms (podman run included)"
check "the snapshot's articles are served" bash -c "curl -fsS http://127.0.0.1:$PORT/api/v1/articles/mounted-3 | grep -q 'projet 3'"
check "a corrupted snapshot is refused with exit 2" bash -c "cp $WORK/snap/corpus.snapshot $WORK/snap/bad.snapshot \
    && printf 'X' | dd of=$WORK/snap/bad.snapshot bs=1 seek=100 conv=notrunc status=none && chmod a+r $WORK/snap/bad.snapshot \
    && { ${PODMAN[*]} run --rm ${ULIMITS[*]} --network none -v $WORK/snap:/snap:ro $IMAGE serve --data /snap/bad.snapshot; [[ \$? == 2 ]]; }"
pm rm -f -t 0 "$PREFIX-snap" >/dev/null 2>&1

echo "container: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
((failed == 0))
