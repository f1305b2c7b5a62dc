#!/usr/bin/env bash
# Integration checks against a live server (filled in as the API and TLS land).
set -euo pipefail
echo "integration: nothing yet"
