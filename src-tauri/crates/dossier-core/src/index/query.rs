//! Turns the user's query text and filters into one tantivy query.
//!
//! Query syntax is tantivy's (words, "phrases", AND/OR/NOT, `-word`,
//! `field:value`), with words joined by AND unless OR is written, and four
//! conveniences: curly quotes count as straight ones; `country:` takes names
//! and demonyms as well as codes (`country:japan`, `country:Japanese`);
//! `kind:` is case-insensitive; and `word*` matches every word starting with
//! `word` (tantivy's parser has no single-word prefix, so such words are
//! taken out of the text before parsing and added as required — or, after
//! `NOT`/`-`, excluded — prefix queries).

use super::Fields;
use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::ops::Bound;
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhrasePrefixQuery, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, Term};

/// Structured filters that narrow a search.
#[derive(Debug, Clone, Default)]
pub struct SearchFilters {
    /// Claims tagged with any of these ISO codes.
    pub countries: Vec<String>,
    /// Claims by this speaker id.
    pub speaker_id: Option<i64>,
    /// Claims of these kinds ("direct", ...).
    pub kinds: Vec<String>,
    /// Claims from this outlet (words of the outlet name).
    pub outlet: Option<String>,
    /// Articles published on or after.
    pub since: Option<NaiveDate>,
    /// Articles published on or before.
    pub until: Option<NaiveDate>,
    /// Whether country filters ignore `context` tags.
    pub exclude_context: bool,
}

/// A parsed search.
pub(crate) struct BuiltQuery {
    /// The user's own query (for highlighting); `None` when empty.
    pub user: Option<Box<dyn Query>>,
    /// Lowercased `word*` prefixes of the query (for highlighting).
    pub prefixes: Vec<String>,
    /// The query with every filter applied.
    pub full: Box<dyn Query>,
    /// Whether `full` matches every claim (no query text, no filter), so
    /// counts can be read from the columns without iterating the hits.
    pub matches_all: bool,
}

/// Parses the user's text and applies the filters.
pub(crate) fn build(index: &Index, fields: &Fields, text: &str, filters: &SearchFilters) -> Result<BuiltQuery> {
    let (normalized, prefixes) = take_prefixes(&normalize(text));
    let mut parser = QueryParser::for_index(index, vec![fields.text, fields.speaker]);
    parser.set_field_boost(fields.speaker, 0.5);
    parser.set_conjunction_by_default();
    let parsed: Option<Box<dyn Query>> = if normalized.trim().is_empty() {
        None
    } else {
        let not_understood =
            |why: &dyn std::fmt::Display| Error::InvalidInput(format!("cannot understand the query `{text}`: {why}"));
        let query = match without_panic(|| parser.parse_query(&normalized)) {
            Some(Ok(query)) => query,
            Some(Err(strict_error)) => match without_panic(|| parser.parse_query_lenient(&normalized)) {
                Some((query, _)) if !is_empty_boolean(&*query) => query,
                _ => return Err(not_understood(&strict_error)),
            },
            None => return Err(not_understood(&"malformed query")),
        };
        Some(query)
    };
    let mut user_clauses: Vec<(Occur, Box<dyn Query>)> = parsed.into_iter().map(|q| (Occur::Must, q)).collect();
    for prefix in &prefixes {
        let field_queries = prefix_fields(index, fields, prefix.field.as_deref())?
            .into_iter()
            .map(|field| {
                let term = Term::from_field_text(field, &prefix.text);
                (Occur::Should, Box::new(PhrasePrefixQuery::new(vec![term])) as Box<dyn Query>)
            })
            .collect();
        user_clauses.push((prefix.occur, Box::new(BooleanQuery::new(field_queries))));
    }
    let user_query: Option<Box<dyn Query>> = match user_clauses.len() {
        0 => None,
        1 if user_clauses[0].0 == Occur::Must => user_clauses.pop().map(|(_, q)| q),
        _ => {
            if user_clauses.iter().all(|(occur, _)| *occur == Occur::MustNot) {
                user_clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            Some(Box::new(BooleanQuery::new(user_clauses)))
        }
    };

    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    clauses.push((Occur::Must, user_query.as_ref().map(|q| q.box_clone()).unwrap_or_else(|| Box::new(AllQuery))));
    let country_field = if filters.exclude_context { fields.country_direct } else { fields.country };
    if !filters.countries.is_empty() {
        clauses.push((Occur::Must, any_term(country_field, &filters.countries)));
    }
    if !filters.kinds.is_empty() {
        clauses.push((Occur::Must, any_term(fields.kind, &filters.kinds)));
    }
    if let Some(id) = filters.speaker_id {
        let term = Term::from_field_u64(fields.speaker_id, id as u64);
        clauses.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
    }
    if let Some(outlet) = &filters.outlet {
        let parser = QueryParser::for_index(index, vec![fields.outlet]);
        let phrase = format!("\"{}\"", outlet.replace('"', " "));
        let query =
            parser.parse_query(&phrase).map_err(|e| Error::InvalidInput(format!("bad outlet `{outlet}`: {e}")))?;
        clauses.push((Occur::Must, query));
    }
    if filters.since.is_some() || filters.until.is_some() {
        let bound = |date: Option<NaiveDate>| match date {
            Some(d) => Bound::Included(Term::from_field_i64(fields.published, super::days_since_epoch(d))),
            None => Bound::Unbounded,
        };
        let lower = match filters.since {
            Some(_) => bound(filters.since),
            // Undated articles have no place in a date range.
            None => Bound::Excluded(Term::from_field_i64(fields.published, super::UNDATED)),
        };
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, bound(filters.until)))));
    }
    let matches_all = user_query.is_none() && clauses.len() == 1;
    let full: Box<dyn Query> = if clauses.len() == 1 {
        clauses.pop().map(|(_, q)| q).unwrap_or_else(|| Box::new(AllQuery))
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    let prefixes = prefixes.into_iter().filter(|p| p.occur != Occur::MustNot).map(|p| p.text).collect();
    Ok(BuiltQuery { user: user_query, prefixes, full, matches_all })
}

/// Runs one of tantivy's query parsers, turning a panic into `None`: its
/// grammar panics on a few malformed inputs (an existence query left without
/// a field, from text like `- *[ NOT speaker:"\ OR (`), and a query the
/// parser chokes on is a query it cannot understand, not a crash. The panic
/// is not reported on stderr either: the user gets the query error instead.
fn without_panic<T>(parse: impl FnOnce() -> T) -> Option<T> {
    quiet_parser_panics();
    PARSING.set(true);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse));
    PARSING.set(false);
    outcome.ok()
}

thread_local! {
    /// Whether this thread is inside [`without_panic`].
    static PARSING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs, once per process, a panic hook that stays silent for panics
/// inside [`without_panic`] and hands every other panic to the hook that
/// was there before.
fn quiet_parser_panics() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !PARSING.get() {
                previous(info);
            }
        }));
    });
}

/// A `word*` taken out of the query text.
#[derive(Debug, PartialEq)]
struct Prefix {
    /// `Must`, or `MustNot` after `NOT` / `-`.
    occur: Occur,
    /// The field named before it, if any (`speaker:tong*`).
    field: Option<String>,
    /// The prefix, lowercased and ASCII-folded like indexed words.
    text: String,
}

/// Splits `word*` tokens (outside quotes) off the query text. An `OR` next
/// to a removed word is dropped with it.
fn take_prefixes(text: &str) -> (String, Vec<Prefix>) {
    let mut kept: Vec<&str> = Vec::new();
    let mut prefixes = Vec::new();
    let mut in_quotes = false;
    for token in text.split_whitespace() {
        let quotes = token.matches('"').count();
        let body = token.strip_prefix('-').unwrap_or(token);
        let (field, word) = match body.split_once(':') {
            Some((field, word)) => (Some(field), word),
            None => (None, body),
        };
        let is_prefix = !in_quotes
            && quotes == 0
            && word.len() > 1
            && word.ends_with('*')
            && word[..word.len() - 1].chars().all(|c| c.is_alphanumeric() || c == '\'' || c == '-');
        if quotes % 2 == 1 {
            in_quotes = !in_quotes;
        }
        if !is_prefix {
            kept.push(token);
            continue;
        }
        let negated = token.starts_with('-') || kept.last() == Some(&"NOT");
        if kept.last().is_some_and(|t| *t == "NOT" || *t == "OR" || *t == "AND") {
            kept.pop();
        }
        let folded: String = word[..word.len() - 1].chars().flat_map(char::to_lowercase).collect();
        prefixes.push(Prefix {
            occur: if negated { Occur::MustNot } else { Occur::Must },
            field: field.map(str::to_string),
            text: fold_ascii(&folded),
        });
    }
    while kept.last().is_some_and(|t| *t == "NOT" || *t == "OR" || *t == "AND") {
        kept.pop();
    }
    (kept.join(" "), prefixes)
}

/// ASCII-folds like the index analyzer ("café" → "cafe").
fn fold_ascii(text: &str) -> String {
    let mut analyzer = tantivy::tokenizer::TextAnalyzer::builder(tantivy::tokenizer::RawTokenizer::default())
        .filter(tantivy::tokenizer::AsciiFoldingFilter)
        .build();
    let mut stream = analyzer.token_stream(text);
    let mut out = String::new();
    while stream.advance() {
        out.push_str(&stream.token().text);
    }
    out
}

/// The fields a prefix applies to: the one named, or the default ones.
fn prefix_fields(index: &Index, fields: &Fields, named: Option<&str>) -> Result<Vec<tantivy::schema::Field>> {
    match named {
        None => Ok(vec![fields.text, fields.speaker]),
        Some(name) => {
            let field = index
                .schema()
                .get_field(name)
                .map_err(|_| Error::InvalidInput(format!("unknown field `{name}:` in the query")))?;
            Ok(vec![field])
        }
    }
}

fn any_term(field: tantivy::schema::Field, values: &[String]) -> Box<dyn Query> {
    let clauses = values
        .iter()
        .map(|v| {
            let term = Term::from_field_text(field, v);
            (Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

fn is_empty_boolean(query: &dyn Query) -> bool {
    query.downcast_ref::<BooleanQuery>().is_some_and(|b| b.clauses().is_empty())
        || query.downcast_ref::<tantivy::query::EmptyQuery>().is_some()
}

/// Rewrites the user's text into tantivy syntax: curly/angled quotes to
/// straight ones, country names to codes, kinds to lowercase.
pub(crate) fn normalize(text: &str) -> String {
    let straightened: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect();
    let mut out = String::with_capacity(straightened.len());
    let mut rest = straightened.as_str();
    while let Some(pos) = find_field(rest) {
        let (field, after) = (&rest[pos.0..pos.1], &rest[pos.1..]);
        out.push_str(&rest[..pos.0]);
        out.push_str(field);
        let (value, remainder) = take_value(after);
        let unquoted = value.trim_matches('"');
        let rewritten = if field == "country:" {
            dossier_countries::lookup(unquoted).map(|c| c.code.to_string()).unwrap_or_else(|| unquoted.to_uppercase())
        } else {
            unquoted.to_lowercase()
        };
        out.push_str(&rewritten);
        rest = remainder;
    }
    out.push_str(rest);
    out
}

/// Finds the next `country:` or `kind:` at a word start: `(start, end)`.
fn find_field(text: &str) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for name in ["country:", "kind:"] {
        let mut from = 0;
        while let Some(found) = text[from..].find(name) {
            let start = from + found;
            let at_word_start = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if at_word_start {
                if best.is_none_or(|(s, _)| start < s) {
                    best = Some((start, start + name.len()));
                }
                break;
            }
            from = start + name.len();
        }
    }
    best
}

/// Splits a field value (`"two words"` or `word`) off the front of `text`.
fn take_value(text: &str) -> (&str, &str) {
    if let Some(quoted) = text.strip_prefix('"') {
        let end = quoted.find('"').map(|i| i + 2).unwrap_or(text.len());
        return text.split_at(end);
    }
    let end = text.find(|c: char| c.is_whitespace() || c == ')').unwrap_or(text.len());
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn curly_quotes_become_straight() {
        assert_eq!(normalize("“choked off”"), "\"choked off\"");
        assert_eq!(normalize("Japan’s"), "Japan's");
    }

    #[test]
    fn kind_values_are_lowercased() {
        assert_eq!(normalize("kind:Direct tariffs"), "kind:direct tariffs");
    }

    #[test]
    fn prefix_words_are_taken_out_with_their_operator() {
        let (rest, prefixes) = super::take_prefixes("tariff OR expor* NOT chin* \"keep this*\"");
        assert_eq!(rest, "tariff \"keep this*\"");
        assert_eq!(prefixes.len(), 2);
        assert_eq!((prefixes[0].text.as_str(), prefixes[0].occur), ("expor", tantivy::query::Occur::Must));
        assert_eq!((prefixes[1].text.as_str(), prefixes[1].occur), ("chin", tantivy::query::Occur::MustNot));
        let (_, fielded) = super::take_prefixes("speaker:Ton*");
        assert_eq!(fielded[0].field.as_deref(), Some("speaker"));
        assert_eq!(fielded[0].text, "ton");
    }

    #[test]
    fn unrelated_words_are_untouched() {
        assert_eq!(normalize("mankind:x countryside"), "mankind:x countryside");
    }
}
