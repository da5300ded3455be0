//! Tagging throughput on one core, in MB of text per second, over the BBC
//! News bodies in `../shared/corpora/news/bbc.jsonl` (or the path given as
//! the first argument / `DOSSIER_BENCH_CORPUS`). Skips with a message when
//! the corpus is absent.

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn corpus_path() -> PathBuf {
    if let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) {
        return PathBuf::from(path);
    }
    if let Ok(path) = std::env::var("DOSSIER_BENCH_CORPUS") {
        return PathBuf::from(path);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/corpora/news/bbc.jsonl")
}

fn main() {
    let path = corpus_path();
    let Ok(content) = std::fs::read_to_string(&path) else {
        println!("tagging bench skipped: corpus {} not found", path.display());
        return;
    };
    let bodies: Vec<(String, String)> = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|v| {
            let field = |name: &str| v.get(name).and_then(|t| t.as_str()).unwrap_or_default().to_string();
            (field("title"), field("body"))
        })
        .collect();
    let bytes: usize = bodies.iter().map(|(t, b)| t.len() + b.len()).sum();
    // Warm up: builds the gazetteer and its trie once.
    let started = Instant::now();
    dossier_countries::find_mentions("Warm-up text about Japan.", None);
    println!("gazetteer load: {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);

    let mut rounds = 0;
    let mut mentions = 0;
    let started = Instant::now();
    while rounds < 3 || started.elapsed() < Duration::from_secs(3) {
        for (title, body) in &bodies {
            mentions += dossier_countries::tag_article(title, body, None, &[]).countries.len();
        }
        rounds += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = (bytes * rounds) as f64 / 1_000_000.0;
    println!(
        "tag_article: {} articles x {rounds} rounds, {:.1} MB in {seconds:.2} s: {:.1} MB/s ({} country tags)",
        bodies.len(),
        megabytes,
        megabytes / seconds,
        mentions / rounds
    );
}
