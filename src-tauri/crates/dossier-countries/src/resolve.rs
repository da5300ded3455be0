//! Article-level resolution: turns the hits of all of an article's texts
//! into mentions of one country each.
//!
//! Rules, in order:
//! 1. Person memory: once a name ("Jordan", "Chad", a small town's name)
//!    was read as a person's name, its later bare uses are that person too,
//!    unless a locative word precedes it ("in Jordan", "to Chad").
//! 2. A name standing for one country only (most names) is that country and
//!    an *anchor* for it.
//! 3. An ambiguous name ("Paris": France or Texas; "Georgia": the country or
//!    the US state; "London": England or Ontario) takes the country of the
//!    place right after it with a comma ("Paris, Ky.", "London, Ontario");
//!    else the candidate with the best score: two points per anchor of its
//!    country in the article plus log10 of its prior weight (population or
//!    population share), so each other name of a country outweighs a
//!    hundredfold size difference (a "Georgia" in an article about Atlanta and
//!    Ohio is the US state; "Ontario" alone is the province, not the city in
//!    California). A country's own name or demonym counts as one
//!    anchor more, being the name's primary sense ("Mexico" is the country
//!    unless the article names several other places in Missouri). A second
//!    round lets names resolved in the first count as half an anchor.
//!    A name the article once uses for a town's people ("a Peru man",
//!    "Bristol residents") or for a person's home town after their age
//!    ("Ann Lee, 34, of Peru") is read among its towns, counties and
//!    regions only, everywhere in the article, when one of them is a
//!    region ("a Georgia man") or lies in a country the article names
//!    otherwise: a country's people go by its demonym ("a Peruvian man").
//! 4. Lone minor places: a city or region under a million people whose
//!    country nothing else in the article names (no other name of that
//!    country) is dropped when it is also a common given name or surname,
//!    or when it is under 100,000 people and named only once: alone,
//!    "David" (Panama), "Mary" (Turkmenistan) or "George" (South Africa)
//!    are far more often people, and a single "Olympic" or "Sens" another
//!    word, while a town named again and again is the story's place.
//!    Counties, countries, demonyms, capitals, institutions and leaders
//!    always count.
//! 5. Names that may be people vouch for nothing: a town or region under a
//!    million people that is also a common given name or surname ("Joshua",
//!    "Donna", "Heath") is no anchor in rule 3 and keeps no other name
//!    under rule 4, unless a locative word before it makes it a place ("in
//!    Sharon", "and Kent"). Otherwise a few people named like small US
//!    towns make a story from Ontario American, and then its "Ontario" the
//!    Californian city.
//!
//! A place that begins a street's name ("Blackpool Road") is no mention,
//! but it takes part in rules 2 and 3 as an anchor and keeps another name
//! of its country under rule 4: streets are mostly named after nearby
//! towns, so "Blackpool Road" makes the story's "Lancaster" the English one.
//!
//! The maps hash with Fx: their keys are country numbers and gazetteer
//! spellings, never words of the text.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::gazetteer::{Candidate, MentionKind, GAZETTEER};
use crate::scan::Hit;
use crate::text::previous_word;
use crate::Mention;

/// Words before a person-like name that make it a place again.
const LOCATIVES: &[&str] = &[
    "in",
    "to",
    "from",
    "near",
    "across",
    "into",
    "at",
    "of",
    "visit",
    "visited",
    "visiting",
    "toward",
    "towards",
    "throughout",
    "outside",
    "inside",
    "across",
    "leave",
    "left",
    "entered",
    "via",
    "and",
];

/// Words for the people of a place after its name ("a Peru man",
/// "Bristol residents"): English says so of towns and states, while the
/// people of a country take its demonym ("a Peruvian man").
const RESIDENT_NOUNS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "resident",
    "residents",
    "native",
    "natives",
    "couple",
    "teen",
    "teens",
    "teenager",
    "boy",
    "girl",
    "youth",
    "homeowner",
    "homeowners",
];

/// Population (or population share) from which a city or region counts
/// even when nothing else in the article names its country.
const PROMINENT_WEIGHT: u64 = 1_000_000;
/// Population under which a city or region alone in its country and named
/// once is dropped.
const LONE_MIN_WEIGHT: u64 = 100_000;

/// What one anchor adds to a candidate's score, against log10 of its weight:
/// one other name of a country outweighs a hundredfold population difference.
const ANCHOR_SCORE: f64 = 2.0;
/// What an ambiguous name resolved in the first round counts as an anchor.
const RESOLVED_ANCHOR: f64 = 0.5;

/// A resolved mention and the text (segment) it was found in.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub segment: usize,
    pub mention: Mention,
}

/// Resolves hits found in `texts` (hit.segment indexes into `texts`).
pub(crate) fn resolve(hits: &[Hit], texts: &[&str]) -> Vec<Resolved> {
    let people: FxHashSet<&str> = hits.iter().filter(|h| h.person).map(|h| h.surface).collect();
    let live: Vec<&Hit> = hits
        .iter()
        .enumerate()
        .filter(|(i, _)| !is_name_pair(hits, *i, texts))
        .map(|(_, h)| h)
        .filter(|h| !h.person)
        .filter(|h| !people.contains(h.surface) || after_locative(h, texts))
        .collect();

    // One sense per article: a name once used for a town's people ("a
    // Peru man") or a home town ("Ann Lee, 34, of Peru") is that town
    // everywhere in the article.
    // Mostly empty: a sorted list, cheaper than a set to build and to
    // search, and without repeats, which a long article may have by the
    // thousand.
    let mut towns: Vec<&str> =
        live.iter().filter(|h| names_residents(h, texts) || follows_an_age(h, texts)).map(|h| h.surface).collect();
    towns.sort_unstable();
    towns.dedup();
    let choose_here = |hit: &Hit, next: Option<&Hit>, anchors: &FxHashMap<u16, f64>| {
        choose(hit, next, texts, anchors, towns.binary_search(&hit.surface).is_ok())
    };

    let mut anchors: FxHashMap<u16, f64> = FxHashMap::default();
    for hit in live.iter().filter(|h| !may_be_a_person(h, texts)) {
        if let Some(country) = single_country(&hit.candidates) {
            *anchors.entry(country).or_default() += 1.0;
        }
    }
    let choose_all = |anchors: &FxHashMap<u16, f64>| -> Vec<Candidate> {
        live.iter().enumerate().map(|(index, hit)| choose_here(hit, live.get(index + 1).copied(), anchors)).collect()
    };
    // Second round: ambiguous names resolved in the first round support
    // their country too, at half weight ("Ontario" read as Canada helps the
    // next "London" to Canada).
    let first_round = choose_all(&anchors);
    let mut second_anchors = anchors.clone();
    for (hit, candidate) in live.iter().zip(&first_round) {
        if single_country(&hit.candidates).is_none() && !may_be_a_person(hit, texts) {
            *second_anchors.entry(candidate.country).or_default() += RESOLVED_ANCHOR;
        }
    }
    let chosen = live
        .iter()
        .zip(&first_round)
        .enumerate()
        .map(|(index, (hit, first))| {
            if single_country(&hit.candidates).is_some() {
                return *first;
            }
            let mut own = second_anchors.clone();
            *own.entry(first.country).or_default() -= RESOLVED_ANCHOR;
            choose_here(hit, live.get(index + 1).copied(), &own)
        })
        .collect::<Vec<Candidate>>();
    let mut vouching_names: FxHashMap<u16, FxHashSet<&str>> = FxHashMap::default();
    for (hit, candidate) in live.iter().zip(&chosen).filter(|(h, _)| !may_be_a_person(h, texts)) {
        vouching_names.entry(candidate.country).or_default().insert(hit.surface);
    }
    let mut occurrences: FxHashMap<&str, usize> = FxHashMap::default();
    for hit in live.iter().filter(|h| !h.street) {
        *occurrences.entry(hit.surface).or_default() += 1;
    }
    let countries = &GAZETTEER.countries;
    live.iter()
        .zip(&chosen)
        .filter(|(hit, _)| !hit.street)
        .filter(|(hit, c)| {
            let minor = matches!(c.kind, MentionKind::City | MentionKind::Region) && c.weight < PROMINENT_WEIGHT;
            let doubtful = hit.name_like || (c.weight < LONE_MIN_WEIGHT && occurrences[hit.surface] < 2);
            // Another name than this one vouches for the country.
            let vouched =
                vouching_names.get(&c.country).is_some_and(|names| names.len() > 1 || !names.contains(hit.surface));
            !minor || !doubtful || vouched
        })
        .map(|(hit, chosen)| Resolved {
            segment: hit.segment,
            mention: Mention {
                code: countries[chosen.country as usize].code,
                start: hit.start,
                end: hit.end,
                kind: chosen.kind,
            },
        })
        .collect()
}

/// Rule 5: a minor place named like a person ("Donna", "Heath") is no
/// evidence for its country unless a locative word makes it a place ("in
/// Sharon", "of Kent").
fn may_be_a_person(hit: &Hit, texts: &[&str]) -> bool {
    hit.name_like && only_minor_places(hit) && !after_locative(hit, texts)
}

/// Whether a locative word ("in", "from", "near"...) precedes the hit.
fn after_locative(hit: &Hit, texts: &[&str]) -> bool {
    previous_word(texts[hit.segment], hit.start).is_some_and(|p| LOCATIVES.contains(&p.word))
}

/// Whether a hit only names minor places (towns and regions under
/// [`PROMINENT_WEIGHT`]).
fn only_minor_places(hit: &Hit) -> bool {
    hit.candidates.iter().all(|c| {
        matches!(c.kind, MentionKind::City | MentionKind::Region | MentionKind::County) && c.weight < PROMINENT_WEIGHT
    })
}

/// Rule 1b, two minor places side by side are a person's name: "Helena
/// Duarte" is a minister, not Helena, Montana next to Duarte, California.
/// Real places in a row are separated ("Helena, Montana") or named as one
/// entry ("Kansas City").
fn is_name_pair(hits: &[Hit], index: usize, texts: &[&str]) -> bool {
    let adjacent = |a: &Hit, b: &Hit| {
        a.segment == b.segment && texts[a.segment].get(a.end..b.start) == Some(" ") && only_minor_places(b)
    };
    let hit = &hits[index];
    only_minor_places(hit)
        && (hits.get(index + 1).is_some_and(|next| adjacent(hit, next))
            || index.checked_sub(1).and_then(|i| hits.get(i)).is_some_and(|prev| adjacent(prev, hit)))
}

fn single_country(candidates: &[Candidate]) -> Option<u16> {
    let first = candidates.first()?.country;
    candidates.iter().all(|c| c.country == first).then_some(first)
}

/// Whether a word for people follows the hit after one space ("a Peru
/// man", "Bristol residents"). Runs for every hit, so it reads the bytes
/// directly rather than through `next_word`.
fn names_residents(hit: &Hit, texts: &[&str]) -> bool {
    let Some(rest) = texts[hit.segment][hit.end..].strip_prefix(' ') else {
        return false;
    };
    let word = &rest[..rest.bytes().position(|b| !b.is_ascii_lowercase()).unwrap_or(rest.len())];
    RESIDENT_NOUNS.contains(&word)
}

/// Whether the hit follows a person's age, the local-news way of saying
/// where someone lives ("Ann Lee, 34, of Peru", "Ann Lee, 34, Peru,").
fn follows_an_age(hit: &Hit, texts: &[&str]) -> bool {
    let before = &texts[hit.segment][..hit.start];
    let before = before.strip_suffix("of ").unwrap_or(before);
    let Some(before) = before.strip_suffix(", ") else {
        return false;
    };
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && before[..before.len() - digits].ends_with(", ")
}

/// The candidate a hit stands for. `town` says the article used the name
/// for a town's people or a person's home town, so only its towns,
/// counties and regions qualify, provided one of them is a region ("a
/// Georgia man") or in a country the article names otherwise.
fn choose(hit: &Hit, next: Option<&Hit>, texts: &[&str], anchors: &FxHashMap<u16, f64>, town: bool) -> Candidate {
    let text = texts[hit.segment];
    if let Some(country) = single_country(&hit.candidates) {
        return reading(hit, country, text);
    }
    let qualifier =
        next.filter(|n| n.segment == hit.segment && text.get(hit.end..n.start).is_some_and(|gap| gap.trim() == ","));
    if let Some(qualifier) = qualifier {
        let qualifying: FxHashSet<u16> = qualifier.candidates.iter().map(|c| c.country).collect();
        if let Some(c) =
            hit.candidates.iter().filter(|c| qualifying.contains(&c.country)).max_by(|a, b| a.weight.cmp(&b.weight))
        {
            return reading(hit, c.country, text);
        }
    }
    // A country's own name is not a small town of the same name unless a
    // qualifier says so ("Brazil" is Brazil; "Brazil, Ind." is Indiana) or
    // the article speaks of the town's people ("a Brazil man").
    let names_a_country = hit.candidates.iter().any(|c| matches!(c.kind, MentionKind::Country | MentionKind::Demonym));
    let subnational = |c: &Candidate| matches!(c.kind, MentionKind::City | MentionKind::County | MentionKind::Region);
    let anchored = |c: &Candidate| anchors.get(&c.country).is_some_and(|&a| a > 0.0);
    let town_reading =
        town && hit.candidates.iter().any(|c| c.kind == MentionKind::Region || (subnational(c) && anchored(c)));
    let eligible = |c: &&Candidate| {
        if town_reading {
            return subnational(c);
        }
        let small_town = matches!(c.kind, MentionKind::City | MentionKind::County) && c.weight < PROMINENT_WEIGHT;
        !(names_a_country && small_town)
    };
    let score = |c: &Candidate| {
        let primary_sense = matches!(c.kind, MentionKind::Country | MentionKind::Demonym);
        ANCHOR_SCORE * (anchors.get(&c.country).copied().unwrap_or(0.0) + f64::from(u8::from(primary_sense)))
            + (c.weight.max(1) as f64).log10()
    };
    let best = hit
        .candidates
        .iter()
        .filter(eligible)
        .max_by(|a, b| score(a).total_cmp(&score(b)))
        .or_else(|| hit.candidates.first())
        .expect("a hit has candidates");
    reading(hit, best.country, text)
}

/// Among readings of the chosen country, the kind the context points to: a
/// name after "City, " or before "state" is the region ("Seattle,
/// Washington", "Washington state"); otherwise the strongest kind (a capital
/// before a region: "Washington imposed sanctions").
fn reading(hit: &Hit, country: u16, text: &str) -> Candidate {
    let region_cue = previous_word(text, hit.start).is_some_and(|p| p.gap == ", " && p.capitalized())
        || text[hit.end..].trim_start().starts_with("state")
        || text[hit.end..].trim_start().starts_with("State");
    let rank = |c: &Candidate| match c.kind {
        MentionKind::Region if region_cue => 0,
        MentionKind::Country => 1,
        MentionKind::Capital => 2,
        MentionKind::Institution => 3,
        MentionKind::Leader => 4,
        MentionKind::Demonym => 5,
        MentionKind::Region => 6,
        MentionKind::County => 7,
        MentionKind::City => 8,
        MentionKind::Abbreviation => 9,
    };
    *hit.candidates
        .iter()
        .filter(|c| c.country == country)
        .min_by(|a, b| rank(a).cmp(&rank(b)).then(b.weight.cmp(&a.weight)))
        .expect("a hit has candidates")
}
