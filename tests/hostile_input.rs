//! Hostile input, in `cargo test`: property-based fuzzing of the extractor,
//! the country tagger and the search query parser (through the command
//! list, as every host calls it), pathological inputs that would make a
//! naive parser hang, and the import limits on file size, JSONL line length
//! and HTML nesting depth — each refused with a message naming the item
//! while the rest of the batch goes on. The importers' own proptest suite
//! is `dossier-import/tests/fuzz.rs`; the cargo-fuzz targets for long runs
//! are in `fuzz/`.
//!
//! Case counts are small so the suite stays fast; `PROPTEST_CASES=100000`
//! runs the same strategies for longer.

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use proptest::prelude::*;
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

/// How long one input may take before it counts as a hang. Generous on
/// purpose: this catches runaway loops, not slowness.
const HANG: Duration = Duration::from_secs(20);

/// Runs `f` on a worker thread; fails the test if it panics or hangs.
fn guarded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(f());
    });
    match receiver.recv_timeout(HANG) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what} did not finish within {HANG:?}: a hang"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what} panicked"),
    }
}

/// Pieces of news text that exercise quote pairing, attribution and
/// sentence splitting, mixed with hostile Unicode.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("'".to_string()),
        Just(" said ".to_string()),
        Just(", according to ".to_string()),
        Just(" told reporters".to_string()),
        Just(" denied".to_string()),
        Just(" continued into ".to_string()),
        Just(" Grand Slam".to_string()),
        Just(" told an Easton channel".to_string()),
        Just(", Ms Finch said".to_string()),
        Just(": ".to_string()),
        Just("Tony Blair".to_string()),
        Just(" the prime minister".to_string()),
        Just("Kurt Tong".to_string()),
        Just(", a spokesperson for the ministry,".to_string()),
        Just(" Japan ".to_string()),
        Just(" Japanese ".to_string()),
        Just(" he ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("Mr. ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\u{301}".to_string()),
        Just("\u{200f}".to_string()),
        Just("🇯🇵".to_string()),
        Just("\u{0}".to_string()),
        "[a-zA-Z]{1,12}",
        any::<char>().prop_map(String::from),
    ]
}

fn news_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(news_piece(), 0..120).prop_map(|pieces| pieces.concat())
}

/// Checks the span invariants every consumer of the extractor relies on.
fn check_claims(text: &str, claims: &[dossier_extract::Claim]) {
    for claim in claims {
        let span = claim.span;
        assert!(span.start <= span.end && span.end <= text.len(), "claim span {span:?} outside {} bytes", text.len());
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "claim span {span:?} splits a char"
        );
        if let Some(cue) = claim.cue {
            assert!(cue.end <= text.len() && text.is_char_boundary(cue.start) && text.is_char_boundary(cue.end));
        }
        if let Some(speaker) = &claim.speaker {
            let mention = speaker.mention;
            assert!(
                mention.end <= text.len() && text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end)
            );
        }
    }
}

fn extract_and_tag(text: String) {
    let claims = guarded("extract", {
        let text = text.clone();
        move || dossier_extract::extract(&text)
    });
    check_claims(&text, &claims);
    guarded("country tagging", move || {
        let spans = dossier_core::ingest::claim_spans(&claims);
        let tags = dossier_countries::tag_article("Title", &text, None, &spans);
        assert_eq!(tags.claims.len(), spans.len(), "one tag list per claim");
        let is_code = |code: &str| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        assert!(tags.claims.iter().flatten().all(|tag| is_code(tag.code)), "{:?}", tags.claims);
        for mention in dossier_countries::find_mentions(&text, None) {
            assert!(is_code(mention.code), "{mention:?}");
            assert!(mention.start < mention.end && mention.end <= text.len(), "{mention:?} outside the text");
            assert!(text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end), "{mention:?}");
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn extractor_and_tagger_survive_news_soup(text in news_soup()) {
        extract_and_tag(text);
    }

    #[test]
    fn extractor_and_tagger_survive_any_string(text in any::<String>()) {
        extract_and_tag(text);
    }
}

/// One small library shared by the query fuzzing cases.
fn query_library() -> &'static (tempfile::TempDir, Library) {
    static LIBRARY: OnceLock<(tempfile::TempDir, Library)> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(dir.path()).unwrap();
        cmd::ImportSamplesRequest {}.run(&library).unwrap();
        (dir, library)
    })
}

fn query_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("*".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" AND ".to_string()),
        Just(" OR ".to_string()),
        Just(" NOT ".to_string()),
        Just("-".to_string()),
        Just("+".to_string()),
        Just(":".to_string()),
        Just("speaker:".to_string()),
        Just("country:".to_string()),
        Just("kind:".to_string()),
        Just("outlet:".to_string()),
        Just("[".to_string()),
        Just(" TO ".to_string()),
        Just("^2".to_string()),
        Just("~".to_string()),
        Just("\\".to_string()),
        Just(" ".to_string()),
        "[a-z]{1,8}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any query string either searches or is refused as invalid input
    /// with a message; it never panics, hangs or surfaces an index error.
    #[test]
    fn any_query_searches_or_is_refused_cleanly(pieces in prop::collection::vec(query_piece(), 0..24), facets: bool) {
        let query = pieces.concat();
        let request = cmd::SearchRequest { query: query.clone(), facets, limit: Some(5), ..Default::default() };
        let result = guarded("search", move || {
            cmd::dispatch(&query_library().1, "search", serde_json::to_value(request).unwrap())
                .map_err(|e| dossier_core::error::WireError::from(&e))
        });
        if let Err(error) = result {
            prop_assert_eq!(error.code.as_str(), "invalid_input", "query {:?}: {}", query, error.message);
        }
    }
}

/// Inputs that make tantivy's query grammar panic (found by the property
/// test above) are refused as queries it cannot understand.
#[test]
fn queries_that_make_the_parser_panic_are_refused() {
    for query in ["- *(", "x - *[ y", "- *[ NOT speaker:\"\\ OR ("] {
        let request = cmd::SearchRequest { query: query.to_string(), ..Default::default() };
        let error = guarded("search", move || {
            cmd::dispatch(&query_library().1, "search", serde_json::to_value(request).unwrap())
                .map_err(|e| dossier_core::error::WireError::from(&e))
        })
        .expect_err(query);
        assert_eq!(error.code, "invalid_input", "{query}: {}", error.message);
        assert!(error.message.contains("cannot understand the query"), "{}", error.message);
    }
}

#[test]
fn pathological_texts_finish() {
    let cases: Vec<(&str, String)> = vec![
        ("100k opening quotes", "“".repeat(100_000)),
        ("one 1 MB word", "x".repeat(1 << 20)),
        ("deep parentheses", format!("{}word{}", "(".repeat(50_000), ")".repeat(50_000))),
        ("50k sentences naming speakers", "Anna Berg, a minister, said \"yes.\" ".repeat(20_000)),
        ("combining marks", "e\u{301}".repeat(200_000)),
        ("country names only", "Japan Kenya Chile ".repeat(50_000)),
    ];
    for (name, text) in cases {
        let claims = guarded(name, {
            let text = text.clone();
            move || dossier_extract::extract(&text)
        });
        check_claims(&text, &claims);
        guarded(name, move || dossier_countries::find_mentions(&text, None).len());
    }
}

/// Imports `paths` into a fresh library and returns the report.
fn import(paths: Vec<std::path::PathBuf>) -> cmd::ImportReport {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(&dir.path().join("lib")).unwrap();
    cmd::ImportPathsRequest { paths, metadata: Default::default() }.run(&library).unwrap()
}

#[test]
fn oversized_files_long_lines_and_deep_html_are_refused_by_name_and_the_rest_imports() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge).unwrap().set_len(dossier_import::MAX_DOCUMENT_BYTES + 1).unwrap();

    let long_lines = dir.path().join("long.jsonl");
    let long_body = "word ".repeat(dossier_import::MAX_LINE_BYTES / 5 + 1);
    let lines = [
        serde_json::json!({"title": "Before", "body": "\"Line one stays,\" said Ada Lund."}).to_string(),
        serde_json::json!({"title": "Too long", "body": long_body}).to_string(),
        serde_json::json!({"title": "After", "body": "\"Line three stays too,\" said Ada Lund."}).to_string(),
    ];
    std::fs::write(&long_lines, lines.join("\n")).unwrap();

    let deep = dir.path().join("deep.html");
    let depth = dossier_import::MAX_HTML_DEPTH + 10;
    std::fs::write(
        &deep,
        format!("<html><body>{}<p>Deep text.</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth)),
    )
    .unwrap();

    let fine = dir.path().join("fine.md");
    std::fs::write(&fine, "# A fine article\n\n\"It imports,\" said Ada Lund.\n").unwrap();

    let report = import(vec![huge.clone(), long_lines.clone(), deep.clone(), fine]);
    let titles: Vec<&str> = report.imported.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "the good items import: {titles:?}");
    assert!(titles.contains(&"Before") && titles.contains(&"After") && titles.contains(&"A fine article"));

    let failure = |needle: &str| {
        report
            .failed
            .iter()
            .find(|f| f.item.contains(needle))
            .unwrap_or_else(|| panic!("no failure for {needle}: {:?}", report.failed))
    };
    let too_big = failure("huge.txt");
    assert_eq!(too_big.code, "too_large");
    assert!(too_big.message.contains("over the limit"), "{}", too_big.message);
    let too_long = failure("long.jsonl");
    assert_eq!(too_long.code, "too_large");
    assert!(
        too_long.message.contains("long.jsonl:2") && too_long.message.contains("per JSONL line"),
        "{}",
        too_long.message
    );
    let too_deep = failure("deep.html");
    assert!(
        too_deep.message.contains(&format!("nested more than {} elements", dossier_import::MAX_HTML_DEPTH)),
        "{}",
        too_deep.message
    );
    assert_eq!(report.failed.len(), 3);
}
