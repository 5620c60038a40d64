#!/usr/bin/env bash
# Make sure the local services the tests use are up (PostgreSQL on 127.0.0.1:5432). On machines where the
# service is managed elsewhere this only checks; tests that need a missing service skip with a message
# (and fail under CI=true).
set -uo pipefail
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
fi
exit 0
