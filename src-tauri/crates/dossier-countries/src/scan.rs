//! One pass over a text: every gazetteer name at word boundaries, with its
//! spelling checked and the local rules applied.

use chrono::NaiveDate;

use crate::gazetteer::{Candidate, Form, Gazetteer, GAZETTEER};
use crate::rules::{case_accepts, judge, Verdict};
use crate::text::{at_word_boundaries, is_word_char};

/// A name found in a text, before the article-level resolution.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// The gazetteer spelling that matched.
    pub surface: &'static str,
    /// Countries the name may stand for at the text's date.
    pub candidates: Vec<Candidate>,
    /// Also a common given name or surname (see `Form::name_like`).
    pub name_like: bool,
    /// Judged a person's name by a local rule.
    pub person: bool,
    /// Begins a street's name ("Blackpool Road"): the place is not
    /// mentioned, but streets are often named after nearby towns, so the
    /// hit still helps resolve the article's other names.
    pub street: bool,
    /// Which scanned segment (title 0, body 1...) the hit comes from.
    pub segment: usize,
}

/// Scans `text`. `headline` marks a title, where capitalisation says less.
///
/// Names start at a word boundary with a capital letter (or with one of the
/// few lowercase words that begin a name, like "the" in "the Kremlin"), so
/// the gazetteer's trie looks for the longest name at those word starts only.
pub(crate) fn scan(text: &str, date: Option<NaiveDate>, headline: bool, segment: usize) -> Vec<Hit> {
    let gazetteer = &*GAZETTEER;
    let mut hits = Vec::new();
    let mut position = 0;
    while let Some(start) = next_name_start(text, position, gazetteer) {
        let found = gazetteer.names.longest_prefix(&text.as_bytes()[start..]);
        let examined = found.map(|(entry, length)| {
            let end = start + length;
            (end, examine(text, start, end, &gazetteer.entries[entry], date, headline, segment))
        });
        position = match examined {
            Some((end, Examined::Hit(hit))) => {
                hits.push(hit);
                end
            }
            Some((end, Examined::Consumed)) => end,
            Some((_, Examined::Rejected)) | None => start + text[start..].chars().next().map_or(1, char::len_utf8),
        };
    }
    hits
}

/// The next word start at or after `from` where a name may begin. Runs over
/// every byte of every text, so ASCII is handled without decoding, and a
/// word that cannot begin a name is stepped over whole.
fn next_name_start(text: &str, from: usize, gazetteer: &Gazetteer) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut index = from;
    if text[..from].chars().next_back().is_some_and(is_word_char) {
        index = word_end(text, from);
    }
    while index < bytes.len() {
        let byte = bytes[index];
        let (is_word, uppercase, lowercase, width) = if byte.is_ascii() {
            (byte.is_ascii_alphanumeric(), byte.is_ascii_uppercase(), byte.is_ascii_lowercase(), 1)
        } else {
            let c = text[index..].chars().next().expect("index is on a char boundary");
            (is_word_char(c), c.is_uppercase(), c.is_lowercase(), c.len_utf8())
        };
        if !is_word {
            index += width;
            continue;
        }
        if uppercase {
            return Some(index);
        }
        let end = word_end(text, index);
        if lowercase && gazetteer.may_start_lowercase_name(byte) && gazetteer.starts_lowercase_name(&text[index..end]) {
            return Some(index);
        }
        index = end;
    }
    None
}

/// The end of the run of word characters at `start` (`start` itself when
/// there is none).
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        if bytes[end].is_ascii() {
            if !bytes[end].is_ascii_alphanumeric() {
                break;
            }
            end += 1;
        } else {
            match text[end..].chars().next() {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    end
}

enum Examined {
    /// A name that may stand for a country.
    Hit(Hit),
    /// A blocker or a non-place use: its words are used up.
    Consumed,
    /// Not this name here (wrong case, inside a word): look from the next word.
    Rejected,
}

fn examine(
    text: &str,
    start: usize,
    end: usize,
    forms: &[Form],
    date: Option<NaiveDate>,
    headline: bool,
    segment: usize,
) -> Examined {
    if !at_word_boundaries(text, start, end) {
        return Examined::Rejected;
    }
    let written = &text[start..end];
    let accepted: Vec<&Form> = forms.iter().filter(|f| case_accepts(f.surface, written)).collect();
    if accepted.is_empty() {
        return Examined::Rejected;
    }
    if accepted.iter().any(|f| f.blocker) {
        return Examined::Consumed;
    }
    let candidates: Vec<Candidate> = accepted
        .iter()
        .flat_map(|f| f.candidates.iter())
        .filter(|c| c.term.is_none_or(|t| t.covers(date)))
        .copied()
        .collect();
    if candidates.is_empty() {
        return Examined::Rejected;
    }
    let name_like = accepted.iter().any(|f| f.name_like);
    let surface = accepted[0].surface;
    let hit = |person, street| Hit {
        start,
        end,
        surface,
        candidates: candidates.clone(),
        name_like,
        person,
        street,
        segment,
    };
    match judge(text, start, end, &accepted, headline) {
        Verdict::Place => Examined::Hit(hit(false, false)),
        Verdict::Person => Examined::Hit(hit(true, false)),
        Verdict::Street => Examined::Hit(hit(false, true)),
        Verdict::NotPlace => Examined::Consumed,
    }
}
