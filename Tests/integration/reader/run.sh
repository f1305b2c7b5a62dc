#!/usr/bin/env bash
# Installs headless Chromium and selenium if missing, then walks the reader page at $KIOSQUE_URL.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v chromedriver >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
VENV="${KIOSQUE_VENV:-$HERE/../../../.build-venv}"
[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q "selenium>=4.20" >/dev/null
"$VENV/bin/python" "$HERE/walk.py"
