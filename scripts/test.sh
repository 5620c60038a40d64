#!/usr/bin/env bash
# Install everything and run the whole test suite (slow suites included). Extra arguments go to pytest,
# e.g. `bash scripts/test.sh -m "not slow"` to skip the slow suites locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/services.sh
# tests/test_deploy_files.py validates docker-compose.yml with docker-compose (Debian's package). Without
# it that test skips locally and fails under CI=true.
if ! command -v docker-compose >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing docker-compose (apt-get) to validate docker-compose.yml" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        docker-compose; } >/dev/null 2>&1 \
      || echo "warning: apt-get could not install docker-compose; docker-compose.yml goes unvalidated" >&2
  else
    echo "warning: docker-compose is missing and apt-get is unavailable (or not root); docker-compose.yml" \
         "goes unvalidated" >&2
  fi
fi
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
