#!/usr/bin/env bash
# Integration checks against a live kiosque (run by .ci/run after `swift test`):
#   1. /openapi.json validates (openapi-spec-validator);
#   2. schemathesis, driven by that document, finds no 5xx, no schema violation, no crash;
#   3. the reader page walk in a headless browser (Tests/integration/reader/), when present.
# Each tool is installed into a private virtualenv if missing; the server runs on a free port.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

VENV="${KIOSQUE_VENV:-$ROOT/.build-venv}"
if [[ ! -x $VENV/bin/python ]]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q "openapi-spec-validator>=0.7" "schemathesis==4.32.5" >/dev/null

BIN="$(swift build --show-bin-path)/kiosque"
[[ -x $BIN ]] || swift build --product kiosque
LOG="$(mktemp)"
# The seeds plus 60 generated JSONL articles, most dated over several years, some with a
# yearless dateline or none: the checks then meet every kind of date.
DATA="$(mktemp -d)"
cp seeds/*.txt "$DATA/"
python3 Benchmarks/corpus/generate.py --count 60 --seed 18 --out "$DATA/dated.jsonl" >/dev/null
"$BIN" --port 0 --data "$DATA" --public Public >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$LOG" "$DATA"' EXIT

PORT=""
for _ in $(seq 1 300); do
    PORT="$(grep -oE '(127\.0\.0\.1|localhost|\[::1\]):[0-9]+' "$LOG" | head -1 | sed 's/.*://')" || true
    [[ -n $PORT ]] && curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.2
done
[[ -n $PORT ]] || { echo "kiosque did not start:"; cat "$LOG"; exit 1; }
BASE="http://127.0.0.1:$PORT"
export KIOSQUE_URL="$BASE"
echo "kiosque at $BASE"

echo "== openapi-spec-validator"
curl -fsS "$BASE/openapi.json" -o "$ROOT/.build-venv/openapi.json"
"$VENV/bin/python" -c "
import json, sys
from openapi_spec_validator import validate
validate(json.load(open(sys.argv[1])))
print('openapi.json: valid OpenAPI 3.1')" "$ROOT/.build-venv/openapi.json"

echo "== schemathesis"
# One worker: CPython 3.11's ast module is not safe when hypothesis inspects lambdas from threads.
"$VENV/bin/schemathesis" --config-file Tests/integration/schemathesis.toml run "$BASE/openapi.json" --url "$BASE" \
    --checks all --max-examples "${SCHEMATHESIS_EXAMPLES:-100}" --seed 1 --workers 1 --request-timeout 5

if [[ -x Tests/integration/reader/run.sh ]]; then
    echo "== reader page walk"
    Tests/integration/reader/run.sh
fi

kill -0 "$PID" || { echo "kiosque died during the checks:"; cat "$LOG"; exit 1; }
echo "integration: all checks passed"
