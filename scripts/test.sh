#!/usr/bin/env bash
# Install everything and run the whole test suite (slow suites included). Extra arguments go to pytest,
# e.g. `bash scripts/test.sh -m "not slow"` to skip the slow suites locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/services.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
