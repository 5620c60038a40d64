#!/usr/bin/env bash
# Quick start: install everything, prepare the base model (once), then run the app on the embedded
# defaults: SQLite and Chroma files in ./var, the demo store loaded on first start, and vLLM started on the
# CPU with the released stylist adapters. Open http://127.0.0.1:8000 (STYLIST_PORT to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export HF_HUB_OFFLINE=1
.venv/bin/stylist prepare-model
exec .venv/bin/stylist serve "$@"
