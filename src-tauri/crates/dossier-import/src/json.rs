//! Articles as JSON objects (`title`, `body` or `text`, optional `id`,
//! `outlet`, `author`, `url`, `published` or `date`), one per JSONL line or
//! in a `.json` file holding one object or an array of them.

use crate::record::{finish, DocumentMetadata, Draft};
use crate::{ArticleRecord, ImportError, Metadata};
use serde_json::{Map, Value};

/// Parses a `.json` document: one article object, or an array of them
/// (items named `path[1]`, `path[2]`, … in messages).
pub(crate) fn parse_json_document(
    item: &str,
    text: &str,
    overrides: &Metadata,
) -> Vec<Result<ArticleRecord, ImportError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return vec![Err(ImportError::MalformedJson { item: item.to_string(), message: e.to_string() })],
    };
    match value {
        Value::Array(items) if items.is_empty() => vec![Err(ImportError::NoText { item: item.to_string() })],
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, value)| article_from_value(&format!("{item}[{}]", i + 1), value, overrides))
            .collect(),
        other => vec![article_from_value(item, other, overrides)],
    }
}

/// Turns one JSON value into an article record.
pub(crate) fn article_from_value(item: &str, value: Value, overrides: &Metadata) -> Result<ArticleRecord, ImportError> {
    let Value::Object(object) = value else {
        return Err(ImportError::MalformedJson {
            item: item.to_string(),
            message: "expected an object like {\"title\": …, \"body\": …}".to_string(),
        });
    };
    let field = |name: &'static str| string_field(item, &object, name);
    let body = match field("body")? {
        Some(body) => body,
        None => field("text")?.ok_or_else(|| ImportError::MissingBody { item: item.to_string() })?,
    };
    let meta = DocumentMetadata {
        title: field("title")?,
        outlet: field("outlet")?,
        author: field("author")?,
        url: field("url")?,
        published: match field("published")? {
            Some(date) => Some(date),
            None => field("date")?,
        },
    };
    let source_id = match object.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(Value::Number(id)) => Some(id.to_string()),
        Some(_) => {
            return Err(ImportError::InvalidField {
                item: item.to_string(),
                field: "id",
                expected: "a string or a number",
            })
        }
    };
    finish(Draft { item: item.to_string(), source_id, body, meta, body_is_explicit: true }, overrides)
}

/// A string field; `null` counts as absent, any other type is an error.
fn string_field(item: &str, object: &Map<String, Value>, name: &'static str) -> Result<Option<String>, ImportError> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ImportError::InvalidField { item: item.to_string(), field: name, expected: "a string" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde_json::json;

    #[test]
    fn full_object() {
        let value = json!({"id": 7, "title": "T", "text": "Body", "outlet": "O", "author": "A", "url": "https://example.com/x", "date": "2026-11-28"});
        let record = article_from_value("f.jsonl:1", value, &Metadata::default()).unwrap();
        assert_eq!(record.source_id.as_deref(), Some("7"));
        assert_eq!(record.title, "T");
        assert_eq!(record.body, "Body");
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
    }

    #[test]
    fn body_wins_over_text_and_published_over_date() {
        let value = json!({"title": "T", "body": "B", "text": "X", "published": "2026-01-01", "date": "2026-02-02"});
        let record = article_from_value("i", value, &Metadata::default()).unwrap();
        assert_eq!(record.body, "B");
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 1, 1));
    }

    #[test]
    fn missing_body_and_wrong_types() {
        let err = article_from_value("f:2", json!({"title": "T"}), &Metadata::default()).unwrap_err();
        assert!(matches!(err, ImportError::MissingBody { .. }));
        assert_eq!(err.to_string(), "f:2: no article body: give the text in a `body` or `text` field");
        let err = article_from_value("f:3", json!({"body": 5}), &Metadata::default()).unwrap_err();
        assert!(matches!(err, ImportError::InvalidField { field: "body", .. }), "{err}");
        let err = article_from_value("f:4", json!([1]), &Metadata::default()).unwrap_err();
        assert!(matches!(err, ImportError::MalformedJson { .. }));
    }

    #[test]
    fn json_document_array_and_object() {
        let results =
            parse_json_document("a.json", r#"[{"body": "One\nx"}, {"title": "no body"}]"#, &Metadata::default());
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].as_ref().unwrap().item, "a.json[1]");
        assert_eq!(results[1].as_ref().unwrap_err().item(), "a.json[2]");
        let results = parse_json_document("b.json", r#"{"title": "T", "body": "B"}"#, &Metadata::default());
        assert_eq!(results[0].as_ref().unwrap().item, "b.json");
        let results = parse_json_document("c.json", "{oops", &Metadata::default());
        assert!(matches!(results[0], Err(ImportError::MalformedJson { .. })));
    }
}
