//! The quote evaluation on small gold files written for these tests, in
//! both formats it reads (PolNeAR JSONL and the seed gold JSON).

use std::path::Path;

use dossier_extract::eval::{evaluate_file, gold_speaker, EvalError, GoldFormat, GoldSpeaker};

/// A PolNeAR-style span: code points and bytes.
fn span(text: &str, needle: &str) -> serde_json::Value {
    let b = text.find(needle).expect("needle in text");
    let c = text[..b].chars().count();
    let len = needle.chars().count();
    serde_json::json!({"c": [c, c + len], "b": [b, b + needle.len()]})
}

const ARTICLE: &str = "“The bridge stays shut,” said Rosa Kim, the city’s transport chief.\n\nShe added that repairs would take a year.\n\nThe city closed 12 roads during the storm and the river froze twice.";

fn polnear_line() -> String {
    let quotes = serde_json::json!([
        {"content": [span(ARTICLE, "“The bridge stays shut,”")], "source": [span(ARTICLE, "Rosa Kim, the city’s transport chief")],
         "cue": [span(ARTICLE, "said")], "direct": true, "speaker_text": "Rosa Kim, the city’s transport chief", "speaker_resolved": null, "kind": "Attribution"},
        {"content": [span(ARTICLE, "repairs would take a year")], "source": [span(ARTICLE, "She")],
         "cue": [span(ARTICLE, "added")], "direct": false, "speaker_text": "She", "speaker_resolved": null, "kind": "Attribution"},
        {"content": [span(ARTICLE, "the river froze twice")], "source": [],
         "cue": [span(ARTICLE, "closed")], "direct": false, "speaker_text": null, "speaker_resolved": null, "kind": "Attribution-no-source"}
    ]);
    serde_json::json!({"id": "fixture-1", "dataset": "polnear", "split": "dev", "text": ARTICLE, "quotes": quotes})
        .to_string()
}

#[test]
fn scores_a_polnear_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gold.jsonl");
    std::fs::write(&path, format!("{}\n", polnear_line())).unwrap();
    let report = evaluate_file(&path).unwrap();
    assert_eq!(report.format, GoldFormat::Polnear);
    assert_eq!(report.articles, 1);
    assert_eq!(report.all.span.gold, 3);
    assert_eq!(report.all.span.found_gold, 2);
    assert_eq!(report.direct.span.found_gold, 1);
    assert_eq!(report.indirect.span.gold, 2);
    assert_eq!(report.all.span.predictions, 2);
    assert_eq!(report.all.span.precision, 1.0);
    assert_eq!(report.all.speaker.correct, 2);
    assert_eq!(report.all.speaker.unverifiable, 1);
    assert_eq!(report.all.end_to_end.found_gold, 2);
    assert!(report.statements_excluded >= 1);
    let table = report.to_string();
    assert!(table.contains("direct") && table.contains("indirect"));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["all"]["span"]["gold"], 3);
}

#[test]
fn scores_a_seed_file_with_core_items() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("article.txt"), ARTICLE).unwrap();
    let quote = |content: &str, speaker: &str, role: Option<&str>, kind: &str| {
        let b = ARTICLE.find(content).unwrap();
        serde_json::json!({"type": kind, "content_text": content, "content_bytes": [b, b + content.len()],
            "speaker_resolved": speaker, "speaker_role": role, "tier": "core"})
    };
    let gold = serde_json::json!({"file": "article.txt", "quotes": [
        quote("“The bridge stays shut,”", "Rosa Kim", Some("the city’s transport chief"), "direct"),
        quote("repairs would take a year", "Rosa Kim", Some("the city’s transport chief"), "indirect"),
        quote("the river froze twice", "Rosa Kim", None, "indirect"),
    ]});
    let path = dir.path().join("gold.json");
    std::fs::write(&path, gold.to_string()).unwrap();
    let report = evaluate_file(&path).unwrap();
    assert_eq!(report.format, GoldFormat::Seed);
    let core = report.core.as_ref().unwrap();
    assert_eq!(core.len(), 3);
    assert!(core[0].ok && core[1].ok);
    assert!(!core[2].ok);
    assert!(report.to_string().contains("2/3"));
}

#[test]
fn errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.jsonl");
    std::fs::write(&path, format!("{}\n{{not json\n", polnear_line())).unwrap();
    let err = evaluate_file(&path).unwrap_err();
    assert!(matches!(err, EvalError::Json { line: 2, .. }));
    assert!(err.to_string().contains("broken.jsonl:2"));

    let missing = evaluate_file(Path::new("/nonexistent/gold.jsonl")).unwrap_err();
    assert!(missing.to_string().contains("/nonexistent/gold.jsonl"));

    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "\n").unwrap();
    assert!(matches!(evaluate_file(&empty).unwrap_err(), EvalError::Empty { .. }));

    let bad_span = dir.path().join("span.jsonl");
    let line = polnear_line().replace("\"b\":[0,", "\"b\":[9999,");
    std::fs::write(&bad_span, line).unwrap();
    assert!(matches!(evaluate_file(&bad_span).unwrap_err(), EvalError::BadSpan { line: 1, .. }));
}

#[test]
fn gold_speaker_head_words() {
    assert_eq!(gold_speaker(Some("Japanese Prime Minister Sanae Takaichi")), GoldSpeaker::Head("takaichi".into()));
    assert_eq!(gold_speaker(Some("Brian Fallon, the campaign's press secretary")), GoldSpeaker::Head("fallon".into()));
    assert_eq!(gold_speaker(Some("Clinton campaign spokesman Brian Fallon")), GoldSpeaker::Head("fallon".into()));
    assert_eq!(gold_speaker(Some("Sen. Bernie Sanders (I-Vt.)")), GoldSpeaker::Head("sanders".into()));
    assert_eq!(
        gold_speaker(Some("Nevada's governor, Brian Sandoval, a Republican,")),
        GoldSpeaker::Head("sandoval".into())
    );
    assert_eq!(gold_speaker(Some("her main rival, Bernie Sanders,")), GoldSpeaker::Head("sanders".into()));
    assert_eq!(gold_speaker(Some("Norway’s Foreign Ministry")), GoldSpeaker::Head("ministry".into()));
    assert_eq!(gold_speaker(Some("she")), GoldSpeaker::Pronoun);
    assert_eq!(gold_speaker(Some("He")), GoldSpeaker::Pronoun);
    assert_eq!(gold_speaker(Some("some officials")), GoldSpeaker::Head("officials".into()));
    assert_eq!(gold_speaker(None), GoldSpeaker::Absent);
}
