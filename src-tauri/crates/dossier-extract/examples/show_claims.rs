//! Development helper: prints the claims extracted from a text file, one
//! per line, to inspect extraction by eye.
//!
//! `cargo run -p dossier-extract --example show_claims -- ARTICLE.txt`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: show_claims ARTICLE.txt");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    for c in dossier_extract::extract(&text) {
        let speaker = c.speaker.as_ref().map_or("-".to_string(), |s| {
            format!("{} [{}] ({})", s.name, s.role.as_deref().unwrap_or("-"), s.kind.as_str())
        });
        let cue = c.cue.map_or("-", |s| &text[s.start..s.end]);
        println!("{:<9} {:<8} {:<60} | {}", c.kind.as_str(), cue, speaker, &text[c.span.start..c.span.end]);
    }
    ExitCode::SUCCESS
}
