#!/usr/bin/env bash
# Smoke test of the real desktop app: starts the Tauri binary under Xvfb with
# a fresh library holding one article, waits until the web UI's start-up
# `stats` call has gone webview -> IPC -> engine and back (the app prints it
# in DOSSIER_SMOKE_TEST mode), screenshots the window, and checks that the
# answer names the library the app was pointed at and that the app exited
# cleanly. With DOSSIER_SMOKE_EXPORT the app also clicks Export once the
# results are shown; the test checks that the CSV was saved in the user's
# folder (not the working folder) and holds the article's claims.
#
# Usage: tests/desktop/smoke.sh
#   DOSSIER_APP_BIN=path/to/dossier-app   use a prebuilt binary instead of building
#   DOSSIER_BIN=path/to/dossier           the CLI that imports the article (built when unset)
#   SMOKE_TIMEOUT=120                      seconds before the app counts as hung
# Needs: xvfb-run (xvfb), import (imagemagick), the WebKitGTK runtime.
# Artifacts: tests/desktop/artifacts/{smoke-window.png,smoke-stdout.txt,smoke-stderr.txt}
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
artifacts="$here/artifacts"

# Second stage, inside the virtual display: run the app, screenshot it once it
# reported, then hand back its exit code.
if [ "${1:-}" = "--inside-display" ]; then
  app=$2 stdout_file=$3 stderr_file=$4 screenshot=$5
  "$app" >"$stdout_file" 2>"$stderr_file" &
  app_pid=$!
  while kill -0 "$app_pid" 2>/dev/null && ! grep -q '^dossier-smoke: rpc ' "$stdout_file"; do
    sleep 0.2
  done
  if kill -0 "$app_pid" 2>/dev/null; then
    # The app stays up 5 s after reporting; give the UI (a debug build is
    # slow to paint) most of that to render the start screen.
    sleep 4
    import -window root "$screenshot" || echo "smoke: screenshot failed (continuing)" >&2
  fi
  app_status=0
  wait "$app_pid" || app_status=$?
  exit "$app_status"
fi

app=${DOSSIER_APP_BIN:-}
if [ -z "$app" ]; then
  target_dir=${CARGO_TARGET_DIR:-$repo/target}
  echo "smoke: building dossier-app (set DOSSIER_APP_BIN to skip)"
  (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build --quiet -p dossier-app)
  app="$target_dir/debug/dossier-app"
fi
[ -x "$app" ] || { echo "smoke: FAIL: no app binary at $app" >&2; exit 1; }
cli=${DOSSIER_BIN:-}
if [ -z "$cli" ]; then
  target_dir=${CARGO_TARGET_DIR:-$repo/target}
  (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build --quiet -p dossier-cli)
  cli="$target_dir/debug/dossier"
fi

mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
library="$scratch/library"
home="$scratch/home"
mkdir -p "$home"
"$cli" --library "$library" import "$repo/tests/fixtures/port-strike-mombasa.txt" >/dev/null 2>"$scratch/import.err" ||
  { echo "smoke: FAIL: importing the article:" >&2; cat "$scratch/import.err" >&2; exit 1; }
stdout_file="$artifacts/smoke-stdout.txt"
stderr_file="$artifacts/smoke-stderr.txt"
screenshot="$artifacts/smoke-window.png"
rm -f "$stdout_file" "$stderr_file" "$screenshot"

status=0
(cd "$scratch" && HOME="$home" DOSSIER_LIBRARY="$library" DOSSIER_SMOKE_TEST=1 DOSSIER_SMOKE_EXPORT=1 timeout "${SMOKE_TIMEOUT:-120}" \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  "$here/smoke.sh" --inside-display "$app" "$stdout_file" "$stderr_file" "$screenshot") || status=$?

fail() {
  echo "smoke: FAIL: $1" >&2
  echo "--- app stdout ($stdout_file)" >&2; cat "$stdout_file" >&2 || true
  echo "--- app stderr ($stderr_file)" >&2; tail -n 30 "$stderr_file" >&2 || true
  exit 1
}

[ "$status" -ne 124 ] || fail "the app did not report a stats round trip within ${SMOKE_TIMEOUT:-120} s"
report=$(grep '^dossier-smoke: rpc ' "$stdout_file" || true)
[ -n "$report" ] || fail "the app exited ($status) without reporting an rpc round trip"
case "$report" in
  "dossier-smoke: rpc stats ok "*) ;;
  *) fail "the stats call did not succeed: $report" ;;
esac
# The answer must come from the library the app was pointed at, proving it
# honours DOSSIER_LIBRARY like the CLI does.
grep -qF "\"path\":\"$library\"" <<<"$report" || fail "stats did not name the library $library: $report"
[ "$status" -eq 0 ] || fail "the app exited with status $status after a successful round trip"
[ -s "$screenshot" ] || fail "no screenshot of the window at $screenshot"
download=$(sed -n 's/^dossier-smoke: downloaded ok //p' "$stdout_file")
[ -n "$download" ] || fail "clicking Export saved no file"
case "$download" in
  "$home"/*) ;;
  *) fail "the export was saved at $download, not in the user's folder $home" ;;
esac
[ -f "$download" ] || fail "the app reported $download, which does not exist"
head -n 1 "$download" | grep -q '^claim_id,kind,text,speaker' || fail "$download is not the CSV export"
grep -q 'Halima Njoroge' "$download" || fail "$download lacks the article's claims"

echo "smoke: ok: $report"
echo "smoke: export saved at $download"
echo "smoke: screenshot at $screenshot"
