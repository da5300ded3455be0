//! Turns what a parser found into an [`ArticleRecord`], applying the one
//! metadata precedence every format shares: the user's overrides, then what
//! the document says about itself, then the first line of text as the title.

use crate::decode::normalize_line_ends;
use crate::{parse_date, ArticleRecord, ImportError, Metadata};
use std::borrow::Cow;

/// A first line longer than this is a paragraph, not a headline: it gives a
/// shortened title but stays in the body.
const MAX_TITLE_CHARS: usize = 200;

/// What a document says about itself, as raw text (dates unparsed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DocumentMetadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// A parsed document before metadata precedence is applied.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub item: String,
    pub source_id: Option<String>,
    pub body: String,
    pub meta: DocumentMetadata,
    /// The body came as a field of its own (JSON `body`/`text`), so its
    /// first line is article text, never a headline to lift out of it.
    pub body_is_explicit: bool,
}

/// Applies precedence and cleaning; fails when no body text is left or an
/// override is unusable.
pub(crate) fn finish(draft: Draft, overrides: &Metadata) -> Result<ArticleRecord, ImportError> {
    let Draft { item, source_id, body, meta, body_is_explicit } = draft;
    let body = clean_body(&body);
    if body.is_empty() {
        return Err(ImportError::NoText { item });
    }

    let published = match clean_line(overrides.published.as_deref()) {
        Some(value) => match parse_date(&value) {
            Some(date) => Some(date),
            None => return Err(ImportError::InvalidDate { item, value }),
        },
        None => clean_line(meta.published.as_deref()).and_then(|d| parse_date(&d)),
    };
    let url = match clean_line(overrides.url.as_deref()) {
        Some(value) if is_web_url(&value) => Some(value),
        Some(value) => return Err(ImportError::InvalidUrl { item, value }),
        None => clean_line(meta.url.as_deref()).filter(|u| is_web_url(u)),
    };
    let outlet = clean_line(overrides.outlet.as_deref()).or_else(|| clean_line(meta.outlet.as_deref()));
    let author = clean_line(overrides.author.as_deref()).or_else(|| clean_line(meta.author.as_deref()));
    let given_title = clean_line(overrides.title.as_deref()).or_else(|| clean_line(meta.title.as_deref()));
    let (title, body) = if body_is_explicit {
        let title = given_title.unwrap_or_else(|| title_from_first_line(&body));
        (title, body)
    } else {
        settle_title(given_title, body)
    };

    Ok(ArticleRecord { item, source_id: clean_line(source_id.as_deref()), title, body, outlet, author, url, published })
}

/// Chooses the title and removes a leading headline from the body when it
/// is the title (taken as it, or identical to a title given elsewhere), so
/// the headline is not stored twice. The body is never left empty.
fn settle_title(given: Option<String>, body: String) -> (String, String) {
    let (first_line, rest) = match body.split_once('\n') {
        Some((first, rest)) => (first.to_string(), rest.trim_start().to_string()),
        None => (body.clone(), String::new()),
    };
    let first_line_clean = collapse_whitespace(&first_line);
    match given {
        Some(title) => {
            let repeats_title = first_line_clean.to_lowercase() == title.to_lowercase();
            if repeats_title && !rest.is_empty() {
                (title, rest)
            } else {
                (title, body)
            }
        }
        None if first_line_clean.chars().count() <= MAX_TITLE_CHARS && !rest.is_empty() => (first_line_clean, rest),
        None => (shorten(&first_line_clean, MAX_TITLE_CHARS), body),
    }
}

/// A title made from the first line of a body that must stay whole.
fn title_from_first_line(body: &str) -> String {
    shorten(&collapse_whitespace(body.lines().next().unwrap_or_default()), MAX_TITLE_CHARS)
}

/// Cuts text to at most `max` characters at a word boundary, with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// Body text as stored: `\n` line ends, no control characters other than
/// line feed and tab (JSON escapes can smuggle them in), no trailing spaces
/// on lines, at most one blank line in a row, trimmed.
fn clean_body(body: &str) -> String {
    let body = normalize_line_ends(body.strip_prefix('\u{feff}').unwrap_or(body));
    let mut out = String::with_capacity(body.len());
    let mut blank_run = 0;
    for line in body.split('\n') {
        let is_unwanted = |c: char| c.is_control() && c != '\t';
        let line: Cow<str> = if line.contains(is_unwanted) {
            Cow::Owned(line.chars().filter(|&c| !is_unwanted(c)).collect())
        } else {
            Cow::Borrowed(line)
        };
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

/// A one-line metadata value: whitespace collapsed, control characters
/// dropped, `None` when nothing is left.
pub(crate) fn clean_line(value: Option<&str>) -> Option<String> {
    let cleaned = collapse_whitespace(value?);
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Runs of whitespace (including no-break spaces) become one space; control
/// characters go.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Only http(s) URLs are kept: a `javascript:` or `data:` URL from a hostile
/// document must never become a link in the app.
fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn draft(body: &str, meta: DocumentMetadata) -> Draft {
        Draft { item: "doc".into(), source_id: None, body: body.into(), meta, body_is_explicit: false }
    }

    #[test]
    fn first_line_is_the_title_when_nothing_else_gives_one() {
        let record =
            finish(draft("Headline here\n\nFirst paragraph.\n", DocumentMetadata::default()), &Metadata::default())
                .unwrap();
        assert_eq!(record.title, "Headline here");
        assert_eq!(record.body, "First paragraph.");
    }

    #[test]
    fn document_metadata_beats_first_line_and_overrides_beat_both() {
        let meta = DocumentMetadata {
            title: Some("From the document".into()),
            outlet: Some("Doc Outlet".into()),
            author: Some("Doc Author".into()),
            url: Some("https://example.com/doc".into()),
            published: Some("2026-01-02".into()),
        };
        let record = finish(draft("First line\nSecond line", meta.clone()), &Metadata::default()).unwrap();
        assert_eq!(record.title, "From the document");
        assert_eq!(record.body, "First line\nSecond line", "a first line that is not the title stays");
        assert_eq!(record.outlet.as_deref(), Some("Doc Outlet"));
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 1, 2));

        let overrides = Metadata {
            title: Some("  User   title ".into()),
            outlet: Some("User Outlet".into()),
            author: None,
            url: Some("https://example.com/user".into()),
            published: Some("28 Nov 2026".into()),
        };
        let record = finish(draft("First line\nSecond line", meta), &overrides).unwrap();
        assert_eq!(record.title, "User title");
        assert_eq!(record.outlet.as_deref(), Some("User Outlet"));
        assert_eq!(record.author.as_deref(), Some("Doc Author"), "fields the user left out come from the document");
        assert_eq!(record.url.as_deref(), Some("https://example.com/user"));
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
    }

    #[test]
    fn a_leading_line_equal_to_the_title_is_not_repeated() {
        let meta = DocumentMetadata { title: Some("Rain in Nairobi".into()), ..Default::default() };
        let record = finish(draft("Rain  in Nairobi\nIt rained.", meta), &Metadata::default()).unwrap();
        assert_eq!(record.body, "It rained.");
    }

    #[test]
    fn an_explicit_body_keeps_its_first_line() {
        let mut explicit = draft("Lead paragraph.\nMore.", DocumentMetadata::default());
        explicit.body_is_explicit = true;
        let record = finish(explicit, &Metadata::default()).unwrap();
        assert_eq!(record.title, "Lead paragraph.");
        assert_eq!(record.body, "Lead paragraph.\nMore.");
    }

    #[test]
    fn a_single_line_document_keeps_its_line_as_body() {
        let record = finish(draft("Only one line.", DocumentMetadata::default()), &Metadata::default()).unwrap();
        assert_eq!(record.title, "Only one line.");
        assert_eq!(record.body, "Only one line.");
    }

    #[test]
    fn a_paragraph_is_shortened_into_a_title_and_kept() {
        let long = "word ".repeat(100);
        let record =
            finish(draft(&format!("{long}\nnext"), DocumentMetadata::default()), &Metadata::default()).unwrap();
        assert!(record.title.ends_with('…'));
        assert!(record.title.chars().count() <= MAX_TITLE_CHARS + 1);
        assert!(record.body.starts_with("word word"));
    }

    #[test]
    fn unreadable_document_dates_and_unsafe_urls_are_dropped() {
        let meta = DocumentMetadata {
            url: Some("javascript:alert(1)".into()),
            published: Some("someday".into()),
            ..Default::default()
        };
        let record = finish(draft("T\nBody", meta), &Metadata::default()).unwrap();
        assert_eq!(record.url, None);
        assert_eq!(record.published, None);
    }

    #[test]
    fn unreadable_overrides_are_errors() {
        let overrides = Metadata { published: Some("someday".into()), ..Default::default() };
        let err = finish(draft("T\nBody", DocumentMetadata::default()), &overrides).unwrap_err();
        assert!(matches!(err, ImportError::InvalidDate { .. }), "{err}");
        let overrides = Metadata { url: Some("javascript:alert(1)".into()), ..Default::default() };
        let err = finish(draft("T\nBody", DocumentMetadata::default()), &overrides).unwrap_err();
        assert!(matches!(err, ImportError::InvalidUrl { .. }), "{err}");
    }

    #[test]
    fn body_is_cleaned() {
        let record =
            finish(draft("T\r\n\r\n\r\nA  \u{0}line\r\n\n\n\nB\t", DocumentMetadata::default()), &Metadata::default())
                .unwrap();
        assert_eq!(record.body, "A  line\n\nB");
    }

    #[test]
    fn whitespace_only_body_is_no_text() {
        let err = finish(draft(" \n\t\n", DocumentMetadata::default()), &Metadata::default()).unwrap_err();
        assert!(matches!(err, ImportError::NoText { .. }));
    }
}
