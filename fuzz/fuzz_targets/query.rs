//! libFuzzer target: any string as a search query, through the command
//! list against a small library of the sample articles, either searches or
//! is refused as `invalid_input` — never a panic or an index error.
#![no_main]

use dossier_core::commands::dispatch;
use dossier_core::error::WireError;
use dossier_core::Library;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn library() -> &'static Library {
    static LIBRARY: OnceLock<(tempfile::TempDir, Library)> = OnceLock::new();
    &LIBRARY
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temporary library folder");
            let library = Library::open(dir.path()).expect("open library");
            dispatch(&library, "import_samples", serde_json::json!({})).expect("import the samples");
            (dir, library)
        })
        .1
}

fuzz_target!(|query: &str| {
    let request = serde_json::json!({ "query": query, "facets": true, "limit": 5 });
    if let Err(error) = dispatch(library(), "search", request) {
        let wire = WireError::from(&error);
        assert_eq!(wire.code, "invalid_input", "query {query:?}: {}", wire.message);
    }
});
