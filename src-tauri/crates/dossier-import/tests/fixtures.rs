//! The shared fixture articles in `tests/fixtures/` (repository root) read
//! through the public API exactly as the engine reads them: each format
//! gives the expected metadata and text, hostile HTML keeps no code, and
//! each bad file fails with its own clear error naming it.

use chrono::NaiveDate;
use dossier_import::{expand_paths, read_path, ArticleRecord, ImportError, Metadata};
use std::path::PathBuf;

/// This package's folder, as `cargo test` says when the test runs (not
/// `env!`: a shared target folder may hold a build from another checkout).
fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("tests run under cargo"))
}

fn fixtures() -> PathBuf {
    manifest_dir().join("../../../tests/fixtures")
}

fn read(name: &str) -> Vec<Result<ArticleRecord, ImportError>> {
    read_path(&fixtures().join(name), &Metadata::default()).collect()
}

fn read_one(name: &str) -> ArticleRecord {
    let mut results = read(name);
    assert_eq!(results.len(), 1, "{name}");
    results.remove(0).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn read_error(name: &str) -> ImportError {
    let mut results = read(name);
    assert_eq!(results.len(), 1, "{name}");
    let error = results.remove(0).expect_err(name);
    assert!(error.item().ends_with(name), "{error} should name {name}");
    assert!(error.to_string().contains(name), "{error}");
    error
}

#[test]
fn plain_text() {
    let record = read_one("port-strike-mombasa.txt");
    assert_eq!(record.title, "Mombasa dockworkers end strike as Chinese and Japanese shippers weigh new routes");
    assert!(record.body.starts_with("MOMBASA, Kenya — Dockworkers"));
    assert!(record.body.contains("said Halima Njoroge, secretary general of the Dock Workers Union."));
    assert_eq!(record.outlet, None);
}

#[test]
fn markdown_with_front_matter() {
    let record = read_one("chip-materials-pact.md");
    assert_eq!(record.title, "Seoul and Tokyo agree to pool chip-material stockpiles");
    assert_eq!(record.outlet.as_deref(), Some("The Harbour Ledger"));
    assert_eq!(record.author.as_deref(), Some("Min-ji Park"));
    assert_eq!(record.url.as_deref(), Some("https://example.com/ledger/2026/11/chip-materials-pact"));
    assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
    assert!(record.body.starts_with("SEOUL — South Korea and Japan"), "{}", record.body);
    assert!(record.body.contains("\n\nIndustry reaction\n\n"));
    assert!(record.body.contains("“shows how much leverage a handful of Japanese suppliers still have”"));
    assert!(!record.body.contains("**") && !record.body.contains("# "));
}

#[test]
fn html_page() {
    let record = read_one("rainforest-fund.html");
    assert_eq!(record.title, "Brazil and Germany launch €2 billion rainforest restoration fund");
    assert_eq!(record.outlet.as_deref(), Some("Southern Cross Daily"));
    assert_eq!(record.author.as_deref(), Some("Rafael Menezes"));
    assert_eq!(record.url.as_deref(), Some("https://example.com/scd/world/2026/11/27/rainforest-fund"));
    assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 27));
    assert!(record.body.contains("“This money goes to the people who live in the forest, not to consultants in São Paulo or Berlin,” said Ana Luíza Carvalho, Brazil’s minister of the environment."));
    assert!(record.body.contains("BELÉM, Brazil — Brazil and Germany"));
    assert!(record.body.contains("€2 billion"));
    assert!(record.body.contains("donors & observers"));
    for furniture in
        ["Home", "Most read", "newsletter", "dataLayer", "independent since", "All rights reserved", "font-size"]
    {
        assert!(!record.body.contains(furniture), "{furniture:?} leaked into the body");
    }
    assert!(!record.body.contains("restoration fund\n"), "the headline is the title, not repeated in the body");
}

#[test]
fn malicious_html_keeps_text_and_no_code() {
    let record = read_one("malicious-page.html");
    assert_eq!(record.title, "Kenyan solar cooperatives draw investors from India");
    assert_eq!(record.url, None, "javascript: URLs are never kept");
    assert!(record.body.contains("said Joseph Otieno, chairman of the Siaya Solar Cooperative."));
    assert!(record.body.contains("She added that the investors expected"));
    for code in ["evil.example", "document.cookie", "javascript", "onerror", "onload", "Password", "fallback", "svg"] {
        assert!(!record.body.contains(code), "{code:?} in body: {}", record.body);
    }
    assert_eq!(record.body.matches("alert(").count(), 1, "only the escaped text the article quotes");
}

#[test]
fn jsonl_feed_with_one_malformed_line() {
    let results = read("wire-feed.jsonl");
    assert_eq!(results.len(), 5);
    let error = results[2].as_ref().unwrap_err();
    assert!(matches!(error, ImportError::MalformedJson { .. }), "{error}");
    assert!(error.item().ends_with("wire-feed.jsonl:3"), "{error}");
    let records: Vec<&ArticleRecord> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0].source_id.as_deref(), Some("wire-001"));
    assert_eq!(records[1].published, NaiveDate::from_ymd_opt(2026, 11, 26), "`date` and `text` are accepted");
    assert!(records[1].body.starts_with("SÃO PAULO"));
    assert_eq!(records[2].source_id.as_deref(), Some("3"));
    assert_eq!(records[2].published, NaiveDate::from_ymd_opt(2026, 11, 27), "RFC 2822");
    assert_eq!(records[3].published, NaiveDate::from_ymd_opt(2026, 11, 28), "28 November 2026");
    assert!(records[3].item.ends_with("wire-feed.jsonl:5"));
}

#[test]
fn bad_files_fail_with_their_own_reason() {
    assert!(matches!(read_error("bad/binary-image.txt"), ImportError::Binary { .. }));
    assert!(matches!(read_error("bad/invalid-utf8.txt"), ImportError::InvalidUtf8 { offset: 3, .. }));
    assert!(matches!(read_error("bad/empty.txt"), ImportError::Empty { .. }));
    assert!(matches!(read_error("bad/whitespace-only.txt"), ImportError::NoText { .. }));
    assert!(matches!(read_error("bad/no-text.html"), ImportError::NoText { .. }));
}

#[test]
fn the_fixture_folder_expands_in_sorted_order() {
    // Other crates keep fixtures in further subfolders; only the import
    // fixtures (top level and `bad/`) are checked here.
    let root = fixtures();
    let files: Vec<String> = expand_paths(std::slice::from_ref(&root))
        .into_iter()
        .map(|r| r.unwrap().strip_prefix(&root).unwrap().display().to_string())
        .filter(|relative| !relative.contains('/') || relative.starts_with("bad/"))
        .collect();
    assert_eq!(
        files,
        [
            "README.md",
            "chip-materials-pact.md",
            "malicious-page.html",
            "port-strike-mombasa.txt",
            "rainforest-fund.html",
            "wire-feed.jsonl",
            "bad/binary-image.txt",
            "bad/empty.txt",
            "bad/invalid-utf8.txt",
            "bad/no-text.html",
            "bad/whitespace-only.txt",
        ]
    );
}
