#!/usr/bin/env bash
# Validates deploy/kubernetes/ offline and strictly (PyPI's kubernetes-validate, in a private
# virtualenv), then checks probes, security context and grace periods (kubernetes_check.py).
#   Tests/integration/kubernetes.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VENV="${KIOSQUE_K8S_VENV:-$ROOT/.build-venv-k8s}"
[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import kubernetes_validate" 2>/dev/null || "$VENV/bin/pip" install -q "kubernetes-validate>=1.31" >/dev/null
echo "== kubernetes-validate --strict"
"$VENV/bin/kubernetes-validate" --strict deploy/kubernetes/*.yaml
echo "== manifest checks"
"$VENV/bin/python" Tests/integration/kubernetes_check.py
