#!/usr/bin/env bash
# Install everything and run the whole test suite (slow suites included). Extra arguments go to pytest,
# e.g. `bash scripts/test.sh -m "not slow"` to skip the slow suites locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/services.sh
# Debian packages the suites need: docker-compose validates docker-compose.yml (tests/test_deploy_files.py)
# and chromium runs the browser tests (tests/slow/test_browser.py). Without them those tests skip locally
# and (docker-compose) fail under CI=true.
need=()
command -v docker-compose >/dev/null || need+=(docker-compose)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ "${#need[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]} (apt-get) for the deployment and browser tests" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${need[@]}"; } >/dev/null 2>&1 \
      || echo "warning: apt-get could not install ${need[*]}; their tests will skip or fail" >&2
  else
    echo "warning: ${need[*]} missing and apt-get unavailable (or not root); their tests will skip or fail" >&2
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
