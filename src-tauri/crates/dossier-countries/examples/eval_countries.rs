//! Scores the country tagger on a gold corpus in LGL format, for developers:
//! `cargo run -p dossier-countries --release --example eval_countries -- GOLD.jsonl [--json] [--errors]`.
//! `--errors` also lists the words behind false positives and the gold
//! phrases behind false negatives most often, to find rules that misfire
//! across the corpus.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let errors = args.iter().any(|a| a == "--errors");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")).map(PathBuf::from) else {
        eprintln!("usage: eval_countries GOLD.jsonl [--json]");
        return ExitCode::from(2);
    };
    match dossier_countries::eval::evaluate_file(&path) {
        Ok(report) if json => {
            println!("{}", serde_json::to_string_pretty(&report).expect("a report serializes"));
            ExitCode::SUCCESS
        }
        Ok(report) => {
            print!("{report}");
            if errors {
                print_false_positive_words(&path);
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the evidence words of false-positive countries and the gold
/// phrases of false-negative countries, most frequent first.
fn print_false_positive_words(path: &std::path::Path) {
    let (Ok(articles), Ok(raw)) = (dossier_countries::eval::read_gold(path), std::fs::read_to_string(path)) else {
        return;
    };
    let records: Vec<serde_json::Value> = raw.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let mut false_positives: HashMap<String, usize> = HashMap::new();
    let mut false_negatives: HashMap<String, usize> = HashMap::new();
    for (article, record) in articles.iter().zip(&records) {
        let tags = dossier_countries::tag_article(&article.title, &article.text, article.date, &[]);
        for country in tags.countries.iter().filter(|c| !article.countries.contains(c.code)) {
            for words in &country.evidence {
                *false_positives.entry(format!("{} {words}", country.code)).or_default() += 1;
            }
        }
        let found: Vec<&str> = tags.countries.iter().map(|c| c.code).collect();
        let mentions = record.get("mentions").and_then(|m| m.as_array()).cloned().unwrap_or_default();
        for mention in mentions {
            let code = mention.get("iso2").and_then(|c| c.as_str()).unwrap_or_default();
            if !code.is_empty() && !found.contains(&code) {
                let phrase = mention.get("phrase").and_then(|p| p.as_str()).unwrap_or_default();
                *false_negatives.entry(format!("{code} {phrase}")).or_default() += 1;
            }
        }
    }
    print_counts("false-positive words (articles)", false_positives);
    print_counts("gold phrases of false-negative countries (mentions)", false_negatives);
}

fn print_counts(heading: &str, counts: HashMap<String, usize>) {
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{heading}:");
    for (words, count) in counts.iter().take(60) {
        println!("  {count:4}  {words}");
    }
}
