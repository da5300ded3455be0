//! Import throughput per format, in MB/s of input, printed as a table.
//!
//! Inputs are built from the shared fixture articles repeated to a few
//! megabytes, so the numbers reflect realistic news text. Run with
//! `cargo bench -p dossier-import --bench import_throughput`.

use dossier_import::{read_bytes, read_path, Format, Metadata};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Size each generated input grows to.
const TARGET_BYTES: usize = 8 * 1024 * 1024;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One large document: the fixture's body repeated inside its wrapper.
fn large_document(format: Format) -> String {
    match format {
        Format::Txt => repeat_to_target(&fixture("port-strike-mombasa.txt")),
        Format::Md => {
            let article = fixture("chip-materials-pact.md");
            let (front, body) = article.split_at(article.find("\n# ").expect("front matter then heading"));
            format!("{front}{}", repeat_to_target(body))
        }
        Format::Html => {
            let page = fixture("rainforest-fund.html");
            let start = page.find("<article>").expect("article start");
            let end = page.find("</article>").expect("article end");
            let inner = repeat_to_target(&page[start + "<article>".len()..end]);
            format!("{}<article>{inner}</article>{}", &page[..start], &page[end..])
        }
        Format::Jsonl => {
            let good: Vec<&str> = fixture_lines();
            let mut out = String::with_capacity(TARGET_BYTES + 4096);
            while out.len() < TARGET_BYTES {
                for line in &good {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            out
        }
        Format::Json => {
            let lines = fixture_lines();
            let mut items = Vec::new();
            let mut size = 0;
            while size < TARGET_BYTES {
                for line in &lines {
                    size += line.len();
                    items.push(*line);
                }
            }
            format!("[{}]", items.join(",\n"))
        }
    }
}

/// The valid lines of the JSONL fixture (leaked so the benchmark can
/// borrow them freely; it runs once).
fn fixture_lines() -> Vec<&'static str> {
    let text: &'static str = Box::leak(fixture("wire-feed.jsonl").into_boxed_str());
    text.lines().filter(|line| serde_json::from_str::<serde_json::Value>(line).is_ok()).collect()
}

fn repeat_to_target(unit: &str) -> String {
    let mut out = String::with_capacity(TARGET_BYTES + unit.len());
    while out.len() < TARGET_BYTES {
        out.push_str(unit);
        out.push_str("\n\n");
    }
    out
}

/// Runs `work` until at least a second has passed; returns MB/s.
fn measure(bytes: usize, mut work: impl FnMut() -> usize) -> (f64, usize) {
    let start = Instant::now();
    let mut runs = 0;
    let mut records = 0;
    while runs == 0 || start.elapsed() < Duration::from_secs(1) {
        records = work();
        runs += 1;
    }
    let seconds = start.elapsed().as_secs_f64() / runs as f64;
    (bytes as f64 / (1024.0 * 1024.0) / seconds, records)
}

fn main() {
    let overrides = Metadata::default();
    println!("{:<28} {:>10} {:>9} {:>10}", "input", "size (MB)", "records", "MB/s");
    for (label, format) in [
        ("plain text (one document)", Format::Txt),
        ("markdown (one document)", Format::Md),
        ("html (one page)", Format::Html),
        ("json (array)", Format::Json),
        ("jsonl (in memory)", Format::Jsonl),
    ] {
        let input = large_document(format);
        let (speed, records) = measure(input.len(), || {
            black_box(read_bytes("bench", input.as_bytes(), Some(format), &overrides))
                .iter()
                .filter(|r| r.is_ok())
                .count()
        });
        println!("{label:<28} {:>10.1} {records:>9} {speed:>10.1}", input.len() as f64 / 1048576.0);
    }

    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("feed.jsonl");
    let input = large_document(Format::Jsonl);
    std::fs::write(&path, &input).expect("write benchmark input");
    let (speed, records) =
        measure(input.len(), || read_path(&path, &overrides).map(black_box).filter(|r| r.is_ok()).count());
    println!(
        "{:<28} {:>10.1} {records:>9} {speed:>10.1}",
        "jsonl (streamed from file)",
        input.len() as f64 / 1048576.0
    );
}
