//! Disambiguation rules that look at one match and its neighbouring words.
//!
//! Each rule is written down here and in the README. They run after the
//! scan found a name at word boundaries (longest match first, so
//! "Guinea-Bissau" beats "Guinea", "Nigeria" beats "Niger", "New Mexico"
//! beats "Mexico" and blockers like "Paris Hilton" or "Latin America" hide
//! their parts). Rules that need the whole article (ambiguous places,
//! names already seen as people) live in `resolve`.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::gazetteer::{Form, MentionKind};
use crate::text::{in_all_caps_run, next_word, previous_word, starts_sentence, Neighbour};

/// What a rule decides about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// The match names a place.
    Place,
    /// The match is a person's name (remembered for later bare uses).
    Person,
    /// The match begins a street's name ("Warsaw Road"): no mention of
    /// the place, but a hint at the story's surroundings.
    Street,
    /// The match is something else (a bird, a pronoun, a language...).
    NotPlace,
}

/// Case rule: a name counts only when written with its own capitalisation.
/// So lowercase "china" (porcelain), "turkey" (the bird) and "us" (the
/// pronoun) never match. Accepted variants: a capitalised first letter for a
/// name that starts lowercase ("The Kremlin" at a sentence start), and an
/// all-capitals spelling of a mixed-case name ("JAPAN" in a shouted
/// headline). Acronyms ("US", "UK") must match exactly.
pub(crate) fn case_accepts(surface: &str, written: &str) -> bool {
    if surface == written {
        return true;
    }
    if !surface.chars().any(char::is_lowercase) {
        return false;
    }
    let mut surface_chars = surface.chars();
    let mut written_chars = written.chars();
    if let (Some(s), Some(w)) = (surface_chars.next(), written_chars.next()) {
        if s.is_lowercase()
            && s.to_uppercase().eq(std::iter::once(w))
            && surface_chars.as_str() == written_chars.as_str()
        {
            return true;
        }
    }
    written.chars().count() >= 4 && !written.chars().any(char::is_lowercase)
}

/// Words after "Turkey" that make it the bird.
static BIRD_NEXT: WordList = WordList::new(
    "dinner dinners sandwich sandwiches breast breasts farm farms farmer farmers hunt \
    hunting hunters hunter sales feathers fryer fryers legs leg trot shoot season \
    giveaway drive meat burger burgers vultures vulture day",
);
/// Words before "Turkey" that make it the bird.
static BIRD_PREVIOUS: WordList = WordList::new("wild roast roasted smoked stuffed fried Thanksgiving frozen");
/// Words after "China" that make it porcelain.
static PORCELAIN_NEXT: WordList = WordList::new(
    "cabinet cabinets plate plates dishes dish doll dolls pattern patterns set sets \
    cup cups teacup teacups hutch",
);
/// Words before "China" that make it porcelain.
static PORCELAIN_PREVIOUS: WordList = WordList::new("fine bone good wedding");
/// Demonyms that also name a widespread language.
static LANGUAGE_DEMONYMS: WordList = WordList::new(
    "English Spanish French Portuguese German Italian Chinese Japanese Russian Korean \
    Dutch Greek Turkish Polish Swedish Vietnamese Hungarian Czech Thai",
);
/// Words after a demonym that make it the language.
static LANGUAGE_NEXT: WordList = WordList::new(
    "language languages speaking speaker speakers class classes course courses \
    teacher teachers lesson lessons translation translations version subtitles \
    literature major department dictionary grammar proficiency fluency immersion \
    tutor tutors dub dubbed",
);
/// Words before a demonym that make it the language when no noun follows.
static LANGUAGE_PREVIOUS: WordList = WordList::new(
    "speak speaks spoke speaking spoken learn learns learning learned teach teaches \
    teaching taught fluent translated into in read write wrote written study studied",
);
/// Words that may follow a language name without making it an adjective.
static CLAUSE_WORDS: WordList = WordList::new("and or but as with by for to is was at on than");
/// Population under which a town or region may be read as a person's name.
const MINOR_PLACE_WEIGHT: u64 = 1_000_000;
/// Determiners before a common noun ("the Center", "a Police officer").
static DETERMINERS: WordList = WordList::new("the The a A an An this This that That its their his her our");
/// Month names that are also towns ("March" in England).
static MONTHS: WordList = WordList::new(
    "January February March April May June July August September October November \
    December",
);
/// Words after a demonym that make it a cuisine or a kind of thing rather
/// than the country ("Polish sausage", "Chinese takeout").
static CUISINE_NEXT: WordList = WordList::new(
    "food foods restaurant restaurants cuisine sausage sausages dish dishes dressing \
    bread pastry pastries cheese takeout buffet fries toast omelet dip salad dance \
    dancing dancers festival heritage descent ancestry style",
);
/// Honorifics and titles before a person's name.
static HONORIFICS: WordList = WordList::new(
    "Mr Mrs Ms Miss Dr Sen Rep Gov Coach coach Sgt Lt Capt Officer Deputy Judge Prof \
    Professor Sir Dame Lord Lady St",
);
/// Capitalised words that may precede a place name without making it a
/// surname: function words at a sentence start and compass words.
static PLACE_PREFIXES: WordList = WordList::new(
    "The In From To At Of For By On And But Across Near Into North South East West \
    Northern Southern Eastern Western Central Northeast Northwest Southeast \
    Southwest Upper Lower Greater Downtown Metro Rural Coastal Inner Outer New Old \
    Visit Welcome Like Unlike With Without Both Outside Inside",
);
/// Capitalised words that may follow a place name without making the name a
/// given name ("Jordan Valley", "Paris Police").
static PLACE_SUFFIXES: WordList = WordList::new(
    "County Co City River Valley Street St Avenue Ave Road Rd University College State \
    Province Island Islands Lake Bay Harbor Harbour Port Airport Police Department \
    Hospital Center Centre Township Parish Borough District Region Area Mountains \
    Mountain Highway Square Park Bridge Station Times Post Herald Tribune Daily \
    Council Government Ministry Embassy Army Navy Air Forces Defense Defence \
    Republic Kingdom Federation High Middle Elementary School Schools Public Library \
    Fire Sheriff Community Metropolitan Regional International National Municipal",
);

/// Verbs of saying right after a name, which make a demonym a surname.
static SPEECH_VERBS: WordList = WordList::new("said says told added explained noted asked wrote");
/// How many capitalised words may stand between a place name and the word
/// that makes it a street ("Irish Hills Road", "Kent Ridge Drive").
const STREET_NAME_EXTRA_WORDS: usize = 2;
/// How the names of places named after saints begin ("St. Mary", "Saint
/// John").
const SAINT_PREFIXES: [&str; 5] = ["St. ", "St ", "Saint ", "Ste. ", "Sainte "];

/// Applies the rules for one match. `headline` is true when the text is a
/// title, where every word may be capitalised.
pub(crate) fn judge(text: &str, start: usize, end: usize, forms: &[&Form], headline: bool) -> Verdict {
    let surface = forms[0].surface;
    let previous = previous_word(text, start);
    let next = next_word(text, end);
    let kinds = || forms.iter().flat_map(|f| f.candidates.iter().map(|c| c.kind));

    // Acronym rule: "US", "UK", "PRC" in an all-capitals run ("LET US GO")
    // cannot be told from ordinary words, so they count only in mixed case.
    if !surface.chars().any(char::is_lowercase) && surface.len() <= 4 && in_all_caps_run(text, start, end) {
        return Verdict::NotPlace;
    }
    // Abbreviation rule: "Ky.", "Calif.", "GA" count only right after a
    // capitalised place and a comma ("Paris, Ky."), where they can only be
    // a state; elsewhere "Miss.", "Ind." or "IN" are other words.
    if kinds().all(|k| k == MentionKind::Abbreviation) {
        let after_place = previous.is_some_and(|p| p.gap.trim() == "," && p.capitalized());
        return if after_place { Verdict::Place } else { Verdict::NotPlace };
    }
    // Bird and porcelain rules: "Turkey"/"China" next to food or tableware
    // words ("Turkey dinner", "wild turkey", "China cabinet", "fine china").
    if surface == "Turkey" && neighbour_in(previous, next, &BIRD_PREVIOUS, &BIRD_NEXT) {
        return Verdict::NotPlace;
    }
    if surface == "China" && neighbour_in(previous, next, &PORCELAIN_PREVIOUS, &PORCELAIN_NEXT) {
        return Verdict::NotPlace;
    }
    // Cuisine and heritage rule: a demonym before a food or heritage word
    // ("Polish sausage", "Italian restaurant", "of Irish descent") describes
    // a thing or a person's origin here, not the country.
    if kinds().all(|k| k == MentionKind::Demonym)
        && next.is_some_and(|n| n.adjacent() && CUISINE_NEXT.contains(&n.word.to_lowercase()))
    {
        return Verdict::NotPlace;
    }
    // Team rule: a plural demonym right after a place is a sports team
    // ("Cleveland Indians"), not the nation.
    if kinds().all(|k| k == MentionKind::Demonym)
        && surface.ends_with('s')
        && previous.is_some_and(|p| p.adjacent() && p.capitalized() && is_place_word(p.word))
    {
        return Verdict::NotPlace;
    }
    // Surname rule for demonyms: a singular demonym that says something,
    // after a given name or at a sentence start ("councillor Karen English
    // said", "“We are ready,” Finn said"), is a person's surname. The
    // people of a country take an article, a quantifier or a plural ("the
    // French said", "Many French said", "Finns said"); a given name is
    // capitalised mid-sentence.
    if kinds().all(|k| k == MentionKind::Demonym)
        && !surface.ends_with('s')
        && next.is_some_and(|n| n.adjacent() && SPEECH_VERBS.contains(n.word))
        && (starts_sentence(text, start)
            || previous.is_some_and(|p| {
                p.adjacent() && p.capitalized() && !starts_sentence(text, p.start) && !PLACE_PREFIXES.contains(p.word)
            }))
    {
        return Verdict::Person;
    }
    // Street rule: a place name that begins a street's name ("Cuba Road",
    // "Warsaw Rd.", "Irish Hills Road") is a street of the story's own
    // town, named after the place but not in it.
    if names_a_street(text, next) {
        return Verdict::Street;
    }
    // Saint rule: a town named after a saint ("St. Mary", "St. John's"),
    // followed by a possessive or a capitalised name, is the saint's
    // church, school, hospital or day ("St. Patrick's Day", "St. Mary's
    // High School", "St. John's Medical Center"). Countries keep their
    // possessive ("St. Lucia's government").
    if SAINT_PREFIXES.iter().any(|p| surface.starts_with(p))
        && kinds().all(|k| !matches!(k, MentionKind::Country | MentionKind::Demonym))
        && names_a_saints_institution(text, end)
    {
        return Verdict::NotPlace;
    }
    // Month rule: a town named like a month ("March") counts only when a
    // comma and a larger place qualify it ("March, Cambridgeshire").
    if MONTHS.contains(surface) && !next.is_some_and(|n| n.gap == ", " && n.capitalized()) {
        return Verdict::NotPlace;
    }
    // Language rule: "English class", "Spanish-speaking", "speaks French."
    // name a language, not the country.
    if LANGUAGE_DEMONYMS.contains(surface) {
        if next.is_some_and(|n| (n.gap == " " || n.gap == "-") && LANGUAGE_NEXT.contains(&n.word.to_lowercase())) {
            return Verdict::NotPlace;
        }
        let no_noun_follows = next.is_none_or(|n| n.gap.trim() != "" || CLAUSE_WORDS.contains(n.word));
        if previous.is_some_and(|p| p.adjacent() && LANGUAGE_PREVIOUS.contains(p.word)) && no_noun_follows {
            return Verdict::NotPlace;
        }
    }
    // Common-word rule: a city or region that is also an ordinary English
    // word ("Mobile", "Reading", "Bath") counts only mid-sentence, outside
    // headlines, not inside a longer capitalised name ("State Bar") and not
    // after a determiner ("the Center for...").
    let common_word_place = forms.iter().any(|f| f.common_word)
        && kinds().all(|k| {
            matches!(k, MentionKind::City | MentionKind::Region | MentionKind::County | MentionKind::Institution)
        });
    if common_word_place {
        let followed_by_place = next.is_some_and(|n| n.gap == ", " && n.capitalized());
        let in_longer_name = previous.is_some_and(|p| p.adjacent() && p.capitalized())
            || next.is_some_and(|n| n.adjacent() && n.capitalized());
        let after_determiner = previous.is_some_and(|p| p.adjacent() && DETERMINERS.contains(p.word));
        if !followed_by_place && (headline || starts_sentence(text, start) || in_longer_name || after_determiner) {
            return Verdict::NotPlace;
        }
    }
    // Person-name rules, for place names that are also given names or
    // surnames ("Jordan", "Chad", "Paris", "Georgia") and for every town or
    // region under a million people ("Gordon Brown", "Ronan O'Connor"
    // are not towns in Australia): an honorific before it ("Mr. Jordan"),
    // a capitalised word before it that is no function word, determiner
    // ("A Georgia man"), compass word, place, or sentence-initial adverb or
    // verb ("Michael Jordan", "Denzel Washington"), or a capitalised word
    // after it that is no place word ("Paris Hilton", "Chad Smith"; a small
    // town named like a person is none: "Chad Walker") make it a person.
    let minor_place = forms
        .iter()
        .flat_map(|f| f.candidates.iter())
        .all(|c| matches!(c.kind, MentionKind::City | MentionKind::Region) && c.weight < MINOR_PLACE_WEIGHT);
    if (forms.iter().any(|f| f.person_like) || minor_place) && !headline {
        if previous.is_some_and(|p| HONORIFICS.contains(p.word) && (p.adjacent() || p.raw.ends_with('.'))) {
            return Verdict::Person;
        }
        let surname = previous.is_some_and(|p| {
            let capitalised_word = p.adjacent() && p.capitalized() && !p.raw.ends_with('.');
            let place_context = PLACE_PREFIXES.contains(p.word)
                || DETERMINERS.contains(p.word)
                || is_place_word(p.word)
                || (starts_sentence(text, p.start) && looks_like_adverb_or_verb(p.word));
            capitalised_word && !place_context
        });
        let given_name = next.is_some_and(|n| {
            n.adjacent()
                && n.capitalized()
                && !n.all_caps()
                && !PLACE_SUFFIXES.contains(n.word)
                && !is_place_after_name(n.word)
        });
        if surname || given_name {
            return Verdict::Person;
        }
    }
    Verdict::Place
}

/// Whether the words after a name (`next` the first of them) make it part
/// of a street's name: at most [`STREET_NAME_EXTRA_WORDS`] capitalised
/// words, then a street word. "St." and "Dr." before a capitalised word
/// are a saint or a doctor ("Paris St. Germain").
fn names_a_street(text: &str, next: Option<Neighbour<'_>>) -> bool {
    let mut word = next;
    for extra_words in 0..=STREET_NAME_EXTRA_WORDS {
        let Some(current) = word.filter(|w| w.adjacent() && w.capitalized()) else {
            return false;
        };
        let after = || next_word(text, current.start + current.raw.len());
        if is_street_word(current.word) {
            let title_like = matches!(current.word, "St" | "Dr");
            return !title_like || !after().is_some_and(|n| n.adjacent() && n.capitalized());
        }
        if extra_words == STREET_NAME_EXTRA_WORDS {
            return false;
        }
        word = after();
    }
    false
}

/// Words that end a street's name ("Warsaw Road", "9 Bristol St."),
/// without those that also name other things after a place ("Court":
/// "Lancaster Crown Court"; "Way": "the American Way"). A `match` rather
/// than a [`WordList`]: it runs for most names found, and the string
/// compares cost less than hashing the word.
fn is_street_word(word: &str) -> bool {
    matches!(
        word,
        "Street"
            | "St"
            | "Road"
            | "Rd"
            | "Avenue"
            | "Ave"
            | "Lane"
            | "Ln"
            | "Drive"
            | "Dr"
            | "Boulevard"
            | "Blvd"
            | "Place"
            | "Pl"
            | "Terrace"
            | "Parkway"
            | "Pkwy"
            | "Alley"
    )
}

/// Whether a saint's name ending at `end` names the saint's day or
/// institution: a bare saint's name with a possessive after it always does
/// ("St. Patrick's Day", "St. Mary's High School"); a town's name holding
/// the possessive ("St. John's") only before a capitalised word that is no
/// place suffix ("St. John's Medical Center", not "St. John's Harbour").
fn names_a_saints_institution(text: &str, end: usize) -> bool {
    if text[end..].starts_with("'s") || text[end..].starts_with("’s") {
        return true;
    }
    let holds_possessive = text[..end].ends_with("'s") || text[..end].ends_with("’s");
    holds_possessive
        && next_word(text, end).is_some_and(|n| n.adjacent() && n.capitalized() && !PLACE_SUFFIXES.contains(n.word))
}

/// A sentence-initial word like "Meanwhile", "Neighbouring" or "Visited"
/// before a place is no given name.
fn looks_like_adverb_or_verb(word: &str) -> bool {
    ["ing", "ed", "ly", "while", "ever", "though"].iter().any(|suffix| word.ends_with(suffix))
}

/// A list of words written as one space-separated string, turned into a
/// set on first use (hashed with Fx: its words are fixed, so no text can
/// fill it with colliding keys).
struct WordList {
    words: &'static str,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    const fn new(words: &'static str) -> Self {
        WordList { words, set: OnceLock::new() }
    }

    fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.split_whitespace().collect()).contains(word)
    }
}

fn neighbour_in(
    previous: Option<Neighbour<'_>>,
    next: Option<Neighbour<'_>>,
    before: &WordList,
    after: &WordList,
) -> bool {
    previous.is_some_and(|p| p.adjacent() && before.contains(p.word))
        || next.is_some_and(|n| n.adjacent() && after.contains(&n.word.to_lowercase()))
}

/// Whether a single capitalised word is itself in the gazetteer, so that
/// "Paris Texas" or "Georgia Atlanta" are read as two places.
fn is_place_word(word: &str) -> bool {
    let gazetteer = &*crate::gazetteer::GAZETTEER;
    gazetteer.names.longest_prefix(word.as_bytes()).is_some_and(|(_, length)| length == word.len())
}

/// Whether a capitalised word after a person-like name is a place that
/// makes the two words two places ("Paris Texas", "Georgia Atlanta")
/// rather than a given name and a surname. A town under a million people
/// named like a person is no such place: "Chad Walker" is a man, not Chad
/// next to Walker, Michigan.
fn is_place_after_name(word: &str) -> bool {
    let gazetteer = &*crate::gazetteer::GAZETTEER;
    let Some((entry, length)) = gazetteer.names.longest_prefix(word.as_bytes()) else {
        return false;
    };
    let person_like_town = |form: &Form| {
        form.name_like
            && form
                .candidates
                .iter()
                .all(|c| matches!(c.kind, MentionKind::City | MentionKind::Region) && c.weight < MINOR_PLACE_WEIGHT)
    };
    length == word.len()
        && gazetteer.entries[entry].iter().any(|form| case_accepts(form.surface, word) && !person_like_town(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rule_keeps_capitalisation() {
        assert!(case_accepts("China", "China"));
        assert!(!case_accepts("China", "china"));
        assert!(!case_accepts("US", "us"));
        assert!(!case_accepts("US", "Us"));
        assert!(case_accepts("the Kremlin", "The Kremlin"));
        assert!(case_accepts("Japan", "JAPAN"));
        assert!(!case_accepts("Turkey", "turkey"));
    }
}
