#!/usr/bin/env bash
# Desktop app benchmark: how long the real window takes to show its first
# screen, and how much memory the app uses, with a given library open.
#
# Usage: scripts/bench-app.sh [LIBRARY] [RUNS]
#   LIBRARY  default /var/tmp/dossier-bench/library-x100, the 100x BBC library
#            that `cargo bench -p dossier-core --bench pipeline -- --scale 100`
#            leaves behind
#   RUNS     default 3
#   DOSSIER_APP_BIN=path  use this app binary instead of building the release one
#   COLD=1   drop the kernel's page cache before each run (needs root), so the
#            app, WebKit and the library are read from disk as after a reboot
#
# Each run starts the release app under Xvfb in smoke-test mode, where it
# prints every command it answers with the time since it started. The first
# screen is up when the start screen's first `search` is answered (the UI
# renders it at once); the time printed here runs from spawning the process,
# so it includes loading WebKit. Memory (RSS and PSS from /proc) of the app
# process and of the WebKit processes it started is sampled 2 s after that.
# Prints numbers only; it asserts nothing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)

# Inside the virtual display: one run; prints one line of figures.
if [ "${1:-}" = "--inside-display" ]; then
  app=$2 out=$3
  : >"$out"
  start=$(date +%s%N)
  "$app" >"$out" 2>/dev/null &
  app_pid=$!
  first_screen_ms=
  while kill -0 "$app_pid" 2>/dev/null; do
    if [ -z "$first_screen_ms" ] && grep -q '^dossier-smoke: answered search ' "$out"; then
      first_screen_ms=$((($(date +%s%N) - start) / 1000000))
      break
    fi
    sleep 0.01
  done
  [ -n "$first_screen_ms" ] || { echo "the app ended without answering a search" >&2; exit 1; }
  sleep 2
  memory() { # pid -> "rss_kb pss_kb"
    echo "$(awk '/^VmRSS/ {print $2}' "/proc/$1/status") $(awk '/^Pss:/ {s += $2} END {print s}' "/proc/$1/smaps_rollup")"
  }
  read -r app_rss app_pss < <(memory "$app_pid")
  web_rss=0 web_pss=0
  for child in $(pgrep -P "$app_pid"); do
    read -r rss pss < <(memory "$child")
    web_rss=$((web_rss + rss)) web_pss=$((web_pss + pss))
  done
  stats_ms=$(sed -n 's/^dossier-smoke: answered stats ok after \([0-9]*\) ms$/\1/p' "$out" | head -1)
  search_ms=$(sed -n 's/^dossier-smoke: answered search ok after \([0-9]*\) ms$/\1/p' "$out" | head -1)
  echo "$first_screen_ms $stats_ms $search_ms $((app_rss / 1024)) $((app_pss / 1024)) $((web_rss / 1024)) $((web_pss / 1024))"
  wait "$app_pid" || true
  exit 0
fi

library=${1:-/var/tmp/dossier-bench/library-x100}
runs=${2:-3}
[ -f "$library/library.sqlite" ] || { echo "bench-app: no library at $library (see the usage at the top of $0)" >&2; exit 1; }
app=${DOSSIER_APP_BIN:-}
if [ -z "$app" ]; then
  target_dir=${CARGO_TARGET_DIR:-$repo/target}
  echo "bench-app: building the release app (set DOSSIER_APP_BIN to skip)"
  (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build --quiet --release -p dossier-app)
  app="$target_dir/release/dossier-app"
fi
command -v xvfb-run >/dev/null || { echo "bench-app: needs xvfb-run (apt install xvfb)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ "${COLD:-0}" = 1 ]; then
  [ -w /proc/sys/vm/drop_caches ] || { echo "bench-app: COLD=1 needs root (writes /proc/sys/vm/drop_caches)" >&2; exit 1; }
  echo "Cold: the page cache is dropped before each run."
fi
echo "Library: $library ($(du -sh "$library" | cut -f1) on disk); $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| run | first screen (spawn -> first search answered) | stats answered | first search answered | app process RSS / PSS | WebKit processes RSS / PSS | total PSS |"
echo "|---|---|---|---|---|---|---|"
for run in $(seq "$runs"); do
  if [ "${COLD:-0}" = 1 ]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches
  fi
  figures=$(DOSSIER_LIBRARY="$library" DOSSIER_SMOKE_TEST=1 timeout 120 \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
    "$0" --inside-display "$app" "$scratch/out-$run.txt")
  read -r first stats search app_rss app_pss web_rss web_pss <<<"$figures"
  echo "| $run | $first ms | $stats ms | $search ms | $app_rss / $app_pss MB | $web_rss / $web_pss MB | $((app_pss + web_pss)) MB |"
done
echo
echo "stats and search times are measured by the app from the start of main(); the first screen from spawning it."
