//! Property-based fuzzing of every importer through the public entry point
//! [`read_bytes`]: random bytes, random text, and "soups" built from the
//! pieces each format's parser cares about (tags, entities, quotes, front
//! matter fences, JSON punctuation). Whatever the input, parsing must not
//! panic, and every record it yields must keep the record invariants the
//! engine relies on. Case counts are modest so the suite stays fast; the
//! same strategies run longer with `PROPTEST_CASES=100000`.

use dossier_import::{parse_date, read_bytes, ArticleRecord, Format, Metadata};
use proptest::prelude::*;

const FORMATS: [Option<Format>; 6] =
    [None, Some(Format::Txt), Some(Format::Md), Some(Format::Html), Some(Format::Jsonl), Some(Format::Json)];

/// The invariants of a record, whatever the input was.
fn check_record(record: &ArticleRecord) {
    assert!(!record.title.trim().is_empty(), "empty title in {record:?}");
    assert!(!record.body.trim().is_empty(), "empty body in {record:?}");
    assert!(!record.body.contains('\r'), "carriage return in body");
    assert!(!record.body.contains('\0'), "NUL in body");
    assert!(!record.title.contains('\n'), "line break in title");
    if let Some(url) = &record.url {
        assert!(url.starts_with("http://") || url.starts_with("https://"), "unsafe URL kept: {url}");
    }
}

/// Runs one input through every format and checks what comes out.
fn import_everywhere(bytes: &[u8]) {
    for format in FORMATS {
        for result in read_bytes("fuzz-input", bytes, format, &Metadata::default()) {
            match result {
                Ok(record) => check_record(&record),
                Err(error) => assert_eq!(error.item().split([':', '[']).next(), Some("fuzz-input"), "{error}"),
            }
        }
    }
}

/// Pieces of HTML that exercise the tokenizer's and extractor's edge cases.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("</div>".to_string()),
        Just("<article>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<br/>".to_string()),
        Just("<li>".to_string()),
        Just("<pre>".to_string()),
        Just("<title>".to_string()),
        Just("<meta property=\"og:url\" content=\"javascript:x\">".to_string()),
        Just("<time datetime=\"2026-11-28\">".to_string()),
        Just("<a href='".to_string()),
        Just("&amp;".to_string()),
        Just("&#x".to_string()),
        Just("&#99999999;".to_string()),
        Just("&ldquo".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("\"".to_string()),
        Just("=".to_string()),
        Just("\n".to_string()),
        "[a-zA-Z “”é]{0,12}",
    ]
}

/// Pieces of Markdown and front matter.
fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_string()),
        Just("+++\n".to_string()),
        Just("title: ".to_string()),
        Just("date: 28 Nov 2026\n".to_string()),
        Just("url: javascript:alert(1)\n".to_string()),
        Just("# ".to_string()),
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("```".to_string()),
        Just("**".to_string()),
        Just("![x](y)".to_string()),
        Just("[a](".to_string()),
        Just("|".to_string()),
        Just("<b>".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        "[a-z “”]{0,10}",
    ]
}

/// Pieces of JSON lines.
fn json_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("\"title\":".to_string()),
        Just("\"body\":".to_string()),
        Just("\"text\":".to_string()),
        Just("\"id\":".to_string()),
        Just("\"published\":".to_string()),
        Just("\"\\u0000\"".to_string()),
        Just("\"x\\r\\ny\"".to_string()),
        Just("null".to_string()),
        Just("12".to_string()),
        Just(",".to_string()),
        Just("\n".to_string()),
        "\"[a-z ]{0,8}\"",
    ]
}

fn soup(piece: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

/// Cases per property: 256 by default (a few seconds), more for a long
/// fuzzing session via `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        import_everywhere(&bytes);
    }

    #[test]
    fn random_text(text in "\\PC{0,300}") {
        import_everywhere(text.as_bytes());
    }

    #[test]
    fn dates_round_trip(text in "\\PC{0,40}|[0-9]{1,5}[-/ ][0-9]{1,2}[-/ ][0-9]{1,4}([T ][0-9:+Z-]{0,14})?|[A-Za-z]{3,9}\\.? [0-9]{1,2},? [0-9]{4}") {
        if let Some(date) = parse_date(&text) {
            prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Some(date), "from {:?}", text);
        }
    }

    #[test]
    fn html_soup(html in soup(html_piece())) {
        import_everywhere(html.as_bytes());
    }

    #[test]
    fn markdown_soup(markdown in soup(markdown_piece())) {
        import_everywhere(markdown.as_bytes());
    }

    #[test]
    fn jsonl_soup(jsonl in soup(json_piece())) {
        import_everywhere(jsonl.as_bytes());
    }

    #[test]
    fn valid_jsonl_lines_all_come_back(bodies in prop::collection::vec("[a-zA-Z][a-zA-Z .,]{0,40}", 1..20)) {
        let input: String = bodies
            .iter()
            .map(|body| format!("{}\n", serde_json::json!({"title": "T", "body": body})))
            .collect();
        let results = read_bytes("feed.jsonl", input.as_bytes(), None, &Metadata::default());
        prop_assert_eq!(results.len(), bodies.len());
        for (result, body) in results.iter().zip(&bodies) {
            let record = result.as_ref().expect("valid line");
            prop_assert_eq!(&record.body, body.trim_end());
        }
    }
}

/// Hostile shapes a random generator rarely reaches: huge nesting, long runs
/// of one character, unterminated constructs at scale.
#[test]
fn pathological_inputs_finish() {
    let inputs = [
        "<div>".repeat(100_000),
        "<p><b><i>".repeat(50_000),
        "<".repeat(200_000),
        "&".repeat(200_000),
        "&#".repeat(100_000),
        "<a href=\"".to_string() + &"x".repeat(200_000),
        "<!--".to_string() + &"-".repeat(200_000),
        "<script>".to_string() + &"</scrip".repeat(30_000),
        ">".repeat(100_000) + "deep",
        "[".repeat(100_000),
        "{\"body\":".repeat(50_000),
        "- ".repeat(50_000) + "x",
        "*".repeat(100_000),
    ];
    for input in &inputs {
        import_everywhere(input.as_bytes());
    }
}
