#!/usr/bin/env bash
# Quick start: install everything, then run the app on the embedded defaults (SQLite and Chroma files in
# ./var, the demo store loaded on first start). Open http://127.0.0.1:8000 (STYLIST_PORT to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export HF_HUB_OFFLINE=1
exec .venv/bin/stylist serve "$@"
