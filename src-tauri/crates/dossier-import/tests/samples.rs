//! The first-run sample articles shipped in `dossier-core/samples/` must
//! import cleanly through this crate, with every metadata field present, so
//! a new user's first look at Dossier shows complete articles.

use dossier_import::{expand_paths, read_path, Metadata};
use std::path::PathBuf;

/// This package's folder, as `cargo test` says when the test runs (not
/// `env!`: a shared target folder may hold a build from another checkout).
fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("tests run under cargo"))
}

#[test]
fn every_sample_imports_with_full_metadata() {
    let folder = manifest_dir().join("../dossier-core/samples");
    let files: Vec<_> = expand_paths(&[folder]).into_iter().map(Result::unwrap).collect();
    assert!((5..=6).contains(&files.len()), "{} samples", files.len());
    let mut urls = Vec::new();
    for file in &files {
        let records: Vec<_> = read_path(file, &Metadata::default()).collect();
        assert_eq!(records.len(), 1, "{}", file.display());
        let record = records.into_iter().next().unwrap().unwrap();
        let name = file.display();
        assert!(record.outlet.is_some() && record.author.is_some(), "{name}: outlet and author");
        assert!(record.url.as_deref().is_some_and(|u| u.starts_with("https://example.com/")), "{name}: url");
        assert!(record.published.is_some_and(|d| d.format("%Y").to_string() == "2026"), "{name}: date");
        let words = record.body.split_whitespace().count();
        assert!((300..=600).contains(&words), "{name}: {words} words");
        assert!(record.body.matches('“').count() >= 3, "{name}: rich in direct quotes");
        urls.push(record.url.unwrap());
    }
    urls.sort();
    urls.dedup();
    assert_eq!(urls.len(), files.len(), "each sample has its own URL");
}
