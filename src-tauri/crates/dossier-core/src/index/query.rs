//! Turns the user's query text and filters into one tantivy query.
//!
//! Query syntax is tantivy's (words, "phrases", AND/OR/NOT, `-word`,
//! `prefix*`, `field:value`) with three conveniences: curly quotes count as
//! straight ones, `country:` takes names and demonyms as well as codes
//! (`country:japan`, `country:Japanese`), and `kind:` is case-insensitive.

use super::Fields;
use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::ops::Bound;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
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
    /// The query with every filter applied.
    pub full: Box<dyn Query>,
}

/// Parses the user's text and applies the filters.
pub(crate) fn build(index: &Index, fields: &Fields, text: &str, filters: &SearchFilters) -> Result<BuiltQuery> {
    let normalized = normalize(text);
    let user_query: Option<Box<dyn Query>> = if normalized.trim().is_empty() {
        None
    } else {
        let mut parser = QueryParser::for_index(index, vec![fields.text, fields.speaker]);
        parser.set_field_boost(fields.speaker, 0.5);
        let query = match parser.parse_query(&normalized) {
            Ok(query) => query,
            Err(strict_error) => {
                let (query, _) = parser.parse_query_lenient(&normalized);
                if is_empty_boolean(&*query) {
                    return Err(Error::InvalidInput(format!("cannot understand the query `{text}`: {strict_error}")));
                }
                query
            }
        };
        Some(query)
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
    let full: Box<dyn Query> = if clauses.len() == 1 {
        clauses.pop().map(|(_, q)| q).unwrap_or_else(|| Box::new(AllQuery))
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    Ok(BuiltQuery { user: user_query, full })
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
    fn unrelated_words_are_untouched() {
        assert_eq!(normalize("mankind:x countryside"), "mankind:x countryside");
    }
}
