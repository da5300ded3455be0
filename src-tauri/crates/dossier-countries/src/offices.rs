//! The dated table of office holders read as people rather than as
//! countries: who held which office for which country when. The tagger
//! uses the same rows to let "Takaichi" stand for Japan; here they let the
//! pipeline tell who "the prime minister" is in an article that names
//! Tony Blair.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::gazetteer::{tab_fields, Term};

const OFFICE_HOLDERS_TSV: &str = include_str!("../data/office_holders.tsv");

/// One term of office of one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeHolder {
    /// The person's full name, as the table spells it ("Tony Blair").
    pub name: &'static str,
    /// The office ("Prime Minister of the United Kingdom").
    pub office: &'static str,
    /// The country the office is of (ISO 3166-1 alpha-2).
    pub code: &'static str,
}

/// A row of the table: the holder, every name the table knows them by, and
/// the term.
pub(crate) struct Row {
    pub holder: OfficeHolder,
    pub names: Vec<&'static str>,
    pub term: Term,
}

/// The table's rows, parsed on first use; the gazetteer's leaders are built
/// from them too.
pub(crate) static ROWS: LazyLock<Vec<Row>> = LazyLock::new(|| {
    OFFICE_HOLDERS_TSV
        .lines()
        .map(|line| {
            let Some([names, code, office, from, to]) = tab_fields(line) else {
                panic!("data/office_holders.tsv: malformed line {line:?}");
            };
            let names: Vec<&'static str> = names.split('|').collect();
            let term = Term { from: parse_date(from, line), to: (!to.is_empty()).then(|| parse_date(to, line)) };
            Row { holder: OfficeHolder { name: names[0], office, code }, names, term }
        })
        .collect()
});

/// Every office the table knows ("Prime Minister of Japan"), each once.
pub fn offices() -> &'static [&'static str] {
    static OFFICES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut offices: Vec<&'static str> = ROWS.iter().map(|row| row.holder.office).collect();
        offices.sort_unstable();
        offices.dedup();
        offices
    });
    &OFFICES
}

/// The terms of office whose holder `text` names, by any of the table's
/// names for them written as whole words, and that cover `date` (every
/// term when the text is undated), in the table's order. A person named
/// once may appear several times, once per office held.
pub fn office_holders_named(text: &str, date: Option<NaiveDate>) -> Vec<OfficeHolder> {
    // Searching the text for each of the table's few hundred names would
    // cost more than tagging it; a name is searched for only when the text
    // has its last word.
    let words: HashSet<&str> = words_of(text).collect();
    ROWS.iter()
        .filter(|row| {
            row.term.covers(date)
                && row.names.iter().any(|name| {
                    words_of(name).next_back().is_some_and(|last| words.contains(last)) && names_as_word(text, name)
                })
        })
        .map(|row| row.holder)
        .collect()
}

/// The runs of letters and digits in a text.
fn words_of(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty())
}

/// Whether `name` occurs in `text` with no letter or digit joined to either
/// end ("Tony Blair's" counts, "Blairite" does not).
fn names_as_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn parse_date(text: &str, line: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .unwrap_or_else(|_| panic!("data/office_holders.tsv: bad date {text:?} in {line:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn finds_the_holders_a_text_names_in_their_term() {
        let text = "Tony Blair's spokesman met Gordon Brown, then Takaichi.";
        let undated: Vec<(&str, &str)> = office_holders_named(text, None).iter().map(|h| (h.name, h.office)).collect();
        assert!(undated.contains(&("Tony Blair", "Prime Minister of the United Kingdom")), "{undated:?}");
        assert!(undated.contains(&("Gordon Brown", "Prime Minister of the United Kingdom")), "{undated:?}");
        assert!(undated.contains(&("Gordon Brown", "Chancellor of the Exchequer")), "{undated:?}");
        assert!(undated.contains(&("Sanae Takaichi", "Prime Minister of Japan")), "a short name counts: {undated:?}");

        let in_2005: Vec<(&str, &str)> =
            office_holders_named(text, date("2005-03-01")).iter().map(|h| (h.name, h.office)).collect();
        assert_eq!(
            in_2005,
            [("Tony Blair", "Prime Minister of the United Kingdom"), ("Gordon Brown", "Chancellor of the Exchequer")]
        );
    }

    #[test]
    fn lists_each_office_once() {
        let offices = offices();
        assert!(offices.contains(&"Chancellor of the Exchequer"), "{offices:?}");
        assert_eq!(offices.iter().filter(|&&o| o == "Prime Minister of Japan").count(), 1);
    }

    #[test]
    fn a_name_inside_a_longer_word_is_no_mention() {
        assert!(office_holders_named("The Blairites and Tony Blairs of this world.", None).is_empty());
    }
}
