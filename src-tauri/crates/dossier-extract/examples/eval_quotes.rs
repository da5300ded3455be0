//! Development runner for the quote evaluation: prints the report for a gold
//! file (PolNeAR JSONL or the seed gold JSON), or JSON with `--json`.
//!
//! `cargo run -p dossier-extract --release --example eval_quotes -- /work/shared/corpora/polnear/dev.jsonl`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--json" {
            json = true;
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() {
        eprintln!("usage: eval_quotes [--json] GOLD_FILE...");
        return ExitCode::from(2);
    }
    for path in paths {
        match dossier_extract::eval::evaluate_file(&path) {
            Ok(report) if json => match serde_json::to_string_pretty(&report) {
                Ok(text) => println!("{text}"),
                Err(e) => {
                    eprintln!("cannot serialize the report for {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
            },
            Ok(report) => println!("{report}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
