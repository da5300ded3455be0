//! One pass of the automaton over a text: every gazetteer name at word
//! boundaries, with its spelling checked and the local rules applied.

use aho_corasick::Input;
use chrono::NaiveDate;

use crate::gazetteer::{Candidate, Form, GAZETTEER};
use crate::rules::{case_accepts, judge, Verdict};
use crate::text::{at_word_boundaries, next_word_start};

/// A name found in a text, before the article-level resolution.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// The gazetteer spelling that matched.
    pub surface: &'static str,
    /// Countries the name may stand for at the text's date.
    pub candidates: Vec<Candidate>,
    pub person_like: bool,
    /// Also a common given name or surname (see `Form::name_like`).
    pub name_like: bool,
    /// Judged a person's name by a local rule.
    pub person: bool,
    /// Which scanned segment (title 0, body 1...) the hit comes from.
    pub segment: usize,
}

/// Scans `text`. `headline` marks a title, where capitalisation says less.
pub(crate) fn scan(
    text: &str,
    date: Option<NaiveDate>,
    headline: bool,
    segment: usize,
) -> Vec<Hit> {
    let gazetteer = &*GAZETTEER;
    let mut hits = Vec::new();
    let mut position = 0;
    while position < text.len() {
        let input = Input::new(text).span(position..text.len());
        let Some(found) = gazetteer.automaton.find(input) else {
            break;
        };
        let (start, end) = (found.start(), found.end());
        match examine(
            text,
            start,
            end,
            &gazetteer.entries[found.pattern().as_usize()],
            date,
            headline,
            segment,
        ) {
            Examined::Hit(hit) => {
                hits.push(hit);
                position = end;
            }
            Examined::Consumed => position = end,
            Examined::Rejected => position = next_word_start(text, start),
        }
    }
    hits
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
    let accepted: Vec<&Form> = forms
        .iter()
        .filter(|f| case_accepts(f.surface, written))
        .collect();
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
    let person_like = accepted.iter().any(|f| f.person_like);
    let name_like = accepted.iter().any(|f| f.name_like);
    let surface = accepted[0].surface;
    let hit = |person| Hit {
        start,
        end,
        surface,
        candidates: candidates.clone(),
        person_like,
        name_like,
        person,
        segment,
    };
    match judge(text, start, end, &accepted, headline) {
        Verdict::Place => Examined::Hit(hit(false)),
        Verdict::Person => Examined::Hit(hit(true)),
        Verdict::NotPlace => Examined::Consumed,
    }
}
