#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for a bounded time (default 20 s each),
# with inputs up to 64 KB and 2 GB of memory: a crash, a leak of memory
# past the limit or a timeout of 10 s on one input fails the run.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-20}"
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-/var/tmp/dossier-fuzz-target}"
for target in extract countries ingest_html ingest_jsonl query; do
    echo "==> fuzz $target for ${seconds}s" >&2
    cargo +nightly fuzz run "$target" -- \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10
done
