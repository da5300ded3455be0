//! Extraction speed on the PolNeAR train split: reads every article, runs
//! `extract` on one thread, and prints articles, MB, seconds and MB/s.
//!
//! `cargo bench -p dossier-extract --bench extract [-- PATH]`; the default
//! path is /work/shared/corpora/polnear/train.jsonl. A missing corpus is
//! reported and skipped, not an error, so the bench runs anywhere.

use std::path::PathBuf;
use std::time::Instant;

const DEFAULT_CORPUS: &str = "/work/shared/corpora/polnear/train.jsonl";

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CORPUS));
    let content = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            println!("skipping the extraction bench: cannot read {}: {e}", path.display());
            return;
        }
    };
    let mut texts = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                println!("skipping the extraction bench: {}:{}: {e}", path.display(), n + 1);
                return;
            }
        };
        if let Some(text) = value.get("text").or_else(|| value.get("body")).and_then(|t| t.as_str()) {
            texts.push(text.to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = Instant::now();
    let mut claims = 0;
    for text in &texts {
        claims += std::hint::black_box(dossier_extract::extract(text)).len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = bytes as f64 / 1_000_000.0;
    println!(
        "extract: {} articles, {:.2} MB, {} claims, {:.3} s, {:.1} MB/s (one thread)",
        texts.len(),
        megabytes,
        claims,
        seconds,
        megabytes / seconds
    );
}
