#!/bin/sh
# Runs the browser tests: installs playwright-core (no browser download; the
# tests drive Debian's /usr/bin/chromium) and runs every *.test.mjs with
# Node's test runner against the dossier binary in $DOSSIER_BIN
# (default /var/tmp/dossier-target/debug/dossier).
set -eu
cd "$(dirname "$0")"
if [ ! -x "${CHROMIUM_BIN:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_BIN:-/usr/bin/chromium}; install it with: apt-get install -y chromium" >&2
  exit 1
fi
if [ ! -x "${DOSSIER_BIN:-/var/tmp/dossier-target/debug/dossier}" ]; then
  echo "dossier binary not found at ${DOSSIER_BIN:-/var/tmp/dossier-target/debug/dossier}; build it (cargo build -p dossier-cli) or set DOSSIER_BIN" >&2
  exit 1
fi
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
exec node --test --test-concurrency=1 "$@"
