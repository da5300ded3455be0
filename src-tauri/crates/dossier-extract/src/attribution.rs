//! Attribution: finds direct, partial and indirect claims in each sentence
//! and the speaker phrase and cue of each.
//!
//! Direct quotes take their speaker from an adjacent frame, in any order:
//! "“…,” said X", "“…,” X said", "X said: “…”", "X, ROLE, said, “…”", or
//! from the previous claim when a quote continues with no cue of its own.
//! Indirect speech is "X said (that) …", "X told Y (that) …", "…, X noted",
//! "…, said X", "according to X, …" and "…, according to X". A quoted
//! fragment embedded in a sentence is a partial quote attributed to that
//! sentence's reporting verb.

use std::cell::OnceCell;

use crate::doc::{Doc, QuoteTokens};
use crate::lexicon::{self, ContentNeed, CueVerb, ObjectSlot};
use crate::mentions::{self, phrase_ending_at, phrase_starting_at, PhraseForm, SpeakerPhrase, MAX_PHRASE_WORDS};
use crate::{ClaimKind, MAX_REPORT_BYTES};

/// A claim before its speaker is resolved.
#[derive(Debug, Clone, Copy)]
pub struct RawClaim {
    /// Direct, partial or indirect.
    pub kind: ClaimKind,
    /// Byte range of the claim.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Token range of the cue.
    pub cue: Option<(usize, usize)>,
    /// The speaker phrase, if the sentence names one.
    pub speaker: Option<SpeakerPhrase>,
    /// The sentence index.
    pub sentence: usize,
    /// A quote with no frame of its own: it continues the previous speaker.
    pub continuation: bool,
}

/// A sentence that only says who speaks next, before a quotation with no
/// frame of its own: "Sam Lau, the party's spokesman, said in a statement.
/// “There are no ballots to recount.”" It reports nothing itself, but the
/// quotation is that speaker's.
#[derive(Debug, Clone, Copy)]
pub struct Announcement {
    /// The sentence index.
    pub sentence: usize,
    /// Who speaks.
    pub speaker: SpeakerPhrase,
}

/// Every [`Announcement`] among the sentences no claim was found in
/// (`claimed`): a speaker opening the sentence, a verb of saying, then only
/// a setting ("in a statement", "on Friday") or the audience told, and a
/// quotation opening the next sentence.
pub fn find_announcements(doc: &Doc, claimed: &[bool]) -> Vec<Announcement> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let (a, b) = (sentence.first, sentence.last);
        let quotation_follows = doc.sentences.get(s + 1).is_some_and(|next| doc.is_quote(next.first));
        if claimed[s] || !quotation_follows || b < a + 3 || !doc.is_terminal(b - 1) {
            continue;
        }
        let end = b - 1;
        let Some((cue, verb)) =
            (a + 1..end.min(a + SUBJECT_WINDOW)).find_map(|c| cue_at(doc, c, a).filter(|v| v.speech).map(|v| (c, v)))
        else {
            continue;
        };
        let Some(speaker) = phrase_ending_at(doc, skip_modifiers_back(doc, cue, a), a).filter(|p| p.first == a) else {
            continue;
        };
        let rest = if verb.takes_object() { cue + 1 + object_len(doc, cue + 1, end) } else { cue + 1 };
        let only_setting = only_setting_follows(doc, rest, end)
            && (rest..end).all(|j| {
                let w = doc.low(j);
                !doc.is_quote(j) && w != "that" && !lexicon::is_finite_auxiliary(w) && cue_at(doc, j, a).is_none()
            });
        if only_setting {
            out.push(Announcement { sentence: s, speaker });
        }
    }
    out
}

/// A cue with its speaker phrase.
#[derive(Debug, Clone, Copy)]
struct Frame {
    cue: (usize, usize),
    speaker: SpeakerPhrase,
}

/// True when token `j` opens the name of a medium that words appear in:
/// "Twitter", "her blog", "the website".
fn names_a_medium(doc: &Doc, j: usize) -> bool {
    let medium = |k: usize| k < doc.tokens.len() && lexicon::is_medium_noun(doc.low(k));
    medium(j) || j < doc.tokens.len() && (lexicon::is_determiner(doc.low(j)) || doc.is_possessive(j)) && medium(j + 1)
}

/// Looks a token up as a reporting verb, rejecting capitalised words in
/// mid-sentence ("Hope Hicks", "the Post").
fn cue_at(doc: &Doc, i: usize, sentence_start: usize) -> Option<CueVerb> {
    if doc.inside[i] || !doc.is_word(i) {
        return None;
    }
    if doc.is_capitalized(i) && i != sentence_start && !doc.title_case[doc.sentence_of[i]] {
        return None;
    }
    // The word lists first: few words are cues, and the lookup rules out
    // most words faster than the checks on the word before them.
    let next = if i + 1 < doc.tokens.len() { doc.low(i + 1) } else { "" };
    let mut cue = lexicon::cue(doc.low(i), next)?;
    // "wrote on Twitter", "wrote in her blog": a medium after the
    // preposition is where the words appeared, not what they were about.
    if cue.particle && !cue.adjective && matches!(next, "on" | "in") && names_a_medium(doc, i + 2) {
        cue = lexicon::cue_verb(doc.low(i))?;
    }
    is_verb_here(doc, i, sentence_start, next, cue).then_some(cue)
}

/// True when the cue word at `i` (`cue`, with `next` the word after it)
/// is a verb where it stands, as its neighbours read it: not a gerund or
/// participle that modifies a noun ("Britain's defending champion", "a very
/// telling remark", "voting rights"), nor a noun ("the Clinton plan", "Tory
/// plans", "expressed fears", "the report", "Early voting can"). The
/// readings that need the speaker before the word are
/// [`completes_noun_phrase`] and [`noun_after_unnamed`].
fn is_verb_here(doc: &Doc, i: usize, sentence_start: usize, next: &str, cue: CueVerb) -> bool {
    // "Britain's defending champion": after a possessive a gerund modifies
    // a noun.
    if i > sentence_start && lexicon::is_gerund(doc.low(i)) && doc.is_possessive(i - 1) && doc.low(i) != "saying" {
        return false;
    }
    // "the most challenging moment", "a very telling remark", "her most
    // pointed remarks": after a word of degree a gerund or a participle is
    // an adjective. (A cue that is an adjective already, "more willing to
    // …", still reports a stance.)
    let degree_before =
        i > sentence_start && matches!(doc.low(i - 1), "most" | "more" | "less" | "least" | "very" | "too");
    // A participle only before its noun: in "most agreed that …", "most"
    // is who agreed.
    let participle = lexicon::is_gerund(doc.low(i))
        || doc.low(i).ends_with("ed")
            && i + 1 < doc.tokens.len()
            && doc.is_word(i + 1)
            && !lexicon::is_function_word(next);
    if degree_before && !cue.adjective && participle && doc.low(i) != "saying" {
        return false;
    }
    // "making sure that …" is taking care, not being sure; "voting
    // rights", "the voting record": a gerund that modifies a noun.
    let made_sure =
        doc.low(i) == "sure" && i > sentence_start && matches!(doc.low(i - 1), "make" | "makes" | "made" | "making");
    let voting_compound = doc.low(i) == "voting"
        && matches!(
            next,
            "rights"
                | "record"
                | "records"
                | "booth"
                | "booths"
                | "age"
                | "bloc"
                | "system"
                | "machines"
                | "process"
                | "patterns"
                | "public"
                | "precincts"
        );
    // "the Paris attacks", "the Clinton plan": after "the" and a name, a
    // word more often a noun is the noun the name modifies; a plural name
    // with a verb that agrees speaks ("the Tories claim"), and so does a
    // name before "that" or a pronoun ("the USADA claims that …").
    let named_noun = i >= sentence_start + 2
        && doc.low(i - 2) == "the"
        && doc.is_name_word(i - 1)
        && !doc.is_possessive(i - 1)
        && (!doc.low(i - 1).ends_with('s') || doc.low(i).ends_with('s'))
        && next != "that"
        && lexicon::subject_pronoun_of(next).is_none()
        && is_noun_like_cue(doc.low(i));
    // "Tory plans to cut …", "Republican claims of fraud": a party's
    // adjective, no subject without an article, before a word more often a
    // noun ("Tories claim" and "Labour claims" are subjects).
    let party_noun = i > sentence_start
        && doc.is_capitalized(i - 1)
        && matches!(doc.low(i - 1), "tory" | "conservative" | "republican" | "democratic")
        && is_noun_like_cue(doc.low(i));
    if made_sure
        || voting_compound
        || named_noun
        || party_noun
        || object_of_a_past_verb(doc, i, sentence_start)
        || heads_a_subject(doc, i, sentence_start)
    {
        return false;
    }
    // "the report", "his comments", "of answers", "Obama's plan": a noun,
    // not a verb. Only verbs follow a name's own "'s" ("McDonald's said").
    if i > sentence_start && !lexicon::is_gerund(doc.low(i)) {
        let prev = doc.low(i - 1);
        if matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "this"
                | "these"
                | "those"
                | "my"
                | "our"
                | "your"
                | "some"
                | "any"
                | "no"
                | "every"
                | "each"
                | "of"
                | "for"
                | "in"
                | "on"
                | "with"
                | "by"
                | "percentage"
                | "basis"
        ) || doc.is_possessive(i - 1)
            && !(lexicon::is_verb_only_after_possessive(doc.low(i)) && doc.is_name_word(i - 1))
        {
            return false;
        }
        if lexicon::is_naming_verb(doc.low(i)) && names_a_noun(doc, i, sentence_start) {
            return false;
        }
        // "a move branded a “humiliating retreat” by the Tories", "plans
        // branded “deeply irresponsible”", "its Walkman branded phone": a
        // participle; in "branded the plan “a disgrace”" the verb has its
        // object first. ("called a press conference" is a verb.)
        let participle_follows = || {
            i + 1 < doc.tokens.len()
                && (doc.is_quote(i + 1)
                    || matches!(next, "a" | "an" | "as")
                    || doc.is_capitalized(i - 1) && mentions::is_plain_word(doc, i + 1))
        };
        if lexicon::is_naming_verb(doc.low(i)) && doc.low(i) != "called" && participle_follows() {
            return false;
        }
        if next == "," && heads_subject_before_aside(doc, i) {
            return false;
        }
        // "Open champion Svetlana Kuznetsova", "the Olympic champion went
        // on": "champion" is a noun unless a subject pronoun, a modal, "to"
        // or a relative pronoun makes it a verb ("pledged to champion",
        // "who champions"), or a person's full name, a lowercase title or
        // a plural of people is its subject ("Ivanka Trump champions", "Fed
        // governor champions", "moderate Republicans champion").
        let champion_as_verb = || {
            let prev = doc.low(i - 1);
            let full_name = i >= sentence_start + 2
                && doc.is_name_word(i - 1)
                && lexicon::is_given_name(doc.low(i - 2))
                && doc.low(i) == "champions";
            lexicon::subject_pronoun_of(prev).is_some()
                || prev == "to"
                || lexicon::is_modal(prev)
                || lexicon::is_relative_pronoun(prev)
                || full_name
                || !doc.is_capitalized(i - 1) && lexicon::is_title_word(prev)
                || doc.low(i) == "champion" && prev.ends_with('s') && lexicon::is_unnamed_source_noun(prev)
        };
        if matches!(doc.low(i), "champion" | "champions") && !champion_as_verb() {
            return false;
        }
    }
    true
}

/// True when the cue word at `i`, in a plural noun's form, is the object of
/// the past tense right before it ("expressed fears that …", "raised
/// targets for …", "denied claims that …"): a present tense cannot follow
/// a past one, so the word is a noun. Not "says" and "tells", which no
/// noun shares ("A survey published says …": the participle describes).
fn object_of_a_past_verb(doc: &Doc, i: usize, sentence_start: usize) -> bool {
    if i <= sentence_start || !doc.is_word(i - 1) || doc.is_capitalized(i - 1) {
        return false;
    }
    let (prev, w) = (doc.low(i - 1), doc.low(i));
    let past = prev.ends_with("ed") || lexicon::is_irregular_past(prev);
    past && w.ends_with('s') && !lexicon::is_present_say_or_tell(w)
}

/// True when the cue word at `i`, in a form a noun shares ("note",
/// "votes", "voting", "attacks"), heads the subject of the verb right
/// after it: a modal, or a past tense before what it governs ("the 10-year
/// Treasury note fell to", "Early voting can give", "Older attacks relied
/// on"). A verb of saying stays a verb ("Kim Collins says suspended
/// sprinter …", "which the paper said could …"), and so does any cue after
/// a subject pronoun, a relative pronoun or an auxiliary.
fn heads_a_subject(doc: &Doc, i: usize, sentence_start: usize) -> bool {
    let w = doc.low(i);
    if i + 2 >= doc.tokens.len()
        || w.ends_with("ed")
        || lexicon::is_irregular_past(w)
        || !doc.is_word(i + 1)
        || lexicon::cue_verb(w).is_some_and(|verb| verb.speech)
    {
        return false;
    }
    let next = doc.low(i + 1);
    let modal = lexicon::is_modal(next);
    let governed = doc.low(i + 2);
    let past = (next.ends_with("ed") || lexicon::is_irregular_past(next))
        && !doc.is_capitalized(i + 1)
        && lexicon::cue_verb(next).is_none()
        && (lexicon::is_preposition(governed)
            || lexicon::is_determiner(governed)
            || matches!(governed, "to" | "out" | "up" | "down" | "wrong" | "by")
            || doc.is_capitalized(i + 2)
            || doc.is_number(i + 2));
    let verb_before = i > sentence_start && {
        let prev = doc.low(i - 1);
        lexicon::subject_pronoun_of(prev).is_some()
            || lexicon::is_relative_pronoun(prev)
            || matches!(prev, "what" | "to" | "not" | "also")
            || lexicon::is_finite_auxiliary(prev)
    };
    (modal || past) && !verb_before
}

/// The most tokens of an aside after a subject ("…, he added, …",
/// "…, the agency's director said, …").
const MAX_ASIDE_TOKENS: usize = 6;

/// True when the cue word at `i` ends a subject that an aside interrupts
/// before its predicate: "Cost estimates, he added, were …" (a report
/// inside the aside, a tense right after it).
fn heads_subject_before_aside(doc: &Doc, i: usize) -> bool {
    let limit = doc.tokens.len().min(i + 2 + MAX_ASIDE_TOKENS);
    let Some(close) = (i + 2..limit).find(|&j| doc.is(j, ",")) else {
        return false;
    };
    close + 1 < doc.tokens.len()
        && lexicon::is_finite_auxiliary(doc.low(close + 1))
        && (i + 2..close).any(|k| lexicon::cue_verb(doc.low(k)).is_some_and(|verb| verb.speech))
}

/// True when "called" at `i` names the indefinite noun before it ("a
/// consulting firm called Gavekal Dragonomics"), not when it reports ("a
/// protester called Trump a liar": a second object follows the name).
fn names_a_noun(doc: &Doc, i: usize, sentence_start: usize) -> bool {
    let indefinite_noun = (2..=3).any(|back| {
        i >= sentence_start + back
            && matches!(doc.low(i - back), "a" | "an")
            && (i - back + 1..i).all(|j| doc.is_word(j) && !doc.is_capitalized(j))
    });
    // "a competition called the House to Home Prize": the name may have
    // its article.
    let name_first =
        if i + 2 < doc.tokens.len() && doc.low(i + 1) == "the" && doc.is_name_word(i + 2) { i + 2 } else { i + 1 };
    let name_limit = doc.tokens.len().min(name_first + MAX_PHRASE_WORDS);
    let name_end = (name_first..name_limit).find(|&j| !doc.is_name_word(j)).unwrap_or(name_limit);
    let second_object = name_end < doc.tokens.len() && matches!(doc.low(name_end), "a" | "an" | "the");
    // "a phenomenon called ‘knocking’": the name may be quoted.
    let quoted_name = i + 1 < doc.tokens.len()
        && doc.is_quote(i + 1)
        && doc.quote_opening_at(i + 1).is_some_and(|q| q.close <= i + 1 + MAX_PHRASE_WORDS);
    indefinite_noun && (name_end > name_first || quoted_name) && !second_object
}

/// Steps back from a cue over modifiers ("has also said") to where the
/// speaker phrase must end. A cue more than [`MAX_PHRASE_WORDS`] tokens of
/// modifiers from the phrase has no speaker there: `floor` is returned.
fn skip_modifiers_back(doc: &Doc, cue: usize, floor: usize) -> usize {
    let mut e = cue;
    loop {
        let before = if e > floor && doc.is_word(e - 1) && !doc.inside[e - 1] && is_adverb_before_verb(doc, e - 1) {
            e - 1
        } else if let Some(open) = (e > floor && doc.is(e - 1, ")"))
            .then(|| (e.saturating_sub(8).max(floor)..e - 1).rev().find(|&j| doc.is(j, "(")))
            .flatten()
        {
            // "Sen. Bernie Sanders (I-Vt.) said".
            open
        } else if e >= floor + 3 && doc.is(e - 1, ",") && doc.is(e - 3, ",") && lexicon::is_aside_adverb(doc.low(e - 2))
        {
            // "Trump, however, said".
            e - 3
        } else if let Some(open) = dashed_aside_before(doc, e, floor) {
            // "The judge -- who has clashed with the mayor -- said".
            open
        } else if let Some(open) = parenthetical_before(doc, e, floor) {
            // "Mr. Trump, in a brief interview on Saturday, said".
            open
        } else if let Some(first) = time_phrase_before(doc, e, floor) {
            // "Hillary Clinton on Tuesday said".
            first
        } else {
            return e;
        };
        if cue - before > MAX_PHRASE_WORDS {
            return floor;
        }
        e = before;
    }
}

/// True for a word that may stand between a speaker and its verb: a listed
/// modifier ("has also said") or any lowercase "-ly" adverb ("forcefully
/// denied"); a capitalised one is a name ("Kelly said"), and so is a
/// modal that reads as a surname ("Mrs May said"). "All" and "both" after
/// the subject float ("the CML and the BBA all said", "they have both
/// denied"); at the start they are the subject.
fn is_adverb_before_verb(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    let surname = w == "may" && doc.is_name_word(j);
    let floating = matches!(w, "all" | "both")
        && j > 0
        && (doc.is(j - 1, ")")
            || doc.is_name_word(j - 1)
            || matches!(doc.low(j - 1), "they" | "we" | "have" | "had" | "are" | "were"));
    floating || !surname && lexicon::is_verb_modifier(w) || lexicon::is_ly_adverb(w) && !doc.is_capitalized(j)
}

/// The longest parenthetical [`skip_modifiers_back`] steps over.
const MAX_PARENTHETICAL_WORDS: usize = 12;

/// The comma opening ", in a brief interview on Saturday," when such a
/// parenthetical ends with the comma at `e - 1`: a phrase opened by a word
/// that opens an adverbial ("for her part", "with evident relief", "while
/// touring the port") other than a conjunction, or by "including", without
/// quotes or other commas, after a word.
fn parenthetical_before(doc: &Doc, e: usize, floor: usize) -> Option<usize> {
    if e < floor + 4 || !doc.is(e - 1, ",") {
        return None;
    }
    let lowest = e.saturating_sub(MAX_PARENTHETICAL_WORDS + 2).max(floor + 1);
    let open = (lowest..e - 1).rev().find(|&j| doc.is(j, ",") || doc.is_quote(j) || doc.is(j, "—"))?;
    let opener = doc.low(open + 1);
    let inside_is_plain = (open + 1..e - 1).all(|j| !doc.inside[j]);
    (doc.is(open, ",")
        && open + 2 < e - 1
        && (opens_adverbial(opener) && !matches!(opener, "and" | "but" | "so" | "yet") || opener == "including")
        && inside_is_plain
        && doc.is_word(open - 1))
    .then_some(open)
}

/// The most tokens a dashed aside inside content spans.
const MAX_DASHED_ASIDE_TOKENS: usize = 16;

/// True when the dash at `open` opens an aside that a second dash closes
/// before the content's verb ("the sliding dollar - which makes exports
/// less expensive - has had little impact"): the content goes on past it.
fn dashed_aside_in_content(doc: &Doc, open: usize, end: usize) -> bool {
    let close = (open + 2..end.min(open + MAX_DASHED_ASIDE_TOKENS)).find(|&k| is_dash(doc, k));
    close.is_some_and(|k| {
        // Past both halves of "--".
        let after = if k + 1 < end && is_dash(doc, k + 1) { k + 2 } else { k + 1 };
        after < end && {
            let w = doc.low(after);
            lexicon::is_finite_auxiliary(w)
                || lexicon::looks_like_verb(w) && !lexicon::is_gerund(w) && !doc.is_capitalized(after)
        }
    })
}

/// True for a dash mark: "—", "–", or a hyphen standing alone (" - ", and
/// each half of "--").
fn is_dash(doc: &Doc, j: usize) -> bool {
    doc.is(j, "—") || doc.is(j, "–") || doc.is(j, "-")
}

/// Where an aside set off by dashes starts when its closing dash ends at
/// `e - 1` ("Kagan — who led the board in 2007 —", "the judge -- who has
/// clashed with the mayor --"): at the opening dash, within
/// [`MAX_PHRASE_WORDS`] tokens, with a word before it and no quote mark or
/// sentence end inside.
fn dashed_aside_before(doc: &Doc, e: usize, floor: usize) -> Option<usize> {
    if e <= floor + 2 || !is_dash(doc, e - 1) {
        return None;
    }
    let mut close = e - 1;
    while close > floor && is_dash(doc, close - 1) {
        close -= 1;
    }
    let lowest = close.saturating_sub(MAX_PHRASE_WORDS).max(floor + 1);
    let mut open = (lowest..close).rev().find(|&j| is_dash(doc, j) || doc.is_quote(j) || doc.is_terminal(j))?;
    if !is_dash(doc, open) {
        return None;
    }
    while open > floor + 1 && is_dash(doc, open - 1) {
        open -= 1;
    }
    let aside_is_plain = open + 1 < close && (open + 1..close).all(|j| !doc.inside[j]);
    (aside_is_plain && doc.is_word(open - 1)).then_some(open)
}

/// Where a time phrase right before `e` starts: "on Tuesday", "on Monday
/// night", "last week", "yesterday", "in the past". Only days and relative
/// times: "in Paris said" is left alone.
fn time_phrase_before(doc: &Doc, e: usize, floor: usize) -> Option<usize> {
    let is_day = |j: usize| {
        matches!(doc.low(j), "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
    };
    let mut j = e;
    if j > floor && lexicon::is_part_of_day(doc.low(j - 1)) {
        j -= 1;
    }
    if j > floor && is_day(j - 1) {
        j -= 1;
        if j > floor && doc.low(j - 1) == "on" {
            j -= 1;
        }
    } else if j > floor + 1
        && matches!(doc.low(j - 1), "week" | "month" | "year" | "weekend")
        && matches!(doc.low(j - 2), "last" | "this")
    {
        j -= 2;
    } else if j == e && j > floor && matches!(doc.low(j - 1), "yesterday" | "today") {
        j -= 1;
    } else if j > floor + 2 && doc.low(j - 3) == "in" && doc.low(j - 2) == "the" && doc.low(j - 1) == "past" {
        // "Gore's friends have in the past said".
        j -= 3;
    }
    // Something must stay before the time phrase to be the speaker: a word,
    // the comma that closes an appositive ("Ana Lobo, the port's director,
    // on Tuesday said") or a parenthesis ("Dianne Feinstein (D-Calif.) last
    // week said").
    (j < e && j > floor && (doc.is_word(j - 1) || doc.is(j - 1, ",") || doc.is(j - 1, ")"))).then_some(j)
}

/// True when the verb at `cue` is a passive or an infinitive ("was told",
/// "declined to say"): its subject is not the speaker. An infinitive that
/// a verb of going on or trying leads ("went on to say") is the subject's
/// own report.
fn passive_or_infinitive(doc: &Doc, cue: usize, floor: usize) -> bool {
    if cue == floor {
        return false;
    }
    let prev = doc.low(cue - 1);
    let progressive = doc.low(cue).ends_with("ing");
    // "will be automatically denied": an adverb in "-ly" may stand between
    // the auxiliary and the participle.
    let auxiliary = if cue >= floor + 2 && lexicon::is_ly_adverb(prev) { doc.low(cue - 2) } else { prev };
    (prev == "to" && leading_verb_start(doc, cue, floor).is_none())
        || (!progressive
            && matches!(auxiliary, "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got"))
}

/// Where the verb that leads an infinitive cue starts, when that verb
/// makes the report its subject's: "went on to say", "sought to reassure",
/// "was quick to point out". The subject stands before that verb.
fn leading_verb_start(doc: &Doc, cue: usize, floor: usize) -> Option<usize> {
    if cue < floor + 2 || doc.low(cue - 1) != "to" {
        return None;
    }
    let lead = cue - 2;
    let before = |j: usize, words: &[&str]| j > floor && words.contains(&doc.low(j - 1));
    // "went so far as to say": the verb before the measure leads.
    let gone_so_far = lead >= floor + 3
        && doc.low(lead) == "as"
        && doc.low(lead - 1) == "far"
        && matches!(doc.low(lead - 2), "so" | "as")
        && matches!(doc.low(lead - 3), "went" | "go" | "goes" | "going" | "gone");
    if gone_so_far {
        return Some(lead - 3);
    }
    match doc.low(lead) {
        w if lexicon::is_leading_verb(w) => Some(lead),
        "on" if before(lead, &["went", "go", "goes", "going", "gone"]) => Some(lead - 1),
        "quick" | "careful" if before(lead, &["was", "were", "is", "are", "be", "been"]) => Some(lead - 1),
        _ => None,
    }
}

/// How far into a clause a search for a cue's subject goes: clauses in
/// news run to a few dozen tokens (PolNeAR: 67 at most), and without a
/// bound a hostile sentence of thousands of words and commas is searched
/// again for every cue in it.
const SUBJECT_WINDOW: usize = 128;

/// The subject of the clause a sentence opens with ("Other Republicans
/// echoed …, saying …"), within [`SUBJECT_WINDOW`] tokens of its start.
fn sentence_subject(doc: &Doc, first: usize, limit: usize) -> Option<SpeakerPhrase> {
    let window = limit.min(first + SUBJECT_WINDOW);
    let mut i = first;
    while i < window && (doc.is_quote(i) || doc.is(i, "(") || matches!(doc.low(i), "but" | "and" | "so" | "yet")) {
        i += 1;
    }
    if i < window && doc.is_capitalized(i) && !doc.is_name_word(i) && !doc.word(i).chars().any(char::is_lowercase) {
        // "HALDEN (AP) — Senator Finch …": skip the dateline to its dash.
        if let Some(dash) = (i..window).find(|&j| doc.is(j, "—") || doc.is(j, "–") || doc.is(j, "-")) {
            i = dash + 1;
        }
    }
    // "Now the Italians travel …": a time adverb alone before the subject.
    if i + 1 < window && matches!(doc.low(i), "now" | "then" | "today" | "yesterday") && doc.is_word(i + 1) {
        i += 1;
    }
    if i < window && (opens_adverbial(doc.low(i)) || lexicon::is_gerund(doc.low(i)) || opens_time_phrase(doc, i)) {
        // "In an interview with the Journal, Trump …", "Holding signs, the
        // protesters …": skip to the comma.
        let comma = (i..window).find(|&j| doc.is(j, ",") && !doc.inside[j])?;
        i = comma + 1;
    }
    phrase_starting_at(doc, i, limit).or_else(|| group_opening_sentence(doc, i, limit))
}

/// "Companies have been slow to act, saying …", "Airlines protested,
/// saying …": a plural of businesses or of people by what they do that
/// opens the sentence with the sentence's capital (no name, see
/// [`Doc::is_name_word`]) is the group the gerund's words are from.
fn group_opening_sentence(doc: &Doc, i: usize, limit: usize) -> Option<SpeakerPhrase> {
    let w = doc.low(i);
    let singular = w.strip_suffix("ies").map(|stem| format!("{stem}y")).unwrap_or_else(|| {
        w.strip_suffix("es")
            .filter(|stem| stem.ends_with("ss"))
            .or_else(|| w.strip_suffix('s'))
            .unwrap_or(w)
            .to_string()
    });
    let group = i < limit
        && doc.is_capitalized(i)
        && !doc.is_name_word(i)
        && w.ends_with('s')
        && (lexicon::is_agent_plural(w)
            || lexicon::is_organization_word(&singular)
            || lexicon::is_organization_word(w));
    group.then(|| SpeakerPhrase::whole(i, i + 1, PhraseForm::Unnamed))
}

/// How far back from a comma [`quote_frame_speaker`] looks for the
/// quotation: past the longest frame [`frame_after`] reads.
const QUOTE_FRAME_WINDOW: usize = 40;

/// The speaker of an attribution frame that follows a quotation and ends
/// at the comma at `comma`: "“…,” Buchanan said, noting that …", "“…,”
/// said Ana Lobo, a pollster, adding …". A gerund after such a frame
/// continues the quoted speaker's words.
fn quote_frame_speaker(doc: &Doc, sentence_start: usize, comma: usize) -> Option<SpeakerPhrase> {
    let lowest = sentence_start.max(comma.saturating_sub(QUOTE_FRAME_WINDOW));
    let close = (lowest..comma).rev().find(|&j| doc.is_quote(j) && !doc.inside[j])?;
    frame_after(doc, close + 1, comma, sentence_start).map(|frame| frame.speaker)
}

/// The speaker of the clause before the comma at `comma`, when that
/// clause is an attribution: "…, the agency said, adding that …",
/// "Reached by the Post, Bennett denied the notion, explaining that …". A
/// gerund after it continues that speaker's words, not the sentence
/// subject's.
fn aside_frame_speaker(doc: &Doc, sentence_start: usize, comma: usize) -> Option<SpeakerPhrase> {
    let lowest = sentence_start.max(comma.saturating_sub(QUOTE_FRAME_WINDOW));
    let open = (lowest..comma).rev().find(|&j| doc.is(j, ",") && !doc.inside[j])?;
    let frame = frame_after(doc, open + 1, comma, sentence_start)?;
    // After an inverted verb only the speaker and when it was said may
    // stand ("…, said Ada Finch on Monday, adding …"); "…, said it took
    // months, highlighting …" is no frame: "it" opens what was said.
    let inverted = frame.speaker.first > frame.cue.0;
    let speaker_ends_it = (frame.speaker.last..comma).all(|j| lexicon::is_cue_adverbial(doc.low(j)));
    (!inverted || speaker_ends_it).then_some(frame.speaker)
}

/// Who speaks the words of a gerund after a comma at `cue` in the
/// sentence from `a` ("…, saying …", "…, adding, “…”"): the speaker of
/// the quotation the sentence opens with, or of the attribution the comma
/// closes, or else the sentence's subject.
fn gerund_subject(doc: &Doc, a: usize, cue: usize) -> Option<SpeakerPhrase> {
    quote_frame_speaker(doc, a, cue - 1)
        .or_else(|| aside_frame_speaker(doc, a, cue - 1))
        .or_else(|| sentence_subject(doc, a, cue))
}

/// True when the phrase follows a preposition inside its clause ("the
/// party" in "a spokesman for the party").
fn follows_preposition(doc: &Doc, phrase: &SpeakerPhrase, clause: usize) -> bool {
    phrase.first > clause && lexicon::is_complement_preposition(doc.low(phrase.first - 1))
}

/// How far before the complement a comma may open the noun it complements
/// ("…, but at least a dozen members of Congress said": six words).
const MAX_COMPLEMENT_LEAD_TOKENS: usize = 8;

/// The most plain words of a post before the organisation it is held at
/// ("executive partner of", "senior economist at").
const MAX_POST_WORDS: usize = 4;

/// "economist at Global Insight", "managing director of ISP Freedom2surf":
/// lowercase words naming a post after a comma, then "at", "of", "from" or
/// "with" (perhaps "the") and the organisation's name read as `phrase`,
/// ending at `e`; the role [`name_before_role`] gives the name before the
/// comma ("Howard Archer, economist at Global Insight said", where
/// "Global Insight" had spoken).
fn post_at_organisation(doc: &Doc, clause: usize, phrase: &SpeakerPhrase, e: usize) -> Option<SpeakerPhrase> {
    if phrase.last != e || !matches!(phrase.form, PhraseForm::Name | PhraseForm::Organization) {
        return None;
    }
    let preposition = mentions::preposition_before(doc, phrase.first, clause)?;
    if !matches!(doc.low(preposition), "at" | "of" | "from" | "with") {
        return None;
    }
    let post_first = (preposition.saturating_sub(MAX_POST_WORDS).max(clause + 1)..preposition)
        .rev()
        .take_while(|&j| mentions::is_plain_word(doc, j))
        .last()?;
    let names_a_post = (post_first..preposition).any(|j| {
        let w = doc.low(j);
        lexicon::is_role_word(w) || lexicon::is_title_word(w) || lexicon::ends_like_occupation(w)
    });
    (names_a_post && doc.is(post_first - 1, ",")).then(|| SpeakerPhrase::whole(post_first, e, PhraseForm::Unnamed))
}

/// The whole speaker when the phrase read before the cue at `cue` (ending
/// at `e`) only completes a preposition: a noun with its complement,
/// opening the clause or after a comma ("…, a spokesman for the party
/// said."); after a name and a comma it is the name's role ("Scott Lee, a
/// spokesman for the campaign said:"). Not for a gerund, which continues
/// a predicate.
fn speaker_with_complement(
    doc: &Doc,
    phrase: &SpeakerPhrase,
    clause: usize,
    e: usize,
    cue: usize,
) -> Option<SpeakerPhrase> {
    if !follows_preposition(doc, phrase, clause) || lexicon::is_gerund(doc.low(cue)) {
        return None;
    }
    let comma = (clause.max(phrase.first.saturating_sub(MAX_COMPLEMENT_LEAD_TOKENS))..phrase.first)
        .rev()
        .find(|&j| doc.is(j, ","));
    let mut start = comma.map_or(clause, |c| c + 1);
    // "But a spokesman for the department said …".
    if lexicon::is_clause_conjunction(doc.low(start)) {
        start += 1;
    }
    // "at least a dozen members of Congress": a rounding before the
    // determiner belongs to the phrase.
    let mut determiner = start;
    while determiner < e
        && lexicon::is_approximator(doc.low(determiner))
        && !lexicon::is_determiner(doc.low(determiner))
    {
        determiner += 1;
    }
    let noun = mentions::noun_with_complement(doc, determiner, e)
        .or_else(|| (determiner == start).then(|| mentions::group_with_complement(doc, start, e)).flatten())
        .map(|noun| SpeakerPhrase { first: start, head_first: start, ..noun })?;
    if comma.is_none() {
        return Some(noun);
    }
    // "said Ben Lee, a researcher at Futurelab charged with …": what stands
    // before the comma is no clause but a frame.
    if lexicon::cue_verb(doc.low(clause)).is_some() {
        return None;
    }
    // "When contacted, a spokesman for Ofcom said …": the noun opens the
    // clause the introduction leads to.
    if opens_introduction(doc, clause) {
        return Some(noun);
    }
    Some(name_before_role(doc, clause, &noun, e).unwrap_or(noun))
}

/// "Armando Falcon, OFHEO director said", "Mr Prettejohn, Lloyd's chief
/// executive said": a name opens the clause, or follows the comma that
/// ends what was said ("The port will close, Ada Finch, Labour's
/// strategist told the BBC"); a comma follows it, and the phrase read
/// before the cue (ending at `e`), which no second comma closes, is its
/// role. The name speaks. A first name and a surname at least: a lone
/// capitalised word there may open the sentence ("Overall, the remaining
/// casinos …").
fn name_before_role(doc: &Doc, clause: usize, role: &SpeakerPhrase, e: usize) -> Option<SpeakerPhrase> {
    let comma = role.first.checked_sub(1).filter(|&c| c > clause && doc.is(c, ","))?;
    // "Last September, German authorities said": a time, not a name.
    if matches!(role.form, PhraseForm::Name | PhraseForm::Pronoun)
        || lexicon::cue_verb(doc.low(clause)).is_some()
        || opens_introduction(doc, clause)
        || matches!(doc.low(clause), "last" | "next" | "this" | "early" | "late")
    {
        return None;
    }
    // The word count first: the clause may be long, and this runs for cues.
    let after_content = (comma.saturating_sub(MAX_NAME_BEFORE_ROLE_WORDS + 1).max(clause + 2)..comma - 1)
        .rev()
        .find(|&j| doc.is(j, ","))
        .map(|c| c + 1);
    let first = if comma - clause <= MAX_NAME_BEFORE_ROLE_WORDS {
        clause
    } else {
        // After content, the name is no list's last item ("… such as China,
        // Russia and India, the report said") and the role names a person's
        // post, not a document ("a Holcim statement").
        let first = after_content?;
        let one_name = (first..comma).all(|j| !matches!(doc.low(j), "and" | "&"));
        let a_document = lexicon::is_document_noun(doc.low_bare(e - 1));
        if !one_name || a_document || !mentions::looks_like_role(doc, role.first, e) {
            return None;
        }
        first
    };
    let name_words = (2..=MAX_NAME_BEFORE_ROLE_WORDS).contains(&(comma - first));
    let name_run = || (first..comma).all(|j| doc.is_capitalized(j));
    let named = || {
        phrase_ending_at(doc, comma, first)
            .is_some_and(|name| name.first == first && name.form == PhraseForm::Name && name.role.is_none())
    };
    (name_words && (name_run() || named())).then_some(SpeakerPhrase {
        first,
        last: e,
        head_first: first,
        head_last: comma,
        role: Some((role.first, e)),
        form: PhraseForm::Name,
    })
}

/// The whole speaker when the phrase read before the cue at `cue` (ending
/// at `e`) is only part of it: the complement of a noun
/// ([`speaker_with_complement`]) or the role of a name before it
/// ([`name_before_role`]).
fn whole_speaker(doc: &Doc, phrase: &SpeakerPhrase, clause: usize, e: usize, cue: usize) -> Option<SpeakerPhrase> {
    speaker_with_complement(doc, phrase, clause, e, cue)
        .or_else(|| name_before_role(doc, clause, phrase, e))
        .or_else(|| name_before_role(doc, clause, &post_at_organisation(doc, clause, phrase, e)?, e))
        .or_else(|| people_with_relative_clause(doc, clause, e).filter(|people| phrase.first > people.head_last))
}

/// The most words of a noun phrase before the relative clause of
/// [`people_with_relative_clause`] ("many diehard Sanders supporters").
const MAX_PEOPLE_LEAD_WORDS: usize = 5;

/// The most tokens of that relative clause ("who came to Philadelphia to
/// protest this week's convention" is 9).
const MAX_RELATIVE_CLAUSE_TOKENS: usize = 16;

/// "Officials who studied the plan say …", "The state officials whose laws
/// have been invalidated say …", "Republican activists clamoring to block
/// Trump say …": a noun for people opens the clause, and a relative clause
/// or a participle's runs from it to the cue (ending at `e`). Whatever
/// phrase stands before the cue ("the plan") is only the end of that
/// clause: all of it speaks.
fn people_with_relative_clause(doc: &Doc, clause: usize, e: usize) -> Option<SpeakerPhrase> {
    // "But officials who …", "though executives who …".
    let opener_word = |w: &str| lexicon::is_clause_conjunction(w) || lexicon::is_subordinator(w);
    let first = if opener_word(doc.low(clause)) { clause + 1 } else { clause };
    let limit = e.min(first + MAX_PEOPLE_LEAD_WORDS + 1);
    let opener = (first + 1..limit).find(|&j| {
        !doc.is_word(j)
            || doc.inside[j]
            || !doc.is_capitalized(j) && {
                let w = doc.low(j);
                matches!(w, "who" | "whose")
                    || lexicon::is_gerund(w)
                    || lexicon::is_finite_auxiliary(w)
                    || lexicon::cue_verb(w).is_some()
            }
    })?;
    let head = doc.low(opener - 1);
    let plural_people = lexicon::is_unnamed_source_noun(head) && head.ends_with('s');
    let person = lexicon::is_person_noun(head) || lexicon::is_title_word(head);
    let relative = matches!(doc.low(opener), "who" | "whose");
    let participle = lexicon::is_gerund(doc.low(opener)) && plural_people;
    // A verb of saying inside is the clause's own cue ("the host who
    // presents the show said she wanted …"), unless it is passive: "whose
    // plans were rejected", "who were warned" report no one's words.
    let passive = |j: usize| matches!(doc.low(j - 1), "was" | "were" | "been" | "be" | "being" | "is" | "are");
    let clause_fits = (opener + 2..=opener + 1 + MAX_RELATIVE_CLAUSE_TOKENS).contains(&e)
        && (opener + 1..e).all(|j| {
            (doc.is_word(j) && !doc.inside[j] || doc.is_number(j))
                && (!lexicon::cue_verb(doc.low(j)).is_some_and(|v| v.speech) || passive(j))
        });
    let lead_fits =
        (first..opener).all(|j| doc.is_word(j) && !doc.inside[j] && lexicon::cue_verb(doc.low(j)).is_none());
    ((relative && (plural_people || person) || participle) && clause_fits && lead_fits).then_some(SpeakerPhrase {
        first,
        last: e,
        head_first: first,
        head_last: opener,
        role: None,
        form: PhraseForm::Unnamed,
    })
}

/// The most words of a name before a comma and a role the cue follows
/// ("Will Davies, a fellow at the institute said").
const MAX_NAME_BEFORE_ROLE_WORDS: usize = 4;

/// The most tokens between "quoted" and "as saying" ("quoted by
/// Germany's Manager Magazin as saying" is 5).
const MAX_QUOTED_AS_GAP: usize = 8;

/// The forms of "quote" that put someone's words in a paper's mouth.
fn is_quoting_verb(w: &str) -> bool {
    matches!(w, "quoted" | "quotes" | "quote" | "quoting")
}

/// Who speaks when the cue is "saying" in "quoted as saying": the subject
/// of a passive ("He was quoted by the Financial Times as saying …", "with
/// Mr Dixon quoted as saying …") or the object of an active quoting ("Arab
/// News quoted Prince Saud as saying …"), not the paper that quotes. With
/// the speaker, the token of the quoting verb.
fn quoted_as_saying(doc: &Doc, cue: usize, clause: usize) -> Option<(SpeakerPhrase, usize)> {
    if doc.low(cue) != "saying" || cue < clause + 3 || doc.low(cue - 1) != "as" {
        return None;
    }
    let lowest = clause.max((cue - 1).saturating_sub(MAX_QUOTED_AS_GAP));
    let quoted = (lowest..cue - 1).rev().find(|&j| is_quoting_verb(doc.low(j)))?;
    if quoted + 1 < cue - 1 && !matches!(doc.low(quoted + 1), "by" | "in") {
        // Active: the one quoted stands between "quoted" and "as".
        return phrase_starting_at(doc, quoted + 1, cue - 1).filter(|p| p.last == cue - 1).map(|p| (p, quoted));
    }
    let passive = quoted > clause && matches!(doc.low(quoted - 1), "was" | "is" | "were" | "are" | "been" | "being");
    let subject_end = if passive { quoted - 1 } else { quoted };
    phrase_ending_at(doc, subject_end, clause).map(|p| (p, quoted))
}

/// The speaker phrase for a cue at `cue`: before it ("X said"), or after it
/// when inverted ("said X").
fn speaker_for_cue(doc: &Doc, cue: usize, floor: usize, limit: usize, inverted_ok: bool) -> Option<SpeakerPhrase> {
    let e = skip_modifiers_back(doc, cue, floor);
    if let Some(p) = phrase_ending_at(doc, e, floor) {
        return Some(whole_speaker(doc, &p, floor, e, cue).unwrap_or(p));
    }
    if !inverted_ok {
        return None;
    }
    // "Carson left early but told reporters, “…”": a second verb of the
    // sentence's subject.
    if e > floor && matches!(doc.low(e - 1), "and" | "but") {
        if let Some(subject) = sentence_subject(doc, floor, e - 1) {
            return Some(subject);
        }
    }
    // "…, told his supporters": whom someone tells is never who speaks.
    if lexicon::is_object_first_verb(doc.low(cue)) {
        return None;
    }
    phrase_starting_at(doc, cue + 1, limit)
}

/// "“…,” Jeff Joseph, of the CEA told …", "…, from the Consumer
/// Electronics Association (CEA) told": a name at `first`, a comma, and its
/// organisation after "of", "from" or "at" running to the cue at `e` with
/// no closing comma. The organisation is the name's role.
fn name_then_affiliation(doc: &Doc, first: usize, e: usize) -> Option<SpeakerPhrase> {
    let comma = (first + 1..e).find(|&j| doc.is(j, ","))?;
    let affiliation = comma + 2 < e
        && matches!(doc.low(comma + 1), "of" | "from" | "at")
        && (comma + 1..e).all(|j| (doc.is_word(j) || doc.is(j, "(") || doc.is(j, ")")) && !doc.inside[j])
        && doc.is_capitalized(e - 1);
    if !affiliation {
        return None;
    }
    let name = phrase_ending_at(doc, comma, first).filter(|p| p.first == first && p.form == PhraseForm::Name)?;
    Some(SpeakerPhrase { last: e, role: Some((comma + 1, e)), ..name })
}

/// True when the cue at `c` is a verb of saying, which may frame a
/// quotation: before its preposition too ("“…,” Bell insisted on BBC Radio
/// 4", read as a verb of stance with "on").
fn says_at(doc: &Doc, c: usize, sentence_start: usize) -> bool {
    cue_at(doc, c, sentence_start)
        .is_some_and(|v| v.speech || v.particle && lexicon::cue_verb(doc.low(c)).is_some_and(|bare| bare.speech))
}

/// An attribution frame after a quote: "…,” said X" or "…,” X said".
fn frame_after(doc: &Doc, from: usize, to: usize, sentence_start: usize) -> Option<Frame> {
    // "“…” ― Ada Finch": a dash and a name alone after a quotation sign it,
    // as under an epigraph.
    if from + 1 < to && (doc.is(from, "―") || doc.is(from, "—")) {
        let signed = phrase_starting_at(doc, from + 1, to)
            .filter(|p| p.form == PhraseForm::Name && (p.last >= to || doc.is_terminal(p.last)));
        if let Some(speaker) = signed {
            return Some(Frame { cue: (from, from + 1), speaker });
        }
    }
    let mut i = from;
    while i < to && (doc.is(i, ",") || doc.is(i, "—") || doc.is(i, "–")) {
        i += 1;
    }
    if i >= to {
        return None;
    }
    // "“…,” according to Ada Finch.": the source after "according to".
    if i + 2 < to && doc.low(i) == "according" && doc.low(i + 1) == "to" {
        let end = (i + 2..to).find(|&j| doc.is_terminal(j)).unwrap_or(to);
        let speaker = phrase_starting_at(doc, i + 2, end).or_else(|| source_phrase(doc, i + 2, end))?;
        return Some(Frame { cue: (i, i + 2), speaker });
    }
    let window = to.min(i + 40);
    let frames = |c: usize| says_at(doc, c, sentence_start) || lexicon::is_manner_of_speaking(doc.low(c));
    let cue = (i..window).find(|&c| frames(c))?;
    if cue == i {
        // "…,” telling reporters …": whom someone tells is never who speaks
        // ("…?” asked Ada Finch" is Ada Finch's question).
        if lexicon::cue_verb(doc.low(cue)).is_some_and(|v| v.object == ObjectSlot::Always) {
            return None;
        }
        let speaker = phrase_starting_at(doc, cue + 1, to)?;
        if subject_of_reported_speech(doc, &speaker, to) {
            return None;
        }
        return Some(Frame { cue: (cue, cue + 1), speaker });
    }
    // "“…,” Ada Finch went on to say.": the verb that leads to the cue
    // follows the speaker.
    let e = skip_modifiers_back(doc, leading_verb_start(doc, cue, i).unwrap_or(cue), i);
    // "“…,” a spokesman for the party said": a noun with its complement.
    if let Some(speaker) = mentions::noun_with_complement(doc, i, e) {
        return Some(Frame { cue: (cue, cue + 1), speaker });
    }
    if let Some(speaker) = name_then_affiliation(doc, i, e) {
        return Some(Frame { cue: (cue, cue + 1), speaker });
    }
    let Some(speaker) = phrase_ending_at(doc, e, i) else {
        // "“…,” Jay Finch, real name Shawn Carter, said.": the name must
        // open the frame.
        let speaker = name_before_aside(doc, i, e).filter(|p| p.first == i)?;
        return Some(Frame { cue: (cue, cue + 1), speaker });
    };
    // "“…,” Will Davies, a fellow at the institute told …", "“…,” Armando
    // Falcon, OFHEO director said.".
    let speaker = whole_speaker(doc, &speaker, i, e, cue).unwrap_or(speaker);
    // "the spokesman John Smith said", "his son Stephen said"; an unnamed
    // speaker keeps the article and plain words before it ("a young woman
    // exclaimed").
    let determiner = matches!(doc.low(i), "the" | "his" | "her" | "their" | "its" | "our" | "my");
    let described = speaker.form == PhraseForm::Unnamed
        && speaker.first > i
        && speaker.first - i <= MAX_FRAME_LEAD_WORDS
        && matches!(doc.low(i), "a" | "an" | "the" | "one" | "another")
        && (i + 1..speaker.first).all(|j| mentions::is_plain_word(doc, j));
    if described {
        return Some(Frame { cue: (cue, cue + 1), speaker: SpeakerPhrase { first: i, ..speaker } });
    }
    (speaker.first == i || (speaker.first == i + 1 && determiner)).then_some(Frame { cue: (cue, cue + 1), speaker })
}

/// The most words an article and plain modifiers before an unnamed
/// speaker may take in a frame after a quotation ("a young woman").
const MAX_FRAME_LEAD_WORDS: usize = 3;

/// True when the phrase read after a verb of saying has a verb of its own
/// after it ("…,” said the candidate could be …", "…, says meeting
/// participants outlined a scenario"): it is the subject of reported
/// speech, not an inverted speaker. A past form counts only with an object
/// after it: "said officials briefed on the talks" names who spoke.
fn subject_of_reported_speech(doc: &Doc, phrase: &SpeakerPhrase, limit: usize) -> bool {
    if phrase.last >= limit {
        return false;
    }
    let next = doc.low(phrase.last);
    if lexicon::is_finite_auxiliary(next) {
        return true;
    }
    let past = (next.ends_with("ed") || lexicon::is_irregular_past(next)) && !doc.inside[phrase.last];
    let object = phrase.last + 1;
    past && object < limit && (lexicon::is_determiner(doc.low(object)) || doc.is_number(object))
}

/// An attribution frame before a quote: "X said: “…", "X said, “…",
/// "Continued Stone: “…".
fn frame_before(doc: &Doc, from: usize, to: usize, sentence_start: usize) -> Option<Frame> {
    if to <= from {
        return None;
    }
    let mut e = to;
    let colon = doc.is(e - 1, ":");
    if colon && e - 1 > from {
        // "Clinton: “…”" — a name and a colon, no verb, perhaps after a
        // list's bullet ("- Newcastle boss Graeme Souness: “…”").
        let mut first = from;
        while first + 1 < e - 1 && (is_dash(doc, first) || doc.is(first, "•") || doc.is(first, "*")) {
            first += 1;
        }
        if let Some(speaker) = phrase_ending_at(doc, e - 1, first) {
            if speaker.first == first
                && matches!(speaker.form, PhraseForm::Name | PhraseForm::Organization)
                && lexicon::cue_verb(doc.low(first)).is_none()
            {
                return Some(Frame { cue: (e - 1, e), speaker });
            }
        }
    }
    if colon || doc.is(e - 1, ",") {
        e -= 1;
    }
    let lowest = if colon { from } else { from.max(e.saturating_sub(8)) };
    // A verb of the manner of speaking frames the quotation right after
    // its comma or colon ("Clinton cracked, “I'm a progressive …”"), and
    // so does "put it" ("As Cornyn put it: “…”").
    let frames = |c: usize| {
        says_at(doc, c, sentence_start)
            || c + 1 == e && lexicon::is_manner_of_speaking(doc.low(c))
            || c + 2 == e && matches!(doc.low(c), "put" | "puts") && doc.low(c + 1) == "it"
    };
    let cue = (lowest..e).rev().find(|&c| frames(c))?;
    // "who calls Trump a “sociopath,”", "labeled Trump “unfit”": what
    // someone is called is a label the quote marks, part of the sentence,
    // not speech the cue frames.
    if !colon && gives_a_name(doc.low(cue)) {
        return None;
    }
    // Between the cue and the quote only an addressee or a setting may
    // stand ("told reporters, “…", "said in a statement, “…"), or an aside
    // ("acknowledged, however, “…"); "said it was “…”" makes the quote
    // part of reported speech instead.
    let filler_from = if aside_adverb_at(doc, cue + 1, e + 1) { cue + 3 } else { cue + 1 };
    if !colon
        && (filler_from..e).any(|j| {
            doc.is(j, ",") || cue_at(doc, j, sentence_start).is_some() || !(doc.is_word(j) && is_frame_filler(doc, j))
        })
    {
        return None;
    }
    // "Ada Finch went on to say: “…”": the verb that leads to the cue
    // follows the speaker.
    let verb_start = leading_verb_start(doc, cue, from).unwrap_or(cue);
    // "Finch defended the plan, saying, “…”": a gerund after a comma;
    // "drew boos upon saying, “…”", "ended by saying, “…”": one after a
    // preposition of time or means, whose subject is the sentence's (not
    // "by quoting Leonardo da Vinci: “…”", whose words they are).
    let gerund = cue > from && lexicon::is_gerund(doc.low(cue));
    let gerund_after_comma = gerund && comma_before(doc, cue);
    let gerund_after_preposition = gerund
        && matches!(doc.low(cue - 1), "by" | "after" | "upon" | "before" | "while")
        && !is_quoting_verb(doc.low(cue));
    let speaker = quoted_as_saying(doc, cue, from)
        .map(|(speaker, _)| speaker)
        .or_else(|| gerund_after_comma.then(|| gerund_subject(doc, from, cue)).flatten())
        .or_else(|| gerund_after_preposition.then(|| sentence_subject(doc, from, cue - 1)).flatten())
        .or_else(|| speaker_for_cue(doc, verb_start, from, e, true))
        .or_else(|| name_before_aside(doc, from, skip_modifiers_back(doc, verb_start, from)))?;
    let speaker = sender_of_message(doc, &speaker, from, cue).unwrap_or(speaker);
    // "Holt posted a message on Twitter reading “…”": a gerund right after
    // a prepositional phrase continues the clause, whose subject speaks.
    let in_prepositional_phrase = speaker.last == cue
        && speaker.first > from
        && matches!(doc.low(speaker.first - 1), "on" | "in" | "at" | "from" | "via")
        && lexicon::is_gerund(doc.low(cue));
    let speaker = if in_prepositional_phrase {
        sentence_subject(doc, from, speaker.first - 1).unwrap_or(speaker)
    } else {
        speaker
    };
    Some(Frame { cue: (cue, cue + 1), speaker })
}

/// The subject of the clause from `clause` when `phrase`, before the gerund
/// of saying at `cue`, names whom a message is written or sent to ("Michael
/// Howard has written to Tony Blair demanding …", "sent a letter to MCI's
/// board on Thursday saying …"): the gerund continues the predicate, and
/// the sender speaks. After another word the phrase after "to" may speak
/// ("in response to people questioning …", "a national security adviser to
/// his campaign acknowledging …").
fn sender_of_message(doc: &Doc, phrase: &SpeakerPhrase, clause: usize, cue: usize) -> Option<SpeakerPhrase> {
    let w = doc.low(cue);
    if phrase.first <= clause + 1 || doc.low(phrase.first - 1) != "to" || !lexicon::is_gerund(w) {
        return None;
    }
    let before_to = doc.low(phrase.first - 2);
    let sent = lexicon::cue_verb(before_to).is_some_and(|v| v.speech)
        || lexicon::is_document_noun(before_to)
        || matches!(before_to, "message" | "messages");
    (sent && lexicon::cue_verb(w).is_some_and(|v| v.speech))
        .then(|| sentence_subject(doc, clause, phrase.first - 1))
        .flatten()
}

/// True when an adverb set off by commas starts at token `i` (", however,"),
/// all before `limit`.
fn aside_adverb_at(doc: &Doc, i: usize, limit: usize) -> bool {
    i + 2 < limit && doc.is(i, ",") && lexicon::is_aside_adverb(doc.low(i + 1)) && doc.is(i + 2, ",")
}

/// True for words that may stand between a cue and its quote: time words,
/// an addressee or a setting ("told reporters Tuesday", "said in a
/// statement").
fn is_frame_filler(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    lexicon::is_cue_adverbial(w)
        || lexicon::is_preposition(w)
        || doc.is_capitalized(j)
        || matches!(
            w,
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "me"
                | "him"
                | "us"
                | "them"
                | "you"
                | "reporters"
                | "journalists"
                | "supporters"
                | "crowd"
                | "audience"
                | "statement"
                | "interview"
                | "speech"
                | "tweet"
                | "email"
                | "letter"
                | "post"
                | "rally"
                | "conference"
                | "news"
                | "release"
                | "video"
                | "radio"
                | "show"
                | "television"
                | "televised"
                | "written"
                | "prepared"
                | "remarks"
                | "of"
                | "to"
                | "with"
                | "about"
                | "then"
                | "simply"
                | "flatly"
                | "bluntly"
                | "again"
                | "once"
        )
}

/// True when tokens `from..to` hold no words (only punctuation or a
/// leading conjunction).
fn no_words(doc: &Doc, from: usize, to: usize) -> bool {
    if from >= to {
        return true;
    }
    let opens_sentence = from == 0 || doc.sentence_of[from - 1] != doc.sentence_of[from];
    let leading_conjunction = opens_sentence && matches!(doc.low(from), "and" | "but");
    doc.next_word(if leading_conjunction { from + 1 } else { from }) >= to
}

/// Where content before a comma at `t` ends: before the comma, or after the
/// closing quote mark that holds it.
fn content_stop(doc: &Doc, t: usize) -> usize {
    if doc.is_quote(t - 1) {
        t
    } else {
        t - 1
    }
}

/// True when a comma ends just before token `t`, also when the comma sits
/// inside a closing quote mark ("…,” Lane said").
fn comma_before(doc: &Doc, t: usize) -> bool {
    t >= 1 && (doc.is(t - 1, ",") || doc.is(t - 1, "—") || closes_on_comma(doc, t - 1))
}

/// True when token `j` is a quotation's closing mark right after a comma
/// inside it ("“that person,” telling …", "citing “the magic of Trump,”
/// said …"): the comma ends the clause there as one outside would.
fn closes_on_comma(doc: &Doc, j: usize) -> bool {
    j >= 1 && doc.is_quote(j) && !doc.inside[j] && doc.is(j - 1, ",")
}

/// True when token `i` opens a setting of a saying ("on condition of
/// anonymity", "in an interview", "by 2008"): a preposition, but not "to",
/// which opens an infinitive, nor "at least", which counts, and "by" only
/// before a time, as elsewhere it names who did something.
fn is_setting_opener(doc: &Doc, i: usize) -> bool {
    let w = doc.low(i);
    let by_a_time =
        w == "by" && (doc.is_number(i + 1) || lexicon::is_cue_adverbial(doc.low(i + 1)) || doc.low(i + 1) == "then");
    by_a_time || lexicon::is_preposition(w) && w != "to" && !opens_rounding(doc, i)
}

/// Where the content starts after the comma at `comma` that closes a
/// setting of the saying ("said in a statement, …", "said, on Tuesday,
/// …"): at a "that" soon after ("said in Rochester, New York, that …") or
/// after a relative clause on the setting, or at a clause ("said in a
/// statement, the government must act"); `None` for anything else, such as
/// a comment on the report ("…, the board said on Tuesday, a move that
/// would calm markets").
fn content_after_setting(doc: &Doc, comma: usize, end: usize) -> Option<usize> {
    if let Some(that) = (comma + 1..end.min(comma + 6)).find(|&j| doc.low(j) == "that") {
        return Some(that);
    }
    // "said on CNN, where he is now a contributor, that …": a relative
    // clause on the setting, closed by a comma before the "that".
    if comma + 1 < end && matches!(doc.low(comma + 1), "where" | "when" | "which" | "who") {
        let closing = (comma + 2..end.min(comma + MAX_SET_OFF_TOKENS)).find(|&j| doc.is(j, ","));
        if let Some(that) = closing.map(|j| j + 1).filter(|&j| j < end && doc.low(j) == "that") {
            return Some(that);
        }
    }
    let first = comma + 1;
    let opens_subject = first < end
        && doc.is_word(first)
        && !lexicon::is_relative_pronoun(doc.low(first))
        && (lexicon::is_subject_pronoun(doc.low(first))
            || lexicon::is_determiner(doc.low(first))
            || doc.is_name_word(first));
    let tense = (first + 1..end.min(first + 1 + MAX_SUBJECT_WORDS))
        .take_while(|&j| !doc.is(j, ",") && !lexicon::is_relative_pronoun(doc.low(j)))
        .any(|j| lexicon::is_finite_auxiliary(doc.low(j)));
    (opens_subject && tense).then_some(first)
}

/// True when the cue at `cue` is its clause's own verb, after a subject
/// that opens the clause ("The board said …"), not a gerund, a noun or a
/// participle inside an opening phrase ("In a message posted on the site,
/// …", "After a strong showing in Iowa, …").
fn is_main_verb(doc: &Doc, cue: usize) -> bool {
    let w = doc.low(cue);
    let clause = doc.clause_start(cue);
    !lexicon::is_gerund(w)
        && !is_noun_like_cue(w)
        && !opens_adverbial(doc.low(clause))
        && phrase_ending_at(doc, skip_modifiers_back(doc, cue, clause), clause).is_some_and(|p| p.first == clause)
}

/// True when tokens `clause..subject_end` are a short noun phrase with no
/// verb of its own ("The permit", "Other major cleavages"): the subject of
/// a predicate that an aside ("…, his campaign said, …", "…, according to
/// the poll, …") interrupts.
fn is_bare_subject(doc: &Doc, clause: usize, subject_end: usize) -> bool {
    subject_end > clause
        && subject_end - clause <= MAX_BARE_SUBJECT_WORDS
        && lexicon::is_determiner(doc.low(clause))
        && (clause..subject_end).all(|j| !lexicon::is_finite_auxiliary(doc.low(j)) && !doc.low(j).ends_with("ed"))
}

/// The most words a gerund phrase after a reporting verb's comma is read
/// for a verb that would make it a subject ([`content_after`]).
const MAX_GERUND_SUBJECT_WORDS: usize = 8;

/// How far into what follows "added" its clause's tense may stand ("added
/// its bid to acquire a stake in Absa, was being considered by …").
const MAX_ADDED_CLAUSE_TOKENS: usize = 16;

/// The most tokens, commas included, of a phrase set off by commas right
/// after the "that" opening a content ("said that, during the period when
/// the two were consultants, …"), or of a relative clause on a setting
/// before it ("said on CNN, where he is now a contributor, that …").
const MAX_SET_OFF_TOKENS: usize = 16;

/// The most words an object of "told" may run on with before the "that"
/// that opens the content ([`content_after`]).
const MAX_OBJECT_TAIL_WORDS: usize = 10;

/// The most lowercase words a possessive name's object runs on with
/// ("told CNN's morning show").
const MAX_OWNED_OBJECT_WORDS: usize = 3;

/// Where an object that ends with an audience noun at `after - 1` ends:
/// past the name that follows it when a clause, a colon or the sentence's
/// end comes after the name ("told BBC programme Go Digital he hoped …",
/// "told the newspaper El Pais that …", "told newspaper Daily Sport: …").
fn named_audience_end(doc: &Doc, after: usize, limit: usize) -> usize {
    let mut k = after;
    while k < limit && doc.is_name_word(k) && k < after + MAX_PHRASE_WORDS {
        k += 1;
    }
    // The name may also end the sentence ("told newspaper Daily Sport.").
    let clause_opens = k > after
        && (k >= limit
            || doc.is_terminal(k)
            || doc.is(k, ":")
            || matches!(doc.low(k), "that" | "how" | "why" | "what" | "whether")
            || lexicon::is_subject_pronoun(doc.low(k)));
    if clause_opens {
        k
    } else {
        after
    }
}

/// The most tokens of the one told before a colon ("told BBC Radio 4's
/// Today programme:" is 6).
const MAX_TOLD_BEFORE_COLON_TOKENS: usize = 6;

/// Object words after "told": "told reporters", "told CNN", "told a news
/// conference".
fn object_len(doc: &Doc, i: usize, limit: usize) -> usize {
    if i >= limit {
        return 0;
    }
    let w = doc.low(i);
    if matches!(
        w,
        "me" | "him"
            | "her"
            | "us"
            | "them"
            | "you"
            | "reporters"
            | "journalists"
            | "supporters"
            | "voters"
            | "listeners"
            | "viewers"
            | "lawmakers"
            | "members"
            | "delegates"
            | "students"
            | "everyone"
            | "people"
            | "donors"
            | "investors"
            | "analysts"
            | "officials"
            | "parliament"
            | "legislators"
            | "residents"
            | "workers"
            | "staff"
    ) {
        return 1;
    }
    // A name ("told CNN", "told The Associated Press"), unless it runs on
    // too long to be one.
    let name_first = if doc.is_name_word(i) {
        Some(i)
    } else {
        (w == "the" && i + 1 < limit && doc.is_name_word(i + 1)).then_some(i + 1)
    };
    if let Some(first) = name_first {
        let mut j = first;
        // A number may stand inside a name ("BBC Radio 4's Today programme"),
        // but not in a headline, where every word is capitalised and the
        // name cannot be told from the rest ("… Promises Action In First
        // 100 Days").
        let headline = doc.title_case[doc.sentence_of[first]];
        let numbered = |j: usize| j > first && !headline && doc.word(j).starts_with(|c: char| c.is_ascii_digit());
        // "The Star-Ledger of Newark": "of" and a place join a name.
        let joins_a_place = |j: usize| {
            j > first && doc.low(j) == "of" && j + 1 < limit && doc.is_name_word(j + 1) && !doc.is_possessive(j + 1)
        };
        while j < limit
            && (doc.is_name_word(j)
                || doc.is_capitalized(j) && !lexicon::is_finite_auxiliary(doc.low(j))
                || numbered(j)
                || joins_a_place(j))
        {
            j += 1;
            if j - first > MAX_PHRASE_WORDS {
                return 0;
            }
        }
        // "told Labour members", "told CNN viewers": the name qualifies the
        // people told.
        if j > first && j < limit && !doc.is_possessive(j - 1) && lexicon::is_audience_noun(doc.low(j)) {
            return named_audience_end(doc, j + 1, limit) - i;
        }
        // "told Harbour News' morning show": what the name owns is the object.
        if j > first && doc.is_possessive(j - 1) {
            // The programme's own name, then plain words ("Radio 4's Today
            // programme").
            let named = (j..limit.min(j + MAX_OWNED_OBJECT_WORDS)).take_while(|&k| doc.is_name_word(k)).count();
            let owned = (j + named..limit.min(j + named + MAX_OWNED_OBJECT_WORDS))
                .take_while(|&k| {
                    let w = doc.low(k);
                    doc.is_word(k)
                        && !doc.is_capitalized(k)
                        && !lexicon::ends_no_noun_phrase(w)
                        && !lexicon::is_subject_pronoun(w)
                })
                .count();
            let owned = if owned > 0 { named + owned } else { 0 };
            j += owned;
            // "told MSNBC’s “Morning Joe”": a programme named in quotes.
            if owned == 0 && j < limit && doc.is_quote(j) && !doc.inside[j] {
                if let Some(q) = doc.quote_opening_at(j).filter(|q| q.close < limit && q.close <= j + MAX_PHRASE_WORDS)
                {
                    j = q.close + 1;
                }
            }
        }
        return j - i;
    }
    // "told news agency Reuters", "told sports daily Marca": plain words
    // describing a medium before its name.
    if let Some(medium) = (i..limit.min(i + 2))
        .take_while(|&k| mentions::is_plain_word(doc, k))
        .find(|&k| lexicon::is_audience_noun(doc.low(k)))
    {
        if medium + 1 < limit && doc.is_name_word(medium + 1) {
            let name = object_len(doc, medium + 1, limit);
            if name > 0 {
                return medium + 1 + name - i;
            }
        }
    }
    if lexicon::is_determiner(w) {
        // The last listed noun in reach: "a rally audience", not "a rally".
        let mut object = 0;
        let mut j = i + 1;
        while j < limit
            && j < i + 5
            && doc.is_word(j)
            && doc.low(j) != "that"
            && lexicon::cue_verb(doc.low(j)).is_none()
        {
            let noun = doc.low(j);
            j += 1;
            if lexicon::is_audience_noun(noun) {
                object = named_audience_end(doc, j, limit) - i;
            }
        }
        return object;
    }
    0
}

/// True when the tokens `clause..upto` are only an introduction of time,
/// place or manner ("In 2004,", "For instance,"): short, opening like one,
/// and with no verb of their own.
fn only_introduction_before(doc: &Doc, clause: usize, upto: usize) -> bool {
    // "Most importantly,", "Perhaps more crucially,": a sentence adverb.
    // (Read only once the words are known to be few: this runs for cues.)
    let sentence_adverb = || {
        (clause..upto).any(|j| lexicon::is_ly_adverb(doc.low(j)))
            && (clause..upto).all(|j| {
                let w = doc.low(j);
                doc.is(j, ",") || lexicon::is_ly_adverb(w) || lexicon::is_sentence_adverb_modifier(w)
            })
    };
    upto <= clause + MAX_INTRODUCTION_WORDS
        && (opens_introduction(doc, clause) || sentence_adverb())
        && (clause..upto).all(|j| {
            let w = doc.low(j);
            !doc.inside[j] && !lexicon::is_finite_auxiliary(w) && !w.ends_with("ed") && lexicon::cue_verb(w).is_none()
        })
}

/// True when the clause starting at `clause` opens with an introductory
/// adverbial ([`opens_adverbial`]); a determiner that also opens a time
/// phrase does so only before a time word ("This week, …", not "This
/// includes …").
fn opens_introduction(doc: &Doc, clause: usize) -> bool {
    let w = doc.low(clause);
    if matches!(w, "this" | "last" | "next") {
        return clause + 1 < doc.tokens.len() && lexicon::is_cue_adverbial(doc.low(clause + 1));
    }
    opens_adverbial(w) || opens_time_phrase(doc, clause) || opens_time_before_clause(doc, clause)
}

/// True when token `j` counts something: a number ("8", "2,400") or a
/// word that counts a plural ("two", "several", "dozens").
fn counts(doc: &Doc, j: usize) -> bool {
    doc.is_number(j) || lexicon::is_plural_count(doc.low(j))
}

/// True when the clause opens with a span of time and a subordinator ("A
/// week after Trump spoke to the gathering, …", "Two days before the
/// vote, …"): an introduction, not what was said.
fn opens_time_before_clause(doc: &Doc, clause: usize) -> bool {
    if clause + 2 >= doc.tokens.len() {
        return false;
    }
    let first = doc.low(clause);
    // "Days before the vote": the span alone; "A week after", "Two days
    // before": a count, then the span.
    let bare_span = matches!(first, "days" | "weeks" | "months" | "hours" | "years");
    let counted = matches!(first, "a" | "an" | "one" | "the") || counts(doc, clause);
    let noun = match (bare_span, counted) {
        (true, _) => clause,
        (false, true) => clause + 1,
        (false, false) => return false,
    };
    lexicon::is_time_noun(doc.low(noun)) && matches!(doc.low(noun + 1), "after" | "before" | "since")
}

/// The most words of a time phrase that opens a clause ("One recent
/// afternoon,", "The next morning,").
const MAX_TIME_PHRASE_WORDS: usize = 4;

/// True when the clause opens with a short time phrase closed by a comma:
/// a determiner or numeral, then words ending in a time noun ("One recent
/// afternoon, two volunteers were calling voters").
fn opens_time_phrase(doc: &Doc, clause: usize) -> bool {
    let limit = doc.tokens.len().min(clause + MAX_TIME_PHRASE_WORDS + 1);
    let Some(comma) = (clause + 1..limit).find(|&j| doc.is(j, ",")) else { return false };
    let first = doc.low(clause);
    let opener =
        matches!(first, "one" | "a" | "an" | "the" | "that" | "every" | "each" | "some") || counts(doc, clause);
    // "Eight years ago,", "Two days later,": a span counted back or on.
    let counted_from = comma > clause + 1 && matches!(doc.low(comma - 1), "ago" | "later" | "earlier");
    let span_end = if counted_from { comma - 2 } else { comma - 1 };
    // "Hours later,", "Years ago,": a span alone, counted back or on.
    let bare_span = counted_from && span_end == clause;
    (opener && span_end > clause || bare_span)
        && lexicon::is_time_noun(doc.low(span_end))
        && (clause..comma).all(|j| (doc.is_word(j) || doc.is_number(j)) && !doc.inside[j])
}

/// True when the clause starting at `clause` opens with a participle and
/// its object or particle ("Contrasting her with Trump, …", "Holding open
/// a book, …"): before a speaker and a comma that is an introduction, not
/// what was said. (Before an aside and a verb it is a subject instead:
/// "Freeing her husband, he promised, was …".)
fn opens_with_participle(doc: &Doc, clause: usize) -> bool {
    let w = doc.low(clause);
    if w.len() <= 5 || !lexicon::is_gerund(w) || clause + 1 >= doc.tokens.len() {
        return false;
    }
    let next = doc.low(clause + 1);
    let takes_object = matches!(
        next,
        "her"
            | "him"
            | "them"
            | "it"
            | "us"
            | "me"
            | "to"
            | "with"
            | "on"
            | "at"
            | "out"
            | "up"
            | "open"
            | "back"
            | "off"
            | "down"
    ) || lexicon::is_determiner(next)
        || doc.is_name_word(clause + 1);
    // "Seeing his brother suffering led him to …, Trump said": with a
    // verb of its own before the comma the phrase is a clause's subject.
    let comma = (clause + 1..doc.tokens.len().min(clause + SUBJECT_WINDOW)).find(|&j| doc.is(j, ","));
    let finite_verb = |j: usize| {
        let w = doc.low(j);
        lexicon::is_finite_auxiliary(w) || lexicon::is_irregular_past(w) || w.ends_with("ed")
    };
    takes_object && comma.is_some_and(|comma| !(clause + 1..comma).any(finite_verb))
}

/// True for tokens that open an introductory adverbial ("In Paris, …",
/// "Last week, …"): a comma after it does not end a content clause.
fn opens_adverbial(w: &str) -> bool {
    lexicon::is_preposition(w)
        || lexicon::is_cue_adverbial(w)
        || matches!(
            w,
            "but"
                | "and"
                | "so"
                | "yet"
                | "however"
                | "meanwhile"
                | "elsewhere"
                | "back"
                | "still"
                | "instead"
                | "asked"
                | "speaking"
                | "like"
                | "unlike"
                | "as"
                | "with"
                | "without"
                | "under"
                | "for"
                | "to"
                | "by"
                | "among"
                | "beyond"
                | "if"
                | "although"
                | "though"
                | "while"
                | "whilst"
                | "because"
                | "when"
                | "after"
                | "before"
                | "once"
                | "since"
        )
}

/// True when the token at `j` ends a noun-phrase content ("endorsed his
/// record in the legislature and saying …", "… during a debate"): a
/// subordinating or adverbial word, a dash, or "and" before a verb.
fn ends_noun_phrase(doc: &Doc, j: usize, end: usize) -> bool {
    let w = doc.low(j);
    if matches!(w, "because" | "after" | "when" | "while" | "whilst" | "since" | "despite" | "until" | "before") {
        return true;
    }
    if matches!(w, "and" | "but" | "or") && j + 1 < end {
        let next = doc.low(j + 1);
        return is_second_predicate(next)
            || next.ends_with("ing")
            || lexicon::cue_verb(next).is_some()
            || doc.is_name_word(j + 1) && j + 2 < end && lexicon::cue_verb(doc.low(j + 2)).is_some();
    }
    false
}

/// True for words that start a second predicate after "and"/"but": a
/// finite auxiliary or a past-tense verb.
fn is_second_predicate(w: &str) -> bool {
    matches!(
        w,
        "did"
            | "does"
            | "do"
            | "was"
            | "were"
            | "is"
            | "are"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "declined"
            | "refused"
            | "added"
            | "said"
            | "urged"
            | "called"
            | "went"
    ) || (w.ends_with("ed") && w.len() > 4)
}

/// How far after "no" a tense makes it a determiner opening a clause
/// ("said no immediate decision had been made").
const MAX_NO_CLAUSE_REACH: usize = 6;

/// The most words after a cue that an idiom without content holds.
const MAX_IDIOM_WORDS: usize = 3;

/// True when a day ("Monday", "Friday night") at token `i` is followed at
/// once by a word that opens a subject: a determiner, a pronoun or a name.
/// Not a comma (after which comes a comment or the main clause), a
/// preposition (the setting goes on: "on Friday to Vermont Edition that
/// …") or a verb ("figures reported on Monday now suggest").
fn day_then_clause(doc: &Doc, i: usize, end: usize) -> bool {
    if i >= end || !mentions::adverbial_at(doc, i, end) {
        return false;
    }
    let mut next = i + 1;
    if next < end && lexicon::is_part_of_day(doc.low(next)) {
        next += 1;
    }
    next < end
        && doc.is_word(next)
        && (lexicon::is_determiner(doc.low(next))
            || lexicon::subject_pronoun_of(doc.low(next)).is_some()
            || doc.is_name_word(next))
}

/// The most words of the subject of a clause after "see" ("see this guy
/// is a fraud") before its auxiliary.
const MAX_SEEN_SUBJECT_WORDS: usize = 3;

/// How far before a cue the "who", "which" or "whose" opening its relative
/// clause may stand ("who advises", "whose firm warned").
const MAX_RELATIVE_LEAD_TOKENS: usize = 3;

/// True when token `i`, right after a cue that takes no particle, is a
/// particle that makes the cue another verb: "called off a
/// demonstration", "backed away from the deal", "blasted away the
/// competition", "voted down a bill". Not a time or a setting that opens
/// the content ("said back in 2015 that …", "said off the record that …"),
/// nor a reply ("tweeted back at him …").
fn phrasal_particle_at(doc: &Doc, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let next = |k: usize| if i + k < end { doc.low(i + k) } else { "" };
    match doc.low(i) {
        "away" | "down" => true,
        "off" => !(next(1) == "the" && next(2) == "record"),
        "back" => !matches!(next(1), "in" | "at"),
        _ => false,
    }
}

/// True when the cue at `cue` opens an idiom that reports nothing: "who
/// called time on England", "once he has said his piece", "speaking on
/// condition of anonymity", "the film tells the story of …".
fn opens_idiom_without_content(doc: &Doc, cue: usize, end: usize) -> bool {
    let mut next = [""; MAX_IDIOM_WORDS];
    let count = end.saturating_sub(cue + 1).min(MAX_IDIOM_WORDS);
    for (k, word) in next.iter_mut().take(count).enumerate() {
        *word = doc.low(cue + 1 + k);
    }
    lexicon::is_idiom_without_content(doc.low(cue), &next[..count])
}

/// Where the words after a span of time that "for" at `i` opens end ("has
/// pushed for months", "declined for two years to reveal …"): how long,
/// not what for, so what follows it, if anything, is the content.
fn duration_after(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    if doc.low(i) != "for" || i + 1 >= end {
        return None;
    }
    let counted = if matches!(doc.low(i + 1), "a" | "an") || counts(doc, i + 1) { i + 2 } else { i + 1 };
    let time = counted < end && (lexicon::is_time_noun(doc.low(counted)) || doc.low(counted) == "decades");
    time.then_some(counted + 1)
}

/// True for a form of "call".
fn is_call(w: &str) -> bool {
    matches!(w, "call" | "calls" | "called" | "calling")
}

/// True for a form of "call", or a past form of another verb that gives
/// a name ("dubbed", "branded"): what follows is a label, which the cue
/// does not frame as a quotation.
fn gives_a_name(w: &str) -> bool {
    is_call(w) || lexicon::is_naming_verb(w)
}

/// True when "call" at `cue` places a telephone call: a person called and
/// then only when or why ("called Sanders shortly after the result",
/// "called Ada Finch on Monday", "called him back"), not a name given
/// ("called Sanders a liar").
fn places_a_call(doc: &Doc, cue: usize, end: usize) -> bool {
    let object_at = cue + 1;
    if !is_call(doc.low(cue)) || object_at >= end {
        return false;
    }
    let object = if matches!(doc.low(object_at), "him" | "her" | "them" | "me" | "us") {
        1
    } else if doc.is_name_word(object_at) {
        object_len(doc, object_at, end)
    } else {
        0
    };
    let rest = object_at + object;
    // "called Clinton's remarks a “new low”" names what was said.
    let owned = (object_at..rest).any(|j| doc.is_possessive(j));
    object > 0
        && !owned
        && (only_setting_follows(doc, rest, end)
            || lexicon::is_subordinator(doc.low(rest))
            || matches!(doc.low(rest), "shortly" | "back" | "again" | "twice" | "repeatedly"))
}

/// The content after a cue: skips an object, time words, a prepositional
/// phrase before "that", and "that" itself; stops at the sentence end, a
/// semicolon, a colon before a quote, or a new attribution.
fn content_after(
    doc: &Doc,
    cue: usize,
    verb: CueVerb,
    stops: &ContentStops,
    subordinate: bool,
) -> Option<(usize, usize)> {
    let end = stops.end;
    if opens_idiom_without_content(doc, cue, end)
        || places_a_call(doc, cue, end)
        || !verb.particle && phrasal_particle_at(doc, cue + 1, end)
    {
        return None;
    }
    let mut i = cue + 1;
    if verb.particle {
        // "asked for 15 years in jail" is what was asked for.
        let duration = if lexicon::is_asking_verb(doc.low(cue)) { None } else { duration_after(doc, i, end) };
        i = duration.unwrap_or(i + 1);
    }
    let mut object_read = false;
    // "told the Reuters news agency: “…”": the words before a colon are the
    // ones told; what follows is the quotation the colon introduces, which
    // frames it.
    if verb.takes_object() && i < end && doc.low(i) != "to" {
        let limit = doc.tokens.len().min(i + 1 + MAX_TOLD_BEFORE_COLON_TOKENS);
        let colon = (i..limit).find(|&j| !doc.is_word(j) || doc.low(j) == "that" || doc.inside[j]);
        if colon.is_some_and(|j| j > i && doc.is(j, ":") && j + 1 < doc.tokens.len() && doc.is_quote(j + 1)) {
            return None;
        }
    }
    // Words that may stand between a verb and the "that" opening its
    // content: an object with no verb, pronoun or punctuation of its own
    // ("the congregation of 2,000 at the cathedral").
    let object_word = |j: usize| {
        let w = doc.low(j);
        (doc.is_word(j) || doc.is_number(j))
            && !doc.inside[j]
            && !lexicon::is_finite_auxiliary(w)
            && !lexicon::is_subject_pronoun(w)
            && lexicon::cue_verb(w).is_none()
    };
    // A "that" a verb follows at once is a relative pronoun ("emails held
    // on a server that were deleted"); after a preposition it is a
    // determiner ("wrote a column on that exact subject").
    let opens_content = |j: usize| {
        doc.low(j) == "that"
            && j + 1 < end
            && !lexicon::is_finite_auxiliary(doc.low(j + 1))
            && !(lexicon::is_preposition(doc.low(j - 1)) || lexicon::is_complement_preposition(doc.low(j - 1)))
    };
    // The "that" opening the content after object words from `from` on
    // (an appositive's or a place's commas among them), if one comes in
    // reach before any other word.
    let that_after_object = |from: usize| {
        (from..end.min(from + MAX_OBJECT_TAIL_WORDS))
            .find(|&j| doc.low(j) == "that" || !(object_word(j) || doc.is(j, ",")))
            .filter(|&j| opens_content(j))
    };
    if verb.takes_object() && i < end && doc.low(i) != "that" {
        let object = object_len(doc, i, end);
        // "warned Norland would retaliate", "Mayor Warns Fares Will Rise":
        // where the object may be left out, a name a tense follows is the
        // content's subject. "Told" always has its object ("told the BBC
        // Mr Howard had …").
        let subject_follows = verb.object == ObjectSlot::Optional
            && doc.is_name_word(i)
            && i + object < end
            && lexicon::is_finite_auxiliary(doc.low(i + object));
        if !subject_follows {
            i += object;
            object_read = object > 0;
        }
        // "told The Post and Courier newspaper of Charleston on Saturday
        // that …", "told a town hall in Salem, New Hampshire on Monday
        // that …": a longer object runs on to the "that" opening the
        // content, if no verb, pronoun or punctuation other than a place's
        // commas comes first.
        if let Some(that) = that_after_object(i) {
            i = that;
        }
    } else if verb.speech
        && !verb.takes_infinitive
        && i < end
        && (doc.low(i) == "to" || lexicon::is_writing_verb(doc.low(cue)))
    {
        // "wrote to the council that …", "wrote the local paper, The Perry
        // Chief, that …": whom the words went to, then the content. An
        // appositive's commas may stand in the way here; a verb right after
        // "that" makes it a relative pronoun ("wrote legislation that gave
        // …").
        if let Some(that) = that_after_object(i + 1).filter(|&j| !lexicon::looks_like_verb(doc.low(j + 1))) {
            i = that;
        }
    }
    loop {
        if i >= end {
            return None;
        }
        let w = doc.low(i);
        if aside_adverb_at(doc, i, end) {
            // "acknowledged, however, that …".
            i += 3;
        } else if mentions::adverbial_at(doc, i, end) {
            i += 1;
        } else if w == "on" && day_then_clause(doc, i + 1, end) {
            // "told CNN on Monday the tone was …": a day is when it was
            // said, not a phrase running on to "that" or a comma.
            i += 1;
        } else if lexicon::is_preposition(w) {
            // "said in a statement Thursday (that) they …": the phrase ends
            // at "that", a comma, or the subject pronoun of the content.
            // A colon ends it too ("told a channel on her phone: \"…\""),
            // and no pronoun inside a quotation opens the content.
            let stop = (i + 1..end.min(i + 14)).find(|&j| {
                doc.low(j) == "that"
                    || doc.is(j, ",")
                    || doc.is(j, ":")
                    || (j > i + 1 && !doc.inside[j] && matches!(doc.low(j), "he" | "she" | "they" | "it" | "we" | "i"))
            })?;
            if doc.is(stop, ":") {
                // What follows the colon is a quotation or a clause of its
                // own, which the direct quote or a later reading covers.
                return None;
            }
            // "…, the government said on Tuesday, a move aimed at …": after
            // the setting's comma comes a comment on the report, unless the
            // cue is its clause's verb and a clause follows.
            i = if doc.is(stop, ",") {
                let clause_ok = verb.speech && is_main_verb(doc, cue);
                content_after_setting(doc, stop, end).filter(|&j| clause_ok || doc.low(j) == "that")?
            } else {
                stop
            };
        } else {
            break;
        }
    }
    let mut had_that = false;
    if i < end && doc.is(i, ",") {
        // "Berg, whose firm warned investors, said …": the audience told,
        // a comma and the main clause's verb; nothing was reported. So
        // with any verb after a relative clause's closing comma ("Weber,
        // who advises Kasich, is no fan of Trump").
        let in_relative_clause = (cue.saturating_sub(MAX_RELATIVE_LEAD_TOKENS)..cue)
            .any(|j| j > 0 && doc.is(j - 1, ",") && matches!(doc.low(j), "who" | "which" | "whose"));
        if object_read && i + 1 < end && (lexicon::cue_verb(doc.low(i + 1)).is_some() || in_relative_clause) {
            return None;
        }
        i += 1;
        if participle_of_the_speaker(doc, i, end) {
            return None;
        }
        // "…, he said, compared with …": a comment on what was said;
        // "said, while testifying before Congress, that …" sets off the
        // time of saying before its content.
        if i < end && lexicon::opens_comment(doc.low(i)) {
            let that = (i + 1..end.min(i + 14)).find(|&j| doc.is(j, ",") && j + 1 < end && doc.low(j + 1) == "that");
            i = that? + 1;
        } else if i + 1 < end && is_setting_opener(doc, i) {
            // "…, he said, on condition of anonymity": a setting of the
            // saying, not what was said.
            let close = (i + 1..end.min(i + 14)).find(|&j| doc.is(j, ","))?;
            i = content_after_setting(doc, close, end).unwrap_or(close + 1);
        }
    }
    if i < end && doc.low(i) == "that" {
        i += 1;
        had_that = true;
        // "said that, during the war, the plan was dead": a phrase set off
        // by commas may open the clause "that" introduces. ("reported
        // that, according to an analysis, …" states the source of what
        // follows, which the "according to" reading gives.)
        let set_off = i + 2 < end
            && doc.is(i, ",")
            && doc.low(i + 1) != "according"
            && (i + 2..end.min(i + MAX_SET_OFF_TOKENS)).any(|j| doc.is(j, ","));
        if set_off {
            i += 1;
        }
    }
    if i >= end {
        return None;
    }
    let mut first = doc.low(i);
    // A stance taken on a noun phrase: "endorsed Trump", "called for a ban".
    let noun_phrase = verb.stance && !had_that && !lexicon::is_subject_pronoun(first);
    if noun_phrase && matches!(first, "for" | "on" | "against" | "about" | "of") && i + 1 < end {
        i = duration_after(doc, i, end).unwrap_or(i + 1);
        if i >= end {
            return None;
        }
        first = doc.low(i);
    }
    if first == "to" && !verb.takes_infinitive {
        return None;
    }
    // "said about the plan", "said so", "said goodbye", "the surge
    // continued into December": no content. After "that" the same words
    // open a clause ("said that by imposing rules, the city …", "said that
    // about 5,500 troops would stay"), and so does "about" before a figure
    // ("said about half of the shortfall reflected …").
    let about_a_figure = first == "about" && i + 1 < end && {
        let next = if matches!(doc.low(i + 1), "a" | "an") && i + 2 < end { i + 2 } else { i + 1 };
        let w = doc.low(next);
        doc.is_number(next) || lexicon::is_share_word(w) || lexicon::is_figure_word(w)
    };
    // "said no decision had been made": "no" before a noun and a tense
    // opens a clause, unlike "said no" alone.
    let no_as_determiner = first == "no"
        && verb.speech
        && i + 1 < end
        && doc.is_word(i + 1)
        && (i + 2..end.min(i + MAX_NO_CLAUSE_REACH)).any(|j| lexicon::is_finite_auxiliary(doc.low(j)));
    let no_content = !had_that
        && !about_a_figure
        && !no_as_determiner
        && matches!(
            first,
            "of" | "about"
                | "for"
                | "with"
                | "as"
                | "by"
                | "into"
                | "until"
                | "till"
                | "onto"
                | "toward"
                | "towards"
                | "across"
                | "beyond"
                | "throughout"
                | "so"
                | "yes"
                | "no"
                | "nothing"
                | "up"
                | "out"
                | "goodbye"
                | "hello"
                | "sorry"
                | "thanks"
        );
    if no_content
        || denies_someone_something(doc, cue, i, end)
        || matches!(first, "," | "." | "and" | "but" | "or" | "than")
        || (first == "if" && !verb.takes_object() && !verb.speech)
        || doc.is_terminal(i)
    {
        return None;
    }
    if !verb.speech && !had_that && !noun_phrase {
        // "believe prices will fall", "found output had risen": a plain
        // noun with a tense right after it, agreeing with it, opens a
        // clause too ("knew something was", "believes doping is"). Not
        // after a participle that modifies a noun ("its best known brand
        // is"), nor an adjective ("find useful could").
        let noun_then_tense = i + 1 < end && doc.is_word(i) && !doc.is_capitalized(i) && {
            let tense = doc.low(i + 1);
            let plural = first.ends_with('s') || lexicon::is_unmarked_plural(first);
            let agrees = match tense {
                "is" | "was" | "has" | "does" => !plural,
                "are" | "were" | "have" | "do" => plural,
                _ => true,
            };
            lexicon::is_finite_auxiliary(tense)
                && agrees
                && !lexicon::ends_no_noun_phrase(first)
                && !lexicon::looks_like_verb(first)
                && (first.ends_with("ing") || !lexicon::looks_adjectival(first))
                && !matches!(doc.low(cue), "known" | "seen" | "shown")
        };
        let starts_clause = doc.is_word(i)
            && (lexicon::is_subject_pronoun(first)
                || lexicon::is_determiner(first)
                || doc.is_capitalized(i)
                || first == "to"
                || first == "there"
                || noun_then_tense);
        if !starts_clause && !doc.is_number(i) {
            return None;
        }
    }
    // A single quotation that makes up the rest: the direct quote covers it.
    if doc.is_quote(i) && !doc.inside[i] {
        let rest_is_one_quote = doc.quote_opening_at(i).is_some_and(|q| q.close + 1 >= end);
        if rest_is_one_quote {
            return None;
        }
    }
    let shape = if noun_phrase {
        ContentShape::NounPhrase
    } else if subordinate {
        ContentShape::Subordinate
    } else {
        ContentShape::Clause
    };
    let mut stop = content_end_from(doc, i, stops, shape);
    if lexicon::is_bare_cue_form(doc.low(cue)) {
        stop = stop.min(stops.next_bare_coordination(doc, i));
    }
    // "X said polls show people want change, Ada Finch said.": the
    // sentence's own attribution closes the content.
    let stop = trailing_attribution(doc, i, stop).unwrap_or(stop);
    // "…than official estimates, Ms Lomax said": content that is only an
    // attribution reports nothing.
    if is_attribution(doc, i, stop) {
        return None;
    }
    // "claiming the men's 800m", "defend the Davis Cup crown", "blasted
    // the ball home": a prize or a ball won or struck is no report.
    if !had_that && names_a_prize(doc, i, stop) {
        return None;
    }
    // "is continuing its investigation", "added the relay crown to his
    // title", "wrote a song", "saw its shares rise": the verb's other uses.
    if !had_that && !meets_content_need(doc, verb.needs, i, stop, end) {
        return None;
    }
    let min_len = if noun_phrase {
        1
    } else if verb.speech {
        2
    } else {
        3
    };
    // "which he once supported -": a mark alone reports nothing.
    let has_word = (i..stop).any(|j| doc.is_word(j) || doc.is_number(j));
    // "a song called Cardiff Afterlife", "phoned and called Ada Finch": a
    // name alone after "called" (or "dubbed") is what someone or something
    // is named, or who was phoned. (In a headline every word is capitalised.)
    let only_a_name = gives_a_name(doc.low(cue))
        && !doc.title_case[doc.sentence_of[cue]]
        && (i..stop).all(|j| !doc.is_word(j) || doc.is_capitalized(j));
    (stop >= i + min_len && has_word && !only_a_name).then_some((i, stop))
}

/// True when the words `i..stop` after a verb (no "that" opening them)
/// are the kind of content it needs to report them ([`ContentNeed`]); a
/// tense for "add" may stand past the content's end, up to `end`.
fn meets_content_need(doc: &Doc, need: ContentNeed, i: usize, stop: usize, end: usize) -> bool {
    match need {
        ContentNeed::Any => true,
        ContentNeed::That => false,
        ContentNeed::TenseInReach => (i..end.min(i + MAX_ADDED_CLAUSE_TOKENS)).any(|j| shows_tense(doc.low(j))),
        ContentNeed::Clause => clause_with_tense(doc, i, stop),
        ContentNeed::View => {
            (i..stop).any(|j| doc.low(j) == "as")
                || (i..stop.min(i + MAX_SEEN_SUBJECT_WORDS + 1)).any(|j| lexicon::is_finite_auxiliary(doc.low(j)))
        }
        ContentNeed::Infinitive => (i + 1..stop).any(|j| infinitive_at(doc, j, stop)),
    }
}

/// True when tokens `first..last` hold a tense before any comma or
/// subordinator: a clause of their own ("the plan was flawed"), not a noun
/// phrase ("a song", "books about the war because …").
fn clause_with_tense(doc: &Doc, first: usize, last: usize) -> bool {
    // "a memoir titled “…”": a title given is no tense.
    (first..last)
        .take_while(|&j| !doc.is(j, ",") && !lexicon::is_subordinator(doc.low(j)))
        .any(|j| shows_tense(doc.low(j)) && !matches!(doc.low(j), "titled" | "entitled"))
}

/// True for a word that shows a clause's tense: an auxiliary, a pronoun's
/// contraction ("it's"), a past in "-ed" or an irregular past.
fn shows_tense(w: &str) -> bool {
    lexicon::is_finite_auxiliary(w)
        || lexicon::subject_pronoun_of(w).is_some_and(|p| p != w)
        || w.ends_with("ed")
        || lexicon::is_irregular_past(w)
}

/// True when the words from `i` (just past the comma after a cue) are a
/// participle describing the speaker ("…, he said, wiping sweat off his
/// face", "…, he said, adding that …"): not what the cue reports. A
/// gerund that a verb follows as its predicate is a subject ("…, he said,
/// replacing Clinton would be …"), unless it is a verb of saying itself
/// ("…, he said, adding it was …").
fn participle_of_the_speaker(doc: &Doc, i: usize, end: usize) -> bool {
    if i >= end || !lexicon::is_gerund(doc.low(i)) || doc.is_capitalized(i) {
        return false;
    }
    let subject_of_a_verb = (i + 1..end.min(i + MAX_GERUND_SUBJECT_WORDS))
        .take_while(|&j| !doc.is(j, ","))
        .any(|j| lexicon::is_finite_auxiliary(doc.low(j)));
    !subject_of_a_verb || lexicon::cue_verb(doc.low(i)).is_some_and(|verb| verb.speech)
}

/// The most words after the verb of a trailing attribution ("…, Ms Lomax
/// said on Tuesday.").
const MAX_TRAILING_ADVERBIAL_WORDS: usize = 4;

/// How many tokens before a content's end its trailing attribution may
/// start: a speaker, a verb with its object and a short adverbial.
const TRAILING_ATTRIBUTION_REACH: usize = 2 * MAX_PHRASE_WORDS + MAX_TRAILING_ADVERBIAL_WORDS + 4;

/// Where content `first..stop` ends when the sentence's own attribution
/// closes it ("…, Ms Lomax said.", "…, he added on Monday"): its last
/// comma outside a quotation, then a speaker and a verb of saying, then at
/// most a short adverbial. Only the last comma within
/// reach of the end is tried, so each content costs a bounded look and one
/// phrase reading, however long it runs.
fn trailing_attribution(doc: &Doc, first: usize, stop: usize) -> Option<usize> {
    let reach = stop.saturating_sub(TRAILING_ATTRIBUTION_REACH).max(first + 1);
    // The content ends at the comma, or after the closing mark of a
    // quotation whose comma, question or exclamation mark it encloses
    // ("was “doing the right thing,” the Post reported", "…?” he asked").
    let (mark, content_end) = (reach..stop).rev().filter(|&j| !doc.inside[j]).find_map(|j| {
        if doc.is(j, ",") {
            Some((j, j))
        } else if doc.is_quote(j) && (doc.is(j - 1, ",") || doc.is(j - 1, "?") || doc.is(j - 1, "!")) {
            Some((j, j + 1))
        } else {
            None
        }
    })?;
    is_attribution(doc, mark + 1, stop).then_some(content_end)
}

/// True when tokens `from..stop` are a speaker, a verb of saying with its
/// object or particle, and at most a short adverbial of time or place ("Ms
/// Lomax said on Tuesday", "party sources told the BBC", "she pointed
/// out"), or the same inverted ("said Mr Blair", "added the minister on
/// Monday"); not when anything else follows ("Mars denied any such
/// agreement", "her son told her he was innocent").
fn is_attribution(doc: &Doc, from: usize, stop: usize) -> bool {
    let Some(rest) = inverted_attribution_end(doc, from, stop).or_else(|| attribution_end(doc, from, stop)) else {
        return false;
    };
    let adverbial = rest >= stop || lexicon::is_cue_adverbial(doc.low(rest)) || lexicon::is_preposition(doc.low(rest));
    adverbial && (rest..stop).filter(|&j| doc.is_word(j)).count() <= MAX_TRAILING_ADVERBIAL_WORDS
}

/// Where an attribution at `from` ends ("Ms Lomax said", "party sources
/// told the BBC", "she pointed out"): a speaker, then a verb of saying with
/// its particle or object.
fn attribution_end(doc: &Doc, from: usize, stop: usize) -> Option<usize> {
    let cue = phrase_starting_at(doc, from, stop)?.last;
    let verb = (cue < stop).then(|| lexicon::cue_verb(doc.low(cue))).flatten().filter(|verb| verb.speech)?;
    let rest = cue + 1 + usize::from(verb.particle);
    Some(if verb.takes_object() { rest + object_len(doc, rest, stop) } else { rest })
}

/// Where the speaker ends in an inverted attribution at `from` ("said Mr
/// Blair", "added the minister"): a finite verb of saying whose next
/// phrase can only be its speaker (not "told the BBC", "called the
/// Operating and Financial Review", nor "calling the Islamic State …"),
/// then that phrase.
fn inverted_attribution_end(doc: &Doc, from: usize, stop: usize) -> Option<usize> {
    if from >= stop {
        return None;
    }
    let w = doc.low(from);
    let verb = lexicon::cue_verb(w)?;
    if !verb.speech || lexicon::is_gerund(w) || lexicon::is_object_first_verb(w) {
        return None;
    }
    phrase_starting_at(doc, from + 1, stop).map(|speaker| speaker.last)
}

/// True when "denied" at `cue` keeps something from someone rather than
/// rejecting a claim: its object at `i` is a person, pronoun or name, that
/// no verb follows ("denied them a win", "James denied Damien Duff with a
/// fine save"). A name's claim ("denied Reyes's claim") and a clause
/// ("denied Reyes had lied") are what was denied.
fn denies_someone_something(doc: &Doc, cue: usize, i: usize, end: usize) -> bool {
    if i >= end || !matches!(doc.low(cue), "denied" | "denies" | "deny" | "denying") {
        return false;
    }
    // "Her" may own what was denied ("denied her faith meant …"); before
    // a determiner it is the one kept from it ("denied her a place").
    let object_pronoun = match doc.low(i) {
        "him" | "them" | "us" | "me" => true,
        "her" => i + 1 < end && lexicon::is_determiner(doc.low(i + 1)),
        _ => false,
    };
    if object_pronoun {
        return true;
    }
    let mut after_name = i;
    while after_name < end && doc.is_name_word(after_name) && !doc.is_possessive(after_name) {
        after_name += 1;
    }
    let clause_follows = after_name < end && {
        let w = doc.low(after_name);
        lexicon::is_finite_auxiliary(w) || lexicon::looks_like_verb(w) || w == "that"
    };
    after_name > i && (after_name >= end || !doc.is_possessive(after_name) && !clause_follows)
}

/// How far after a prize's noun phrase [`names_a_prize`] looks for a tense
/// that makes the phrase a clause's subject.
const PRIZE_TENSE_WINDOW: usize = 6;

/// True when the noun phrase opening tokens `i..stop` is headed by a prize
/// or a ball of a game ("the Davis Cup crown", "the men's 800m", "the
/// ball") and is the verb's object, not a clause's subject ("the goal was
/// to …"): the phrase's words up to a function word, a verb or a mark, the
/// last of them its head.
fn names_a_prize(doc: &Doc, i: usize, stop: usize) -> bool {
    // "claiming 41 percent of the vote", "claimed 12 seats": a figure of
    // votes or seats won, with no verb of its own.
    if i < stop && doc.is_number(i) {
        let window = i + 1..stop.min(i + MAX_WON_SHARE_WORDS);
        let counted = |k: usize| matches!(doc.low_bare(k), "vote" | "votes" | "seats" | "delegates");
        let counts_votes = window.clone().any(counted);
        let has_verb = window.into_iter().any(|k| {
            let w = doc.low(k);
            !counted(k) && (lexicon::is_finite_auxiliary(w) || lexicon::looks_like_verb(w))
        });
        if counts_votes && !has_verb {
            return true;
        }
    }
    let mut j = i;
    while j < stop && lexicon::is_determiner(doc.low(j)) {
        j += 1;
    }
    let mut head = None;
    while j < stop && j < i + MAX_PHRASE_WORDS && doc.is_word(j) {
        let w = doc.low_bare(j);
        // "Slam" is a verb of criticism too, but not in "Grand Slam".
        if lexicon::is_function_word(w) || lexicon::looks_like_verb(w) && !lexicon::is_prize(w) || w == "home" {
            break;
        }
        head = Some(w);
        j += 1;
    }
    // A tense a few words on ("the goal for 2005 was to …"); looking no
    // further keeps every cue's check short in a sentence of any length.
    // So does "as" ("described their prize as “quite an honour”"): what the
    // prize was called is reported.
    let clause_follows = j < stop && lexicon::looks_like_verb(doc.low(j))
        || (j..stop.min(j + PRIZE_TENSE_WINDOW))
            .any(|k| lexicon::is_finite_auxiliary(doc.low(k)) || doc.low(k) == "as");
    !clause_follows
        && head.is_some_and(|w| {
            lexicon::is_prize(w)
                || w.strip_suffix('m').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The most words after a figure that [`names_a_prize`] reads for the
/// votes or seats it counts ("41 percent of the vote").
const MAX_WON_SHARE_WORDS: usize = 6;

/// Where content of `shape` that starts at token `i` stops.
fn content_end_from(doc: &Doc, i: usize, stops: &ContentStops, shape: ContentShape) -> usize {
    let end = stops.end;
    let mut j = i;
    loop {
        if j >= end {
            return end;
        }
        if j - i >= ContentStops::FAR {
            return stops.stop_from(doc, j, shape);
        }
        if let Some(stop) = content_stop_at(doc, j, end, shape, j - i) {
            return stop;
        }
        j += 1;
    }
}

/// The most tokens a subject before an aside may have for a present-tense
/// verb after the aside to be read as its predicate.
const MAX_BARE_SUBJECT_WORDS: usize = 5;

/// Where the predicate resumes after an attribution set off by commas
/// between a subject and its verb ("The permit, his campaign said, had
/// been hard to get", "The solution, the partner told them, was simple"):
/// the word after the comma that closes the aside, when it is an auxiliary
/// or a past tense, or, after a short subject that opens with a determiner
/// and has no auxiliary of its own (`bare_subject`: "This sort of opining,
/// CNN claimed, violates …"), a lowercase word ending in "s". `None` for
/// anything else after the cue.
fn predicate_resumes_after(doc: &Doc, cue: usize, end: usize, bare_subject: bool) -> Option<usize> {
    let mut k = cue + 1;
    while k < end.min(cue + 4)
        && (lexicon::is_cue_adverbial(doc.low(k))
            || matches!(doc.low(k), "them" | "me" | "us" | "him" | "her" | "reporters"))
    {
        k += 1;
    }
    if k + 1 >= end || !doc.is(k, ",") || doc.inside[k] {
        return None;
    }
    let w = doc.low(k + 1);
    let lowercase = doc.is_word(k + 1) && !doc.is_capitalized(k + 1);
    if lexicon::opens_comment(w) {
        return None;
    }
    let verb = lexicon::is_finite_auxiliary(w)
        || lowercase && w.ends_with("ed")
        || bare_subject
            && lowercase
            && w.ends_with('s')
            && !lexicon::ends_no_noun_phrase(w)
            && !lexicon::is_function_word(w);
    verb.then_some(k + 1)
}

/// What kind of content a cue frames, for where it stops: a clause runs on
/// past commas, the content of a cue in a subordinate clause ends at a
/// comma, and a noun phrase also ends where a noun phrase does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ContentShape {
    Clause,
    Subordinate,
    NounPhrase,
}

/// Where reported content that has reached token `j`, `depth` tokens past
/// its first, stops: `Some(stop)` when it ends before token `stop` (`j`, or
/// just past a closing quote mark at `j`), `None` when it goes on. No rule
/// looks at depths beyond [`ContentStops::FAR`].
fn content_stop_at(doc: &Doc, j: usize, end: usize, shape: ContentShape, depth: usize) -> Option<usize> {
    if doc.inside[j] {
        return None;
    }
    // A colon ends the content only before a quotation ("said X: “…”").
    if doc.is(j, ";") || doc.is(j, ":") && j + 1 < end && doc.is_quote(j + 1) {
        return Some(j);
    }
    // A comma that ends a quotation ("…,” noting …") acts after the mark.
    let comma = doc.is(j, ",") || depth > 0 && closes_on_comma(doc, j);
    if shape != ContentShape::Clause && comma {
        return Some(j);
    }
    if shape == ContentShape::NounPhrase && depth > 0 && ends_noun_phrase(doc, j, end) {
        return Some(j);
    }
    if depth > 2 && j + 1 < end {
        let next = doc.low(j + 1);
        // "…, compared with …", "…, while …", "… — a red line": a comment
        // or a contrast ends the content.
        let comment = comma && lexicon::opens_comment(next);
        let dash_comment = is_dash(doc, j)
            && matches!(next, "a" | "an" | "which" | "who" | "something" | "the" | "but" | "and" | "while")
            && !dashed_aside_in_content(doc, j, end);
        if comment || dash_comment {
            return Some(j);
        }
        // "…, but did not …", "… and refused to …": a second predicate.
        if matches!(doc.low(j), "but" | "and") || (comma && matches!(next, "but" | "and")) {
            let mut k = if doc.is_word(j) { j + 1 } else { j + 2 };
            let new_subject = k < end && matches!(doc.low(k), "he" | "she" | "they" | "we" | "i");
            if new_subject {
                k += 1;
            }
            while k < end && matches!(doc.low(k), "not" | "also" | "then" | "later" | "never" | "still") {
                k += 1;
            }
            // Only a new subject or a contrast ends the report; "… and
            // has the most experience" continues it.
            let contrast = doc.low(j) == "but" || next == "but";
            if k < end && (new_subject || contrast) && is_second_predicate(doc.low(k)) && !doc.is_capitalized(k) {
                return Some(j);
            }
            // "…, and the union has already sued": after a comma, a clause
            // with a subject of its own and its tense is the writer's.
            let opener = if doc.is_word(j) { j + 1 } else { j + 2 };
            let clause_of_its_own = comma
                && opener < end
                && matches!(doc.low(opener), "the" | "a" | "an" | "his" | "her" | "its" | "their")
                && (opener + 2..end.min(opener + 1 + MAX_SUBJECT_WORDS))
                    .find(|&t| !mentions::is_plain_word(doc, t) && !doc.is_capitalized(t))
                    .is_some_and(|t| lexicon::is_finite_auxiliary(doc.low(t)));
            if clause_of_its_own {
                // A closing mark after the comma stays with the content.
                return Some(if doc.is_quote(j) { j + 1 } else { j });
            }
        }
    }
    if comma
        && j + 1 < end
        && doc.is_quote(j)
        && lexicon::is_gerund(doc.low(j + 1))
        && lexicon::cue_verb(doc.low(j + 1)).is_some()
    {
        return Some(j + 1);
    }
    if j + 1 < end && (doc.is(j, ",") || doc.low(j) == "and" || doc.low(j) == "but") {
        let mut k = j + 1;
        if doc.is(j, ",") && matches!(doc.low(k), "and" | "but") {
            k += 1;
        }
        while k < end && lexicon::is_verb_modifier(doc.low(k)) && lexicon::cue_verb(doc.low(k)).is_none() {
            k += 1;
        }
        let next = if k < end { doc.low(k) } else { "" };
        let new_report = k < end && lexicon::cue_verb(next).is_some() && !doc.is_capitalized(k);
        if next == "according"
            || (doc.is(j, ",") && new_report && (lexicon::is_gerund(next) || k > j + 1))
            || (doc.low(j) == "and"
                && new_report
                && k == j + 1
                && !lexicon::is_gerund(next)
                && !lexicon::is_bare_cue_form(next))
        {
            return Some(j);
        }
        let conjunction = matches!(doc.low(j), "and" | "but") || matches!(doc.low(j + 1), "and" | "but");
        if conjunction && subject_then_saying(doc, if doc.is_word(j) { j + 1 } else { j + 2 }, end) {
            return Some(j);
        }
    }
    None
}

/// The most words [`subject_then_saying`] reads as a subject.
const MAX_SUBJECT_WORDS: usize = 6;

/// True when a new clause with its own subject and verb of saying starts at
/// token `k` ("other party leaders said", "more than 4 in 10 say"): after
/// "and" or "but", it ends the report before it, being a report of its own.
fn subject_then_saying(doc: &Doc, k: usize, end: usize) -> bool {
    let window = end.min(k + MAX_SUBJECT_WORDS + 1);
    let mut i = k;
    while i < window
        && (doc.is_word(i) || doc.is_number(i))
        && !doc.inside[i]
        && lexicon::cue_verb(doc.low(i)).is_none()
        && !matches!(doc.low(i), "that" | "who" | "which" | "to")
    {
        i += 1;
    }
    // "… and review the recount": after an article the word is a noun.
    i > k
        && i < window
        && !doc.is_capitalized(i)
        && !matches!(doc.low(i - 1), "the" | "a" | "an")
        && lexicon::cue_verb(doc.low(i)).is_some_and(|verb| verb.speech)
        && !passive_or_infinitive(doc, i, k)
}

/// Where reported content stops in one sentence, for each shape of
/// content. Past its first few tokens the stop rules no longer depend on
/// where the content started, so from there the stop is looked up (worked
/// out once per sentence, on first use) rather than scanned for again from
/// every cue: a sentence of 20,000 "he said" would otherwise take time
/// quadratic in its length. The same goes for infinitives and questions,
/// which run to the next comma, semicolon or colon.
struct ContentStops {
    /// The first token any content can reach: the one after the sentence's first.
    first: usize,
    /// Where the sentence's content ends (before its final punctuation).
    end: usize,
    /// For each shape, the stop for content reaching each token `first..=end`.
    by_shape: [OnceCell<Vec<usize>>; 3],
    /// For each token `first..=end`, the next comma (outside quotations),
    /// semicolon or colon, or `end`.
    next_mark: OnceCell<Vec<usize>>,
    /// For each token `first..=end`, the next "and" before a reporting
    /// verb's bare form ("… and believe …"), or `end`.
    next_bare_coordination: OnceCell<Vec<usize>>,
}

impl ContentStops {
    /// How many tokens past its first content must be for its stop to be
    /// looked up.
    const FAR: usize = 3;

    /// The stops for the sentence whose first token is `sentence_first` and
    /// whose content ends before `end`.
    fn new(sentence_first: usize, end: usize) -> Self {
        ContentStops {
            first: sentence_first + 1,
            end,
            by_shape: Default::default(),
            next_mark: OnceCell::new(),
            next_bare_coordination: OnceCell::new(),
        }
    }

    /// The first comma (outside quotations), semicolon or colon from token
    /// `j` on, or the content's end: where an infinitive ("seems to …") or
    /// an indirect question ("asked whether …") stops.
    fn next_mark(&self, doc: &Doc, j: usize) -> usize {
        let marks = self.next_mark.get_or_init(|| {
            let mut marks = vec![self.end; self.end.saturating_sub(self.first) + 1];
            for t in (self.first..self.end).rev() {
                let k = t - self.first;
                let mark = doc.is_outside(t, ",") || doc.is(t, ";") || doc.is(t, ":");
                marks[k] = if mark { t } else { marks[k + 1] };
            }
            marks
        });
        marks[j - self.first]
    }

    /// The first "and" before a reporting verb's bare form from token `j`
    /// on, or the content's end. After a cue that is itself a bare form
    /// ("Tories say the issue should be decided in Scotland and believe
    /// …") the second verb is the speakers' again, so the content ends
    /// there; after any other cue the verb continues the content's own
    /// modal or infinitive ("would ignore the ban and continue to hunt").
    fn next_bare_coordination(&self, doc: &Doc, j: usize) -> usize {
        let found = self.next_bare_coordination.get_or_init(|| {
            let mut found = vec![self.end; self.end.saturating_sub(self.first) + 1];
            for t in (self.first..self.end).rev() {
                let k = t - self.first;
                let here = doc.low(t) == "and"
                    && !doc.inside[t]
                    && t + 1 < self.end
                    && !doc.is_capitalized(t + 1)
                    && lexicon::is_bare_cue_form(doc.low(t + 1));
                found[k] = if here { t } else { found[k + 1] };
            }
            found
        });
        found[j - self.first]
    }

    /// Where content of `shape` that has reached token `j`, at least
    /// [`Self::FAR`] tokens past its first, stops.
    fn stop_from(&self, doc: &Doc, j: usize, shape: ContentShape) -> usize {
        let stops = self.by_shape[shape as usize].get_or_init(|| {
            let mut stops = vec![self.end; self.end.saturating_sub(self.first) + 1];
            for t in (self.first..self.end).rev() {
                let k = t - self.first;
                stops[k] = content_stop_at(doc, t, self.end, shape, Self::FAR).unwrap_or(stops[k + 1]);
            }
            stops
        });
        stops[j - self.first]
    }
}

/// The last token of a sentence's content: before final punctuation.
fn content_end(doc: &Doc, first: usize, last: usize) -> usize {
    let mut end = last;
    while end > first
        && (doc.is_terminal(end - 1) || doc.is(end - 1, ")") || doc.is(end - 1, ","))
        && !doc.inside[end - 1]
    {
        end -= 1;
    }
    end
}

/// Cue words that are more often nouns ("vote", "report", "support").
fn is_noun_like_cue(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "votes"
            | "contest"
            | "contests"
            | "email"
            | "emails"
            | "report"
            | "reports"
            | "attack"
            | "attacks"
            | "support"
            | "charge"
            | "charges"
            | "plan"
            | "plans"
            | "address"
            | "addresses"
            | "back"
            | "focus"
            | "push"
            | "text"
            | "order"
            | "orders"
            | "answer"
            | "answers"
            | "comment"
            | "comments"
            | "demand"
            | "demands"
            | "request"
            | "requests"
            | "promise"
            | "promises"
            | "pledge"
            | "pledges"
            | "question"
            | "questions"
            | "offer"
            | "offers"
            | "target"
            | "call"
            | "calls"
            | "protest"
            | "protests"
            | "challenge"
            | "challenges"
            | "claim"
            | "claims"
    )
}

/// True when the cue word at `cue`, one that names a thing as often as it
/// reports ("dispute", "point", "campaign"), is the noun that ends the
/// phrase read as its speaker: an article and one word that names no one
/// who could speak ("in a price dispute that threatened …", "the high point
/// it reached", "a smear campaign against …"; not "the report forecast",
/// "the company points to …", "the UNECE forecasts").
fn completes_noun_phrase(doc: &Doc, speaker: &SpeakerPhrase, cue: usize) -> bool {
    let noun_form = matches!(
        doc.low(cue),
        "dispute" | "disputes" | "forecast" | "forecasts" | "campaign" | "campaigns" | "point" | "points" | "welcome"
    );
    if !noun_form || speaker.last != cue || speaker.last != speaker.first + 2 {
        return false;
    }
    let modifier = doc.low(speaker.first + 1);
    let speaks = speaker.form == PhraseForm::Organization
        || lexicon::is_unnamed_source_noun(modifier)
        || lexicon::is_organization_word(modifier)
        || lexicon::is_document_noun(modifier)
        || lexicon::is_role_word(modifier)
        || lexicon::is_person_noun(modifier);
    lexicon::is_determiner(doc.low(speaker.first)) && !speaks
}

/// True when the cue word at `cue` is a noun that an unnamed phrase, or
/// no speaker at all, leads to ("branded the harbour plan “a disgrace”",
/// "the new targets were “reasonably impressive”"), as
/// [`indirect_at`] reads such a word: no frame for a quotation after it.
fn noun_after_unnamed(doc: &Doc, cue: usize) -> bool {
    is_noun_like_cue(doc.low(cue))
        && phrase_ending_at(doc, cue, doc.clause_start(cue))
            .is_none_or(|p| matches!(p.form, PhraseForm::Unnamed | PhraseForm::Anaphoric))
}

/// Byte range of tokens `first..last`.
fn bytes(doc: &Doc, first: usize, last: usize) -> (usize, usize) {
    (doc.tokens[first].start, doc.tokens[last - 1].end)
}

/// The most tokens back from a content's end that a parenthesis it closes
/// may have opened ("(£211)", "(R-Texas)").
const MAX_PARENTHESIS_TOKENS: usize = 12;

/// The most tokens back from a content's end that a quotation it closes
/// may have opened at (a quoted phrase inside reported speech).
const MAX_QUOTE_TAIL_TOKENS: usize = 40;

/// An indirect claim in sentence `sentence` whose content is the tokens
/// `content` (first, last exclusive), framed by the cue tokens `cue` (a
/// reporting verb, "according to", a headline's colon). Every rule that
/// finds indirect speech reports it through this one shape.
fn indirect_claim(
    doc: &Doc,
    sentence: usize,
    content: (usize, usize),
    cue: (usize, usize),
    speaker: Option<SpeakerPhrase>,
) -> RawClaim {
    // "… is expected to cost $399 (£211).": a parenthesis opened inside
    // the content closes inside it.
    let reach = content.0.max(content.1.saturating_sub(MAX_PARENTHESIS_TOKENS));
    let opened_inside =
        (reach..content.1).rev().find(|&j| doc.is(j, "(") || doc.is(j, ")")).is_some_and(|j| doc.is(j, "("));
    let last = if opened_inside && doc.is(content.1, ")") { content.1 + 1 } else { content.1 };
    // "refused to address “that person,” saying …": a quotation opened
    // inside the content closes inside it, after the comma it ended at.
    let quote_reach = content.0.max(last.saturating_sub(MAX_QUOTE_TAIL_TOKENS));
    let quotation_closes = (quote_reach..last).any(|j| doc.quote_opening_at(j).is_some_and(|q| q.close == last));
    let last = if quotation_closes { last + 1 } else { last };
    let (mut start, mut end) = bytes(doc, content.0, last);
    if end - start > MAX_REPORT_BYTES {
        // Keep the words nearest the cue: the start of content after it,
        // the end of content before it ("…, according to X").
        let tokens = &doc.tokens[content.0..content.1];
        if cue.0 >= content.1 {
            let from = tokens.partition_point(|t| t.start < end - MAX_REPORT_BYTES);
            start = tokens[from.min(tokens.len() - 1)].start;
        } else {
            let within = tokens.partition_point(|t| t.end <= start + MAX_REPORT_BYTES);
            end = tokens[within.max(1) - 1].end;
        }
    }
    RawClaim { kind: ClaimKind::Indirect, start, end, cue: Some(cue), speaker, sentence, continuation: false }
}

/// Finds every direct, partial and indirect claim in the document.
pub fn find_claims(doc: &Doc) -> Vec<RawClaim> {
    let mut claims = Vec::new();
    // The speaker label and colon that opened the paragraph, in an
    // interview transcript ("FALLIN: Well, I think …").
    let mut turn: Option<(usize, SpeakerPhrase, usize)> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let (a, b) = (sentence.first, sentence.last);
        let end = content_end(doc, a, b);
        match turn {
            Some((paragraph, speaker, colon)) if paragraph == sentence.paragraph => {
                // The speaker's turn goes on to the end of the paragraph;
                // the reports inside it are read as in any sentence.
                if end > a + 1 {
                    claims.push(indirect_claim(doc, s, (a, end), (colon, colon + 1), Some(speaker)));
                }
            }
            _ => turn = None,
        }
        // The sentence's quotations, found by binary search: filtering all
        // of the article's for every sentence is quadratic in a text of
        // many short quoted sentences.
        let quotes =
            &doc.quotes[doc.quotes.partition_point(|q| q.open < a)..doc.quotes.partition_point(|q| q.open < b)];
        // Cues of frames after quotes, in text order (sorted for a binary search).
        let mut after_cues = Vec::new();
        // The nearest reporting verb before the tokens searched so far: each
        // embedded fragment carries the search on from the previous one
        // rather than searching back to the sentence start again.
        let mut searched = a;
        let mut nearest_cue = None;
        for (k, q) in quotes.iter().enumerate() {
            // "ABC’s “Good Morning America”", "in an interview with “Fox and
            // Friends,”": a name in quotation marks is nobody's words.
            if names_a_programme(doc, q) || mentions::is_title_by_place(doc, q) {
                continue;
            }
            let gap_before = if k == 0 { a } else { quotes[k - 1].close + 1 };
            // "…,” said Jon Meacham, the author of “Destiny and Power,” …: a
            // title in the speaker's role does not end the frame.
            let next = match quotes.get(k + 1) {
                Some(n) if mentions::is_title_by_place(doc, n) => quotes.get(k + 2),
                next => next,
            };
            let gap_after = next.map_or(b, |n| n.open);
            let (start, end) = (q.quote.start, q.quote.end);
            let after = frame_after(doc, q.close + 1, gap_after, a);
            let before = frame_before(doc, gap_before, q.open, a);
            let colon_before = q.open > a && doc.is(q.open - 1, ":");
            let frame = if colon_before { before.or(after) } else { after.or(before) };
            let opens_clause = no_words(doc, doc.clause_start(q.open), q.open);
            if let Some(f) = frame {
                let by_after = after.is_some_and(|x| x.cue == f.cue);
                // "X’s remarks were “racist,” Ryan said": the quote is part
                // of the reported clause. So is a quoted name the sentence
                // goes on after ("tells MSNBC’s “Morning Joe” on Friday
                // that …", "said “more likely than not” that …"): a
                // quotation that ends without a mark of its own, words
                // following it.
                let ends_with_mark = q.close > q.open + 1
                    && (doc.is(q.close - 1, ",") || doc.is_terminal(q.close - 1) || doc.is(q.close - 1, "—"));
                // A message introduced by a gerund ("a message reading
                // “Thank you Halden” moments after …") is whole; a gerund
                // after a comma reports like any verb ("…, saying “several
                // hundred” people are …").
                let message = lexicon::is_gerund(doc.low(f.cue.0)) && !comma_before(doc, f.cue.0);
                let embedded =
                    !by_after && !colon_before && !ends_with_mark && !message && !no_words(doc, q.close + 1, gap_after);
                let in_reported_clause = by_after && !opens_clause && !colon_before || embedded;
                if by_after && !in_reported_clause {
                    after_cues.push(f.cue.0);
                }
                claims.push(RawClaim {
                    kind: if in_reported_clause { ClaimKind::Partial } else { ClaimKind::Direct },
                    start,
                    end,
                    cue: Some(f.cue),
                    speaker: Some(f.speaker),
                    sentence: s,
                    continuation: false,
                });
                continue;
            }
            if let Some(speaker) = subject_before_colon(doc, a, q, gap_after) {
                claims.push(RawClaim {
                    kind: ClaimKind::Direct,
                    start,
                    end,
                    cue: Some((q.open - 1, q.open)),
                    speaker: Some(speaker),
                    sentence: s,
                    continuation: false,
                });
                continue;
            }
            let whole_before = no_words(doc, gap_before, q.open)
                || k > 0 && claims.last().is_some_and(|c: &RawClaim| c.sentence == s && c.kind == ClaimKind::Direct);
            if whole_before && no_words(doc, q.close + 1, gap_after) {
                claims.push(RawClaim {
                    kind: ClaimKind::Direct,
                    start,
                    end,
                    cue: None,
                    speaker: None,
                    sentence: s,
                    continuation: true,
                });
                continue;
            }
            // An embedded fragment: attribute it to the nearest reporting
            // verb before it in the sentence.
            for c in searched..q.open {
                if cue_at(doc, c, a).is_some() && !passive_or_infinitive(doc, c, a) && !noun_after_unnamed(doc, c) {
                    nearest_cue = Some(c);
                }
            }
            searched = searched.max(q.open);
            let frame =
                nearest_cue.and_then(|c| speaker_for_cue(doc, c, doc.clause_start(c), q.open, false).map(|p| (c, p)));
            let words = (q.open..q.close).filter(|&i| doc.is_word(i)).count();
            if frame.is_some() || words >= 4 {
                claims.push(RawClaim {
                    kind: ClaimKind::Partial,
                    start,
                    end,
                    cue: frame.map(|(c, _)| (c, c + 1)),
                    speaker: frame.map(|(_, p)| p),
                    sentence: s,
                    continuation: frame.is_none(),
                });
            }
        }
        let stops = ContentStops::new(a, end);
        if let Some(claim) = colon_headline(doc, s, a, end, quotes) {
            turn = claim
                .speaker
                .filter(|label| opens_transcript_turn(doc, s, label))
                .zip(claim.cue)
                .map(|(label, (colon, _))| (sentence.paragraph, label, colon));
            claims.push(claim);
        }
        if let Some(claim) = poll_finding(doc, s, a, end).or_else(|| poll_finding_after(doc, s, a, end)) {
            claims.push(claim);
        }
        let mut i = a;
        while i < end {
            if doc.inside[i] || after_cues.binary_search(&i).is_ok() {
                i += 1;
                continue;
            }
            if doc.low(i) == "according" && i + 1 < end && doc.low(i + 1) == "to" {
                if let Some(claim) = according_to(doc, s, i, end) {
                    claims.push(claim);
                }
                i += 2;
                continue;
            }
            if let Some(claim) = expectation(doc, s, a, i, &stops) {
                claims.push(claim);
                i += 1;
                continue;
            }
            if doc.low(i) == "reportedly" {
                if let Some(claim) = reported_clause(doc, s, a, i, &stops) {
                    claims.push(claim);
                }
                i += 1;
                continue;
            }
            if doc.low(i) == "asked" {
                if let Some(claim) = asked_question(doc, s, a, i, &stops) {
                    claims.push(claim);
                    i += 1;
                    continue;
                }
            }
            let Some(verb) = cue_at(doc, i, a) else {
                i += 1;
                continue;
            };
            if let Some(claim) = indirect_at(doc, s, a, i, &stops, verb) {
                claims.push(claim);
            }
            i += 1;
        }
    }
    claims.sort_by_key(|c| (c.start, c.end));
    drop_nested_thoughts(doc, &mut claims);
    drop_reports_of_a_whole_quote(&mut claims);
    claims
}

/// The speaker of a quotation that a colon introduces and that ends the
/// sentence, when no verb of saying frames it: the subject of the clause
/// before the colon ("Osbourne himself was at a loss to explain its
/// popularity: “I suppose …”"). The clause must have a verb of its own, so
/// that a headline's label ("Poll: …") is left alone, and no quotation;
/// the subject must be followed by its predicate ("Giant screens glittered
/// with a proclamation: …" has no speaker "Giant"), and "it" speaks only
/// through a verb of saying ("It will be: “Should …?”"). A verb of saying
/// whose frame was not read counts as the clause's verb ("One judge, Stewart
/// O'Nan, carried a note that said: “…”").
fn subject_before_colon(doc: &Doc, a: usize, q: &QuoteTokens, gap_after: usize) -> Option<SpeakerPhrase> {
    let colon = q.open.checked_sub(1).filter(|&c| c > a + 1 && doc.is(c, ":") && !doc.inside[c])?;
    if !no_words(doc, q.close + 1, gap_after) || (a..colon).any(|j| doc.is_quote(j)) {
        return None;
    }
    let subject = sentence_subject(doc, a, colon)?;
    // "Glazer owns a stake in the club, and United's statement said:": a
    // clause coordinated after the subject's has a subject of its own.
    let another_clause =
        (subject.last..colon).any(|j| doc.is(j, ";") || doc.is(j, ",") && matches!(doc.low(j + 1), "and" | "but"));
    let it = subject.form == PhraseForm::Pronoun && doc.low(subject.first) == "it";
    if it || subject.last >= colon || another_clause {
        return None;
    }
    let next = doc.low(subject.last);
    let predicate_follows = doc.is(subject.last, ",")
        || lexicon::is_finite_auxiliary(next)
        || lexicon::looks_like_verb(next)
        || next.ends_with("ly")
        || matches!(next, "himself" | "herself" | "themselves" | "also" | "too");
    let has_verb = (subject.last..colon).any(|j| {
        let w = doc.low(j);
        lexicon::is_finite_auxiliary(w) || lexicon::looks_like_verb(w)
    });
    (predicate_follows && has_verb).then_some(subject)
}

/// Drops an indirect claim whose content is exactly a quotation that is a
/// claim of its own ("The bill proposes “control orders”"): one passage
/// would otherwise be listed twice. The quotation keeps its own speaker, or
/// the one it continues: giving it the report's instead was as often worse
/// as better on BBC and PolNeAR. A partial quotation that found no speaker
/// of its own takes a person the report names ("Tomas Reyes, citing “the
/// quiet strength of the port,” said …"); an unnamed one was as often a
/// misreading.
fn drop_reports_of_a_whole_quote(claims: &mut Vec<RawClaim>) {
    // Sorted by span, and within one span in the order found: a sentence's
    // quotations before its reports.
    claims.dedup_by(|later, kept| {
        let duplicate = (later.start, later.end) == (kept.start, kept.end)
            && later.kind == ClaimKind::Indirect
            && kept.kind != ClaimKind::Indirect;
        let named = later.speaker.is_some_and(|p| p.form == PhraseForm::Name);
        if duplicate && named && kept.kind == ClaimKind::Partial && kept.speaker.is_none() {
            kept.speaker = later.speaker;
            kept.cue = later.cue;
            kept.continuation = false;
        }
        duplicate
    });
}

/// "The FBI is reportedly making arrangements to interview her": the
/// clause "reportedly" stands in is someone's report, though the sentence
/// names no one. Not when a cue in the clause makes it a report or a stance
/// of its own ("Trump reportedly said that …", "has reportedly been
/// critical of Trump").
fn reported_clause(doc: &Doc, s: usize, a: usize, adverb: usize, stops: &ContentStops) -> Option<RawClaim> {
    let clause = doc.clause_start(adverb);
    let last = content_end_from(doc, adverb + 1, stops, ContentShape::Clause);
    let cued = (clause..last).any(|j| j != adverb && cue_at(doc, j, a).is_some());
    if cued || !clause_with_tense(doc, clause, last) || last < adverb + 2 {
        return None;
    }
    Some(indirect_claim(doc, s, (clause, last), (adverb, adverb + 1), None))
}

/// The most words of a programme's or a slogan's name in quotation marks.
const MAX_QUOTED_NAME_WORDS: usize = 8;

/// True when the quotation names something its owner makes ("ABC’s “Good
/// Morning America”", "CNN’s “State of the Union,”"): short, in title
/// case, right after a capitalised possessive, not opening with a subject
/// pronoun. Such a name is nobody's words.
fn names_a_programme(doc: &Doc, q: &QuoteTokens) -> bool {
    q.open > 0
        && doc.is_possessive(q.open - 1)
        && doc.is_capitalized(q.open - 1)
        && mentions::is_quoted_title(doc, q, MAX_QUOTED_NAME_WORDS)
        // "Bentsen's “You're no Jack Kennedy”": a line someone spoke.
        && !mentions::opens_with_subject_pronoun(doc, q)
}

/// True when an indirect claim's cue is a verb of thinking or stance
/// ("wants", "supports", "focuses on", "is willing to"), not one of saying.
fn cue_is_thought_or_stance(doc: &Doc, cue: (usize, usize)) -> bool {
    let next = if cue.0 + 1 < doc.tokens.len() { doc.low(cue.0 + 1) } else { "" };
    lexicon::cue(doc.low(cue.0), next).is_some_and(|verb| !verb.speech)
}

/// Drops the indirect claims framed by a verb of thinking or stance whose
/// subject's noun phrase opens another indirect claim's content and whose
/// cue lies inside it: "X said the lawsuit focuses on Y" reports what X said, not a stance
/// the lawsuit took, and "X said voters want change" is X's claim, not the
/// voters'. A subject further into the content is kept ("X said prices
/// rose, and the voters want change"): the report may have run past its
/// clause, and the later verb be a new attribution. So is a verb of saying
/// ("X said Y told him …"), which reports another speaker's words. Without
/// a subject ("seems to"), a cue inside the content is enough. `claims`
/// are sorted by start.
fn drop_nested_thoughts(doc: &Doc, claims: &mut Vec<RawClaim>) {
    // The furthest end of the indirect claims starting up to each claim:
    // whether some claim's content holds a cue is then one binary search.
    let reach: Vec<usize> = claims
        .iter()
        .scan(0, |furthest, c| {
            if c.kind == ClaimKind::Indirect {
                *furthest = c.end.max(*furthest);
            }
            Some(*furthest)
        })
        .collect();
    let inside_content = |byte: usize| {
        let started = claims.partition_point(|c| c.start <= byte);
        started > 0 && reach[started - 1] > byte
    };
    // Claims with the same start are sorted by end, so the last of them
    // reaches furthest; a subject is a word, where no quotation starts.
    let content_from_reaches = |start: usize, byte: usize| {
        let started = claims.partition_point(|c| c.start <= start);
        started > 0 && {
            let last = &claims[started - 1];
            last.kind == ClaimKind::Indirect && last.start == start && last.end > byte
        }
    };
    let nested: Vec<bool> = claims
        .iter()
        .map(|c| {
            let Some(cue) = c.cue.filter(|&cue| c.kind == ClaimKind::Indirect && cue_is_thought_or_stance(doc, cue))
            else {
                return false;
            };
            let cue_byte = doc.tokens[cue.0].start;
            match c.speaker {
                Some(subject) => noun_phrase_openers(doc, subject.first)
                    .any(|opener| content_from_reaches(doc.tokens[opener].start, cue_byte)),
                None => inside_content(cue_byte),
            }
        })
        .collect();
    let mut keep = nested.iter().map(|n| !n);
    claims.retain(|_| keep.next().unwrap_or(true));
}

/// The most words that may follow the head of an "according to" source
/// before its comma ("an analysis of port records by the ministry, …").
const MAX_SOURCE_TAIL_WORDS: usize = 12;

/// The most modifiers [`noun_phrase_openers`] steps back over.
const MAX_SUBJECT_MODIFIERS: usize = 3;

/// Where the noun phrase whose head phrase starts at `first` may open: at
/// `first`, or up to [`MAX_SUBJECT_MODIFIERS`] plain words before it ("the
/// new lawsuit" when the phrase read is "lawsuit"), but never past a
/// preposition, a conjunction, "that" or a verb of saying or thinking,
/// which end a noun phrase.
fn noun_phrase_openers<'d>(doc: &'d Doc, first: usize) -> impl Iterator<Item = usize> + 'd {
    let modifier = move |j: usize| {
        let w = doc.low(j);
        doc.is_word(j)
            && !lexicon::is_preposition(w)
            && !matches!(w, "that" | "and" | "but" | "or")
            && lexicon::cue_verb(w).is_none()
    };
    let lowest = first.saturating_sub(MAX_SUBJECT_MODIFIERS);
    std::iter::once(first).chain((lowest..first).rev().take_while(move |&j| modifier(j)))
}

/// "according to X, …" or "…, according to X".
fn according_to(doc: &Doc, s: usize, i: usize, end: usize) -> Option<RawClaim> {
    let speaker = phrase_starting_at(doc, i + 2, end).or_else(|| source_phrase(doc, i + 2, end))?;
    let speaker = author_of_document(doc, speaker, end).unwrap_or(speaker);
    let clause = doc.clause_start(i);
    // Backwards, so the search stops at the word before "according": many
    // "according to" in one clause each look only as far as the one before.
    let opens_clause = (clause..i).rev().all(|j| !doc.is_word(j) || lexicon::is_clause_conjunction(doc.low(j)));
    // "The AP reported that, according to an analysis, 85 of …", "after,
    // according to him, the network …": what follows is the clause that
    // "that" or the subordinator opens, and the source is stated for it.
    // The word must stand right before the comma: in "since 2004,
    // according to his profile" the figure ends a phrase.
    let word_before = (clause..i).rev().find(|&j| !doc.is(j, ",") && !doc.is(j, "—")).filter(|&j| doc.is_word(j));
    let opens_subordinate_clause = word_before.is_some_and(|j| {
        let w = doc.low(j);
        w == "that" || lexicon::is_subordinator(w)
    });
    // "… and, according to the agency, the war ended": the source is
    // stated for the clause that follows the conjunction.
    let after_conjunction = word_before.is_some_and(|j| matches!(doc.low(j), "and" | "but" | "yet" | "or"));
    // "In 2004, according to forecasts, China …": only an introduction of
    // time or place stands before; the content follows.
    let after_introduction = only_introduction_before(doc, clause, i);
    let leading = opens_clause || opens_subordinate_clause || after_conjunction || after_introduction;
    // "According to Reuters, the talks failed": before its content an
    // appositive is closed by a comma ("According to Ada Finch, a port
    // economist, the exports …"); words after the name that no comma
    // closes are the content, not a role, and so is a clause ("According
    // to Sperry, while his role was limited, …").
    let speaker = match speaker.role {
        Some((role_first, role_end)) if leading && role_first >= speaker.head_last && !doc.is(role_end, ",") => {
            let is_role = |end: usize| {
                mentions::looks_like_role(doc, role_first, end)
                    && !(role_first..end).any(|j| lexicon::is_finite_auxiliary(doc.low(j)))
            };
            match (role_first..role_end).find(|&j| doc.is(j, ",")).filter(|&comma| is_role(comma)) {
                Some(comma) => SpeakerPhrase { last: comma, role: Some((role_first, comma)), ..speaker },
                None => SpeakerPhrase { last: speaker.head_last, role: None, ..speaker },
            }
        }
        _ => speaker,
    };
    // "According to an analysis of port records, …": the source's own
    // modifiers run on to the comma that ends it.
    let source_end = (speaker.last..end.min(speaker.last + MAX_SOURCE_TAIL_WORDS + 1))
        .find(|&j| !doc.is_word(j))
        .filter(|&j| doc.is(j, ","));
    // "Fundraising, according to the campaign, has surged": an aside
    // between a subject and its predicate, also the second predicate
    // after a conjunction ("… has grown and, according to the agency, is
    // now worth $3bn"); the content is both sides.
    // So is an introduction before an inverted verb ("Among the laggards,
    // according to the report, are Greece and Italy").
    // A verb in the present ("Other cleavages, according to the poll,
    // include …") shows no tense by its form; after a subject with no verb
    // of its own, a plain lowercase word resumes the predicate.
    let bare_subject = !leading && is_bare_subject(doc, clause, i - 1);
    let predicate_resumes = (!leading || after_conjunction && !opens_clause || after_introduction)
        && source_end.is_some_and(|comma| {
            let next = comma + 1;
            let w = doc.low(next);
            next < end
                && doc.is_word(next)
                && !doc.is_capitalized(next)
                // "there was evidence, according to Gartner, that …": the
                // clause of the noun before the aside goes on.
                && (w == "that" && !leading
                    || lexicon::is_finite_auxiliary(w)
                    || lexicon::looks_like_verb(w)
                    || bare_subject
                        && !lexicon::ends_no_noun_phrase(w)
                        && !lexicon::is_determiner(w)
                        && !lexicon::is_subject_pronoun(w))
        });
    let (first, last) = if predicate_resumes {
        (clause, end)
    } else if leading {
        let mut f = source_end.unwrap_or(speaker.last);
        while f < end && (doc.is(f, ",") || doc.is(f, "—")) {
            f += 1;
        }
        (f, end)
    } else {
        let mut l = i;
        while l > clause && (doc.is(l - 1, ",") || doc.is(l - 1, "—") || doc.is(l - 1, "(")) {
            l -= 1;
        }
        (clause, l)
    };
    if last < first + 2 {
        return None;
    }
    Some(indirect_claim(doc, s, (first, last), (i, i + 2), Some(speaker)))
}

/// Indirect speech framed by the reporting verb at `cue`.
fn indirect_at(doc: &Doc, s: usize, a: usize, cue: usize, stops: &ContentStops, verb: CueVerb) -> Option<RawClaim> {
    let end = stops.end;
    if !verb.adjective && passive_or_infinitive(doc, cue, a) || opens_idiom_without_content(doc, cue, end) {
        return None;
    }
    let clause = doc.clause_start(cue);
    let subordinate = (clause..cue)
        .take(3)
        .find(|&j| lexicon::is_subordinator(doc.low(j)))
        .is_some_and(|opener| !main_clause_after_subordinate(doc, opener, cue));
    let make = |first: usize, last: usize, speaker: SpeakerPhrase| {
        indirect_claim(doc, s, (first, last), (cue, cue + 1), Some(speaker))
    };
    if let Some((quoted, quoting_verb)) = quoted_as_saying(doc, cue, clause) {
        if let Some((first, last)) = content_after(doc, cue, verb, stops, subordinate) {
            return Some(make(first, last, quoted));
        }
        // "…, Reuters quoted sources as saying.": what was said comes first.
        let opener = quoted.first.min(quoting_verb);
        let before = (clause..opener).rev().take(MAX_QUOTED_AS_GAP).find(|&j| doc.is(j, ","));
        return before.filter(|&comma| comma > clause + 2).map(|comma| make(clause, comma, quoted));
    }
    // "Arab News quoted Prince Saud as saying …" is read at "saying".
    let as_saying = |j: usize| doc.low(j) == "as" && j + 1 < end && doc.low(j + 1) == "saying";
    if is_quoting_verb(doc.low(cue)) && (cue + 1..end.min(cue + 2 + MAX_QUOTED_AS_GAP)).any(as_saying) {
        return None;
    }
    // The comma may stand inside a quotation's closing mark ("… address
    // “that person,” telling Fox 35 that …").
    if cue > a && comma_before(doc, cue) && lexicon::is_gerund(doc.low(cue)) {
        let subject = gerund_subject(doc, a, cue)?;
        let (first, last) = content_after(doc, cue, verb, stops, subordinate)?;
        return Some(make(first, last, subject));
    }
    // "X, ROLE, said …" before the inverted reading "…, said X"; the
    // aside may end in a quotation whose comma stands inside its closing
    // mark ("Mr. Manafort, citing “the unique magic of Trump,” said …").
    let aside_end = if cue >= 1 && closes_on_comma(doc, cue - 1) { cue - 1 } else { cue };
    // "But the chairman of X, Ada Finch, said …": a conjunction may open
    // the clause before its subject.
    let subject_first = clause + usize::from(lexicon::is_clause_conjunction(doc.low(clause)));
    let appositive_subject = phrase_ending_at(doc, aside_end, clause)
        .filter(|p| p.first == subject_first && (p.role.is_some() || p.last + 1 < aside_end));
    if let Some(speaker) = appositive_subject {
        let (first, last) = content_after(doc, cue, verb, stops, subordinate)?;
        return Some(make(first, last, speaker));
    }
    // Inverted: "…, said X".
    // "Hunter, meanwhile, told Politico …" is not inverted: the commas only
    // set off an adverb after the subject.
    let adverb_subject = {
        let e = skip_modifiers_back(doc, cue, clause);
        e < cue && phrase_ending_at(doc, e, clause).is_some_and(|p| p.first == clause)
    };
    if verb.speech && cue > clause + 2 && comma_before(doc, cue) && !adverb_subject {
        // "…, told the Herald that …", "…, suggested that …": "that" opens
        // the content, so what stands before it is an object, not a speaker.
        // Nor is the subject of the content ("…, said the candidate could
        // be …").
        let complement_follows = |p: &SpeakerPhrase| {
            doc.low(cue + 1) == "that"
                || p.last < end && doc.low(p.last) == "that"
                || subject_of_reported_speech(doc, p, end)
        };
        // "…, told X", "…, accused X of …" are never inverted: what follows
        // the verb is its object; nor is "…, called X": the name something
        // is given ("a drama for HBO, called The Rise And Fall Of Taylor
        // Kennedy").
        let object_follows = lexicon::is_object_first_verb(doc.low(cue));
        let inverted = if object_follows { None } else { phrase_starting_at(doc, cue + 1, end) };
        match inverted {
            // "For instance, said Mr Hogan, filtering links stops spam": only
            // an introduction stands before; the content follows the name.
            // A role running to the sentence's end leaves nothing reported;
            // what a comma sets off after the name otherwise is the content.
            // (After a quotation, "“…” for Clinton, said Kunin" frames it.)
            Some(speaker)
                if speaker.form != PhraseForm::Pronoun
                    && !complement_follows(&speaker)
                    && !(clause > a && doc.is_quote(clause - 1))
                    && only_introduction_before(doc, clause, cue - 1) =>
            {
                let role_has_a_verb = speaker
                    .role
                    .is_some_and(|(first, last)| (first..last).any(|j| lexicon::is_finite_auxiliary(doc.low(j))));
                if speaker.role.is_some() && speaker.last >= end && !role_has_a_verb {
                    return None;
                }
                let name_end = speaker.head_last;
                let name = SpeakerPhrase { last: name_end, role: None, ..speaker };
                return (name_end + 2 < end && doc.is(name_end, ",")).then(|| make(name_end + 1, end, name));
            }
            Some(speaker) if speaker.form != PhraseForm::Pronoun && !complement_follows(&speaker) => {
                return Some(make(clause, content_stop(doc, cue), speaker));
            }
            // "Pantucci, at the Institute, said he …": the subject is the
            // name that a comma closes earlier in the clause. Otherwise the
            // comma was a list's ("Toretti, Rao and other donors said"),
            // read below.
            _ => {
                if let Some(speaker) = comma_closed_name(doc, clause, cue) {
                    if let Some((first, last)) = content_after(doc, cue, verb, stops, subordinate) {
                        return Some(make(first, last, speaker));
                    }
                    // "The ferry will stop, Anna White, a spokeswoman,
                    // said (on Monday).": nothing follows the cue, so the
                    // content is the clause before the speaker and the
                    // appositive that names or describes them. Not when a
                    // quotation follows ("Of Carson, Levine, who …, said,
                    // “…”"), which the cue frames.
                    let speaker = phrase_ending_at(doc, cue, clause).filter(|p| p.first <= speaker.first)?;
                    // "…, his aide, Tad Devine, told The Huffington Post.":
                    // the audience told is no content.
                    let rest = if verb.takes_object() { cue + 1 + object_len(doc, cue + 1, end) } else { cue + 1 };
                    let rest_is_adverbial = only_setting_follows(doc, rest, end) || doc.is(rest, ",");
                    let content_before = rest_is_adverbial
                        && speaker.first > clause + 2
                        && comma_before(doc, speaker.first)
                        && !opens_introduction(doc, clause)
                        && !opens_with_participle(doc, clause)
                        && !(rest..end).any(|j| doc.is_quote(j));
                    return content_before.then(|| make(clause, content_stop(doc, speaker.first), speaker));
                }
            }
        }
    }
    let verb_start = leading_verb_start(doc, cue, clause).unwrap_or_else(|| causative_start(doc, cue, verb, clause));
    let e = skip_modifiers_back(doc, verb_start, clause);
    let mut speaker = phrase_ending_at(doc, e, clause);
    if speaker.is_none() && e > clause && matches!(doc.low(e - 1), "and" | "but") {
        // "When Trump later referred to … and said …": the subject follows
        // the subordinator.
        speaker = if lexicon::is_subordinator(doc.low(clause)) {
            phrase_starting_at(doc, clause + 1, e - 1)
        } else {
            sentence_subject(doc, clause, e - 1)
        };
    }
    if speaker.is_none() {
        speaker = people_with_relative_clause(doc, clause, e);
    }
    // "two-thirds of those polled in the county say": the phrase before the
    // cue ends a prepositional phrase; the speaker is the whole noun phrase.
    // "Armando Falcon, OFHEO director said …": the name before the role
    // speaks. Not before an aside's closing comma ("Mrs. Clinton, these
    // people said, would be …"), where the name is what was said of.
    let aside = cue + 1 < end && doc.is(cue + 1, ",");
    let whole = speaker.and_then(|p| {
        if aside {
            speaker_with_complement(doc, &p, clause, e, cue)
        } else {
            whole_speaker(doc, &p, clause, e, cue)
        }
    });
    if whole.is_some() {
        speaker = whole;
    }
    let inside_prepositional = whole.is_none() && speaker.is_some_and(|p| follows_preposition(doc, &p, clause));
    // "Again, those surveyed said …", "By wide margins, proponents of the
    // plan say …": the subject follows an introductory phrase. Only for a
    // verb of saying or thinking: a gerund or a verb of stance after such a
    // phrase is as often part of a longer predicate.
    let introduced_group = || {
        ((verb.speech || !verb.stance) && !lexicon::is_gerund(doc.low(cue)))
            .then(|| introduction_end(doc, clause, e))
            .flatten()
            .and_then(|first| subject_noun_phrase(doc, first, e))
            .filter(|p| is_plain_group(doc, p.first, p.last))
    };
    // "Clinton spent the week portraying Sanders as …", "Reyes responded
    // by saying …": a gerund with no auxiliary before it continues the
    // clause's predicate, so its speaker is the clause's subject, not all
    // the words before it. Not in a headline, where every word is
    // capitalised and the subject cannot be told from the name run.
    let continues_predicate = lexicon::is_gerund(doc.low(cue)) && e == verb_start && !doc.title_case[s];
    // "…, with the company calling it …": the gerund's own subject follows
    // "with" and speaks.
    let absolute = continues_predicate && speaker.is_some_and(|p| p.first > clause && doc.low(p.first - 1) == "with");
    if let Some(sender) = speaker.and_then(|p| sender_of_message(doc, &p, clause, cue)) {
        speaker = Some(sender);
    }
    if (speaker.is_none() || inside_prepositional) && !absolute {
        speaker = match subject_noun_phrase(doc, clause, e).or_else(introduced_group) {
            Some(words) if continues_predicate => sentence_subject(doc, clause, e).or(Some(words)),
            None if continues_predicate && cue > clause && doc.low(cue - 1) == "by" => {
                sentence_subject(doc, clause, cue - 1).or(speaker)
            }
            // "The union cut a video and held a call highlighting …".
            None if continues_predicate && has_verb_with_object(doc, clause, e) => {
                sentence_subject(doc, clause, e).or(speaker)
            }
            // "McConnell met with her and came away convinced that …": an
            // irregular past inside makes the words a clause of their own,
            // whose subject speaks when the cue is a verb of it (a past
            // participle or a gerund); a cue in the present or plural form
            // there is a noun ("Clinton won 73 percent of the votes cast").
            Some(words) if (words.first..words.last).any(|j| lexicon::is_irregular_past(doc.low(j))) => {
                let w = doc.low(cue);
                let verb_form = w.ends_with("ed") || lexicon::is_gerund(w) || lexicon::is_irregular_past(w);
                verb_form.then(|| sentence_subject(doc, clause, e)).flatten().or(speaker)
            }
            words => words.or(speaker),
        };
    }
    if speaker.is_none() {
        // "…, and more than 4 in 10 said …": the subject opens a clause
        // joined to the one before, or the clause itself ("At least 40%
        // said …").
        speaker = Some(joined_clause_start(doc, clause, e).unwrap_or(clause))
            .and_then(|first| subject_noun_phrase(doc, first, e))
            .filter(|p| names_a_share(doc, p.first, p.last));
    }
    let speaker = speaker?;
    // "Everything Trump says is a lie": the cue is in a clause that a
    // quantifier opens, and the tense right after it is the sentence's
    // verb; nothing is reported. ("…, which Yukos claims was illegally
    // sold" and "what officials said was a compromise" do report.)
    let quantified = matches!(doc.low(speaker.first), "everything" | "anything" | "nothing");
    if quantified && cue + 1 < end && lexicon::is_finite_auxiliary(doc.low(cue + 1)) {
        return None;
    }
    // "two volunteers sat …", "3 reports": a word in "-s" right after a
    // plural count is the noun it counts, not a verb agreeing with it.
    let counted = speaker.last == cue
        && cue > 0
        && doc.low(cue).ends_with('s')
        && (lexicon::is_plural_count(doc.low(cue - 1)) || doc.is_number(cue - 1) && doc.word(cue - 1) != "1");
    if counted {
        return None;
    }
    // "the vote", "an email server": a word that is more often a noun only
    // reports speech after a named or pronoun subject.
    if is_noun_like_cue(doc.low(cue)) && matches!(speaker.form, PhraseForm::Unnamed | PhraseForm::Anaphoric)
        || completes_noun_phrase(doc, &speaker, cue)
    {
        return None;
    }
    // "the Tory plan to cut spending", "Labour claims of …": a name that
    // does not agree with the word as a verb, or "of" after it, makes the
    // word a noun the name modifies.
    // So for "show" and "clash", which report as often as they name
    // ("polls show", "the TV show Brass Eye", "the Six Nations clash"), and
    // a word "such as" or "which" follows only as a noun ("TV shows such
    // as …", "American shows which won praise").
    let shown = matches!(doc.low(cue), "show" | "shows" | "clash" | "clashes");
    let noun_like = is_noun_like_cue(doc.low(cue)) || shown;
    let next = if cue + 1 < end { doc.low(cue + 1) } else { "" };
    // "DDoS attacks are …", "…, but questions were raised": a tense right
    // after makes a noun-like word a subject's noun, unless a relative pronoun
    // before the speaker right before it makes the tense the content's
    // ("which Yukos claims was sold").
    let after_relative = speaker.last == cue
        && speaker.first > 0
        && matches!(doc.low(speaker.first - 1), "which" | "that" | "what" | "who" | "whom");
    // So does any word in "-s" after an unnamed phrase, past an aside
    // adverb too ("His cost estimates have been …", "Clinton's remarks,
    // however, were …"). After a name or a pronoun the verb may open a
    // relative clause with no pronoun ("the threats Howard says are facing
    // Britain", "everything he says is true").
    let tense_at = if aside_adverb_at(doc, cue + 1, end) { cue + 4 } else { cue + 1 };
    let tense_follows = tense_at < end && lexicon::is_finite_auxiliary(doc.low(tense_at));
    let plural_after_unnamed = doc.low(cue).ends_with('s')
        && !matches!(speaker.form, PhraseForm::Name | PhraseForm::Organization | PhraseForm::Pronoun);
    if (noun_like || plural_after_unnamed) && tense_follows && !after_relative {
        return None;
    }
    if noun_like && speaker.last == cue {
        let singular_name = matches!(speaker.form, PhraseForm::Name | PhraseForm::Organization)
            && !doc.low_bare(speaker.last - 1).ends_with('s');
        let base_form = !doc.low(cue).ends_with('s');
        let noun_follows = shown && matches!(next, "such" | "which" | "like" | "including");
        // "TV shows Pop Idol and The X-Factor", "ITV1 shows Doc Martin": a
        // medium or a channel before "shows" names programmes.
        let programmes = shown && doc.low(cue).ends_with('s') && cue > 0 && {
            let before = doc.low_bare(cue - 1);
            let channel = doc.word(cue - 1);
            matches!(before, "tv" | "television" | "radio" | "chat" | "talk" | "quiz" | "reality" | "comedy")
                || channel.len() <= 6
                    && channel.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && channel.chars().any(|c| c.is_ascii_digit())
        };
        // "figures from regulator Ofcom show …": the name ends a document's
        // complement, and the verb agrees with the document.
        let complement = (speaker.first.saturating_sub(MAX_NAME_BEFORE_ROLE_WORDS).max(1)..speaker.first).any(|j| {
            let document = doc.low(j - 1);
            lexicon::is_complement_preposition(doc.low(j))
                && (lexicon::is_document_noun(document) || matches!(document, "polls" | "results"))
        });
        if singular_name && base_form && !(shown && complement) || next == "of" || noun_follows || programmes {
            return None;
        }
    }
    let pronoun = lexicon::subject_pronoun_of(doc.low(speaker.first));
    if speaker.form == PhraseForm::Pronoun && matches!(pronoun, Some("it" | "which")) && !verb.speech {
        return None;
    }
    let speaker = with_plain_modifiers(doc, speaker, clause);
    // "The permit, his campaign said, had been hard to get": the
    // attribution is an aside between a subject and its predicate, and the
    // content is both sides of it.
    let subject_before_aside = speaker.first > clause + 1
        && comma_before(doc, speaker.first)
        && !opens_introduction(doc, clause)
        && !lexicon::is_relative_pronoun(doc.low(speaker.first - 2));
    if subject_before_aside {
        let subject_end = speaker.first - 1;
        if let Some(resume) = predicate_resumes_after(doc, cue, end, is_bare_subject(doc, clause, subject_end)) {
            return Some(make(clause, content_end_from(doc, resume, stops, ContentShape::Clause), speaker));
        }
    }
    // "…, X said (Tuesday)." — content before the speaker, unless the
    // comma only closes an introductory phrase ("In Paris, X said …").
    // Verbs of thinking too, when they end the sentence ("…, polls show.").
    let ends_sentence = cue + 1 >= end;
    // "The ferry will stop, he said, but the bridge …", "…, she said,
    // because …": an aside whose closing comma a conjunction follows
    // attributes the clause before it, whoever speaks; otherwise a pronoun
    // after a comma mostly opens the main clause after an introduction
    // ("After the vote, he said …").
    let aside_before_conjunction = cue + 2 < end
        && doc.is(cue + 1, ",")
        && (lexicon::is_subordinator(doc.low(cue + 2)) || doc.low(cue + 2) == "but");
    let content_before = (verb.speech || ends_sentence)
        && (speaker.form != PhraseForm::Pronoun || aside_before_conjunction)
        && speaker.first > clause + 2
        && comma_before(doc, speaker.first)
        && !opens_introduction(doc, clause)
        && !opens_with_participle(doc, clause)
        && !that_follows(doc, cue, verb, end)
        && !clause_follows(doc, cue, verb, stops, subordinate)
        && !names_a_prize(doc, cue + 1, end)
        && !denies_someone_something(doc, cue, cue + 1, end)
        && !infinitive_at(doc, cue + 1, end);
    if !content_before {
        if let Some((first, last)) = content_after(doc, cue, verb, stops, subordinate) {
            let last = end_of_relative_aside(doc, speaker.first, first, last);
            return Some(make(first, last, speaker));
        }
    }
    // "Engineers from X, which advised on …": before a relative pronoun
    // comes its antecedent, not what was said.
    let relative = speaker.form == PhraseForm::Pronoun && lexicon::is_relative_pronoun(doc.low(speaker.first));
    // A comma that closes a short introduction of place or time with no
    // verb of its own ("In his email, Ada told Politico.", "After a quiet
    // opening, Reyes denied Finch.") has no content before it; "But the
    // port will shut, Ada said." has.
    let opening = doc.low(clause);
    let verbless_introduction = (lexicon::is_preposition(opening) || mentions::adverbial_at(doc, clause, end))
        && speaker.first > clause
        && speaker.first - clause <= MAX_INTRODUCTION_WORDS
        && (clause..speaker.first - 1).all(|j| !doc.is(j, ","))
        && (clause..speaker.first).all(|j| {
            // A verb's bare form is mostly a noun here ("In his email").
            let w = doc.low(j);
            let inflected_verb = lexicon::looks_like_verb(w) && (w.ends_with('d') || w.ends_with('s'));
            !lexicon::is_finite_auxiliary(w) && !inflected_verb
        });
    // "When asked why, Sembler responded …", "If elected, she said …": a
    // subordinator with a participle and no subject of its own introduces
    // the speaker's clause; it is nothing said.
    let reduced_clause = lexicon::is_subordinator(opening)
        && clause + 1 < speaker.first
        && {
            let participle = doc.low(clause + 1);
            participle.ends_with("ed") || lexicon::is_irregular_past(participle) || lexicon::is_gerund(participle)
        }
        && (clause..speaker.first).all(|j| !lexicon::is_finite_auxiliary(doc.low(j)));
    let after_comma = !relative
        && comma_before(doc, speaker.first)
        && !opens_with_participle(doc, clause)
        && !verbless_introduction
        && !reduced_clause;
    if content_before || (verb.speech && speaker.first > clause + 2 && after_comma) {
        // "…, he told reporters (on Tuesday).": past the verb's object.
        let rest = if verb.takes_object() { cue + 1 + object_len(doc, cue + 1, end) } else { cue + 1 };
        // "…, he said, in an interview.": a setting set off by a comma that
        // runs to the sentence's end is as much after the cue as one
        // without the comma. Not "from" and the like, which as often go on
        // with the content ("…, she says, from 5% to a record 13%").
        let setting_after_comma = rest + 1 < end
            && doc.is(rest, ",")
            && matches!(doc.low(rest + 1), "in" | "on" | "at" | "during" | "while" | "after" | "before" | "when")
            && (rest + 1..end).all(|j| !doc.is(j, ","));
        let rest_is_adverbial = only_setting_follows(doc, rest, end)
            || setting_after_comma
            || doc.is_capitalized(rest)
            || matches!(doc.low(rest), "of" | "about" | "with" | "as" | "by")
            || doc.low(rest) == "to" && !infinitive_at(doc, rest, end)
            || doc.is(rest, ",") && participle_of_the_speaker(doc, rest + 1, end);
        // "He is leaning toward Kasich, he said, because he prizes
        // electability": a reason or condition after the aside is the
        // speaker's too, so the content is both sides of it.
        let reason_follows = rest + 1 < end
            && doc.is(rest, ",")
            && !doc.inside[rest]
            && matches!(doc.low(rest + 1), "because" | "unless" | "although" | "though");
        if content_before && reason_follows {
            return Some(make(clause, content_end_from(doc, rest + 1, stops, ContentShape::Clause), speaker));
        }
        if rest_is_adverbial || content_before {
            return Some(make(clause, content_stop(doc, speaker.first), speaker));
        }
        // "It's to the advantage of the United States, he says, to help
        // write the rules": an aside after a whole clause, which a lowercase
        // word after the aside's closing comma continues. The content is
        // both sides of it; "…, he says, and he means it" goes on with a
        // clause of the writer's, "…, he said, adding that …" with one of
        // the speaker's own.
        let resumes = rest + 1 < end
            && doc.is(rest, ",")
            && !doc.inside[rest]
            && doc.is_word(rest + 1)
            && !doc.is_capitalized(rest + 1)
            && !matches!(doc.low(rest + 1), "and" | "but" | "or" | "so" | "yet")
            && !lexicon::opens_comment(doc.low(rest + 1))
            && !lexicon::is_relative_pronoun(doc.low(rest + 1))
            && !lexicon::is_gerund(doc.low(rest + 1));
        if resumes {
            let last = content_end_from(doc, rest + 1, stops, ContentShape::Clause);
            // "… to help his clients and, he argued, to help stabilize
            // Ukraine": after a conjunction the aside frames only what
            // follows it.
            let mut before_aside = speaker.first - 1;
            while before_aside > clause
                && (doc.is(before_aside - 1, ",") || lexicon::is_aside_adverb(doc.low(before_aside - 1)))
            {
                before_aside -= 1;
            }
            let first = if before_aside > clause && matches!(doc.low(before_aside - 1), "and" | "but" | "or") {
                rest + 1
            } else {
                clause
            };
            return Some(make(first, last, speaker));
        }
    }
    None
}

/// True when token `to` is a "to" that opens an infinitive ("Sundance
/// continues to grow", "Ireland continued to come second best"), not a
/// phrase of whom something was said to ("…, he said to reporters"): the
/// verb before it then reports nothing of the clause before its subject.
fn infinitive_at(doc: &Doc, to: usize, end: usize) -> bool {
    let next = to + 1;
    next < end
        && doc.low(to) == "to"
        && doc.is_word(next)
        && !doc.is_capitalized(next)
        && !lexicon::is_determiner(doc.low(next))
        && !lexicon::is_pronoun(doc.low(next))
        && !lexicon::is_unnamed_source_noun(doc.low(next))
        && !doc.low(next).ends_with('s')
}

/// True when "at" at token `i` opens a rounding ("at least 40%", "at most
/// a dozen"), not a place or a time.
fn opens_rounding(doc: &Doc, i: usize) -> bool {
    doc.low(i) == "at" && i + 1 < doc.tokens.len() && matches!(doc.low(i + 1), "least" | "most")
}

/// True when the cue after a clause opened by a subordinator at `opener`
/// stands in the main clause that follows it ("As Obama spoke, Trump noted
/// that even in small things, he …"): the words from the last comma before
/// the cue open with a subject and hold no relative pronoun. Commas inside
/// the subordinate clause leave the cue in it ("While many Republicans,
/// like Mr. Ryan, continued to affirm …", "After thanking the crowd, which
/// chanted …").
fn main_clause_after_subordinate(doc: &Doc, opener: usize, cue: usize) -> bool {
    let Some(comma) = (opener..cue).rev().find(|&j| doc.is_outside(j, ",")) else {
        return false;
    };
    let first = comma + 1;
    first < cue
        && doc.is_word(first)
        && (doc.is_capitalized(first)
            || lexicon::is_subject_pronoun(doc.low(first))
            || lexicon::is_determiner(doc.low(first)))
        && !(first..cue).any(|j| lexicon::is_relative_pronoun(doc.low(j)))
}

/// True when "that" opens content soon after the cue, past the person a
/// verb like "tell" takes ("…, Trump tells Fox News anchor Megyn Kelly that
/// …"): the content is after the cue, not before the speaker.
fn that_follows(doc: &Doc, cue: usize, verb: CueVerb, end: usize) -> bool {
    let after_object = if verb.takes_object() { cue + 1 + object_len(doc, cue + 1, end) } else { cue + 1 };
    (cue + 1..end.min(after_object.max(cue + 1) + 4)).any(|j| doc.low(j) == "that")
}

/// True when nothing but a time or setting follows a cue from token `rest`
/// ("…, Ada said.", "…, Ada said on Monday", "…, Ada said in a
/// statement"): the content is then before the speaker.
fn only_setting_follows(doc: &Doc, rest: usize, end: usize) -> bool {
    rest >= end || lexicon::is_cue_adverbial(doc.low(rest)) || lexicon::is_preposition(doc.low(rest))
}

/// The longest introduction, comma included, that a comma before a
/// speaker may close ("At the British Comedy Awards on Wednesday,").
const MAX_INTRODUCTION_WORDS: usize = 9;

/// Where content ends inside a relative clause set off by commas ("The
/// bill, which lawmakers said would cost $2 billion, passed."): at the comma
/// after which the main clause goes on with its verb: an auxiliary, or a
/// past tense right after the content's first comma. Otherwise at `last`,
/// also for the commas of an aside within the content ("leaving millions
/// of voters, especially his supporters, disenfranchised").
fn end_of_relative_aside(doc: &Doc, speaker_first: usize, first: usize, last: usize) -> usize {
    let after_relative = speaker_first >= 2
        && lexicon::is_relative_pronoun(doc.low(speaker_first - 1))
        && doc.is(speaker_first - 2, ",");
    // "Humphrey, who calls Trump a “sociopath,” said he …": the relative
    // pronoun itself speaks.
    let relative_speaks =
        speaker_first >= 1 && matches!(doc.low(speaker_first), "who" | "which") && doc.is(speaker_first - 1, ",");
    if !after_relative && !relative_speaks {
        return last;
    }
    // Each comma as where the content would end and the word after it; a
    // comma inside a closing quote mark ("a “sociopath,” said") ends the
    // content after the mark. Only commas within what a report holds: the
    // content is cut there anyway, and looking further for every cue of a
    // sentence would take time growing with the square of its length.
    let within_report =
        first + doc.tokens[first..last].partition_point(|t| t.start < doc.tokens[first].start + MAX_REPORT_BYTES);
    let mut commas = (first + 1..within_report).filter_map(|j| {
        if !doc.is(j, ",") {
            return None;
        }
        if !doc.inside[j] {
            return (j + 1 < last).then_some((j, j + 1));
        }
        let closes_quote = j + 2 < last && doc.is_quote(j + 1) && !doc.inside[j + 1];
        closes_quote.then_some((j + 2, j + 2))
    });
    let past_tense = |next: usize| {
        let w = doc.low(next);
        (w.ends_with("ed") || lexicon::is_irregular_past(w) || lexicon::is_verb_only_after_possessive(w))
            && !doc.is_capitalized(next)
    };
    let auxiliary = |next: usize| lexicon::is_finite_auxiliary(doc.low(next));
    match commas.next() {
        Some((end, next)) if past_tense(next) || auxiliary(next) => end,
        Some(_) => commas.find(|&(_, next)| auxiliary(next)).map_or(last, |(end, _)| end),
        None => last,
    }
}

/// Where the verb phrase of an adjective of stance starts when "make" puts
/// it ("X made clear that …", "X has made it clear that …") or a linking
/// verb other than "be" introduces it ("X appears confident that …",
/// "X remained hopeful that …"): at that verb, so that the subject before
/// it is read. Otherwise the cue itself.
fn causative_start(doc: &Doc, cue: usize, verb: CueVerb, clause: usize) -> usize {
    if !verb.adjective {
        return cue;
    }
    let made = |j: usize| matches!(doc.low(j), "made" | "make" | "makes");
    if cue > clause + 1 && (made(cue - 1) || lexicon::is_linking_verb(doc.low(cue - 1))) {
        cue - 1
    } else if cue > clause + 2 && doc.low(cue - 1) == "it" && made(cue - 2) {
        cue - 2
    } else {
        cue
    }
}

/// The most plain words [`with_plain_modifiers`] adds before a head.
const MAX_PLAIN_MODIFIERS: usize = 2;

/// An unnamed source with the plain words before its head that a comma
/// opens ("…, new fundraising reports show.", "…, local port officials
/// said."): the phrase reader takes only listed modifiers (determiners,
/// roles, demonyms), but between a comma and the head there is nothing
/// else the words can be. Without such a comma the phrase is left as read.
fn with_plain_modifiers(doc: &Doc, speaker: SpeakerPhrase, clause: usize) -> SpeakerPhrase {
    // "…, issued an open letter": nothing stands before an article.
    if speaker.form != PhraseForm::Unnamed || lexicon::is_determiner(doc.low(speaker.first)) {
        return speaker;
    }
    let lowest = speaker.first.saturating_sub(MAX_PLAIN_MODIFIERS).max(clause + 1);
    let first = (lowest..speaker.first).rev().take_while(|&j| mentions::is_plain_word(doc, j)).last();
    match first {
        Some(first) if comma_before(doc, first) => SpeakerPhrase { first, head_first: first, ..speaker },
        _ => speaker,
    }
}

/// The named author of a document phrase: "a statement from the Kenya Ports
/// Authority", "a report by the International Energy Agency". The words are
/// the author's; the document only carries them.
fn author_of_document(doc: &Doc, phrase: SpeakerPhrase, end: usize) -> Option<SpeakerPhrase> {
    if !matches!(phrase.form, PhraseForm::Unnamed | PhraseForm::Anaphoric) || phrase.last >= end {
        return None;
    }
    let head = doc.low_bare(phrase.last.checked_sub(1)?);
    if !lexicon::is_document_noun(head) || !matches!(doc.low(phrase.last), "from" | "by") {
        return None;
    }
    let author = phrase_starting_at(doc, phrase.last + 1, end)?;
    matches!(author.form, PhraseForm::Name | PhraseForm::Organization).then_some(author)
}

/// Any noun phrase as the source of "according to" ("a Reuters/Ipsos poll",
/// "the state's business records"): up to the next comma or the end.
fn source_phrase(doc: &Doc, first: usize, end: usize) -> Option<SpeakerPhrase> {
    let mut last = first;
    while last < end
        && last < first + 12
        && !doc.is(last, ",")
        && !doc.is(last, ")")
        && !doc.is(last, ";")
        && (!doc.is_quote(last) || doc.inside[last])
    {
        last += 1;
    }
    if last == first {
        return None;
    }
    let named = (first..last).any(|j| doc.is_name_word(j));
    Some(SpeakerPhrase::whole(first, last, if named { PhraseForm::Organization } else { PhraseForm::Unnamed }))
}

/// "Moya, nicknamed Charly, admitted", "Alois Rhiel, its minister for
/// economic affairs added": a name a comma closes, then an aside that runs
/// to the cue's verb at `e`, closed by a second comma or read as the name's
/// role. The frame readers fall back on it when no phrase stands right
/// before the verb. Not a name whose own comma stands before the verb
/// ("Michael Howard, asked about the remark, said it …": the participle
/// frames nothing), nor one whose aside leaves off before more of the
/// predicate ("Scholl, 21, was arrested for handing out leaflets condemning
/// …", "Ben Carson, the physician who …, used his address to call …").
fn name_before_aside(doc: &Doc, clause: usize, e: usize) -> Option<SpeakerPhrase> {
    if e < clause + 2 {
        return None;
    }
    comma_closed_name(doc, clause, e).filter(|p| p.head_last + 1 < e && (p.last == e || doc.is(e - 1, ",")))
}

/// The first name in `clause..cue`, within [`SUBJECT_WINDOW`] tokens of the
/// cue, that a comma or a dash closes ("For now, Pantucci, at the
/// Institute, said", "On Friday, Gingrich — named as a favourite — told"):
/// the subject of a cue after an appositive that does not look like a role.
fn comma_closed_name(doc: &Doc, clause: usize, cue: usize) -> Option<SpeakerPhrase> {
    let sets_off = |j: usize| doc.is(j, ",") || doc.is(j, "—") || doc.is(j, "–");
    let mut i = clause.max(cue.saturating_sub(SUBJECT_WINDOW));
    while i < cue {
        let starts_run = doc.is_name_word(i) && (i == clause || sets_off(i - 1) || !doc.is_name_word(i - 1));
        if starts_run && (i == clause || sets_off(i - 1)) {
            if let Some(p) = phrase_starting_at(doc, i, cue) {
                if matches!(p.form, PhraseForm::Name | PhraseForm::Organization)
                    && p.head_last < cue
                    && sets_off(p.head_last)
                {
                    return Some(p);
                }
            }
        }
        i += 1;
    }
    None
}

/// A question put to someone: "Asked whether he would run, …", "when asked
/// by a reporter if that remains his view". The content is the question;
/// the speaker is whoever asked ("by a reporter"), often unnamed.
fn asked_question(doc: &Doc, s: usize, a: usize, cue: usize, stops: &ContentStops) -> Option<RawClaim> {
    let end = stops.end;
    let passive =
        cue == a || matches!(doc.low(cue - 1), "when" | "was" | "were" | "being" | "after" | "if" | "is" | "been");
    if !passive {
        return None;
    }
    let mut i = cue + 1;
    let mut speaker = None;
    if i < end && doc.low(i) == "by" {
        let by = phrase_starting_at(doc, i + 1, end).or_else(|| source_phrase(doc, i + 1, end))?;
        let mut j = by.last;
        while j < end && j < by.last + 6 && !is_question_word(doc.low(j)) {
            j += 1;
        }
        speaker = Some(SpeakerPhrase { last: j.min(by.last), ..by });
        i = j;
    }
    while i < end && (lexicon::is_cue_adverbial(doc.low(i)) || doc.is(i, ",")) {
        i += 1;
    }
    if i >= end || !is_question_word(doc.low(i)) {
        return None;
    }
    let j = stops.next_mark(doc, i + 1);
    if j < i + 2 {
        return None;
    }
    Some(indirect_claim(doc, s, (i, j), (cue, cue + 1), speaker))
}

/// Words that open an indirect question.
fn is_question_word(w: &str) -> bool {
    matches!(w, "whether" | "if" | "why" | "what" | "which" | "how" | "who" | "when" | "where" | "about")
}

/// The most words of one name in a list ("Ben Haim").
const MAX_LISTED_NAME_WORDS: usize = 3;

/// The most tokens of the poll that opens a sentence ("an NBC News/Wall
/// Street Journal poll released Monday" is 10).
const MAX_POLL_PHRASE_TOKENS: usize = 14;

/// True when tokens `first..last` are a noun phrase of words alone (a
/// slash or a dash between names allowed) with no tense: "a Des Moines
/// Register poll last month", "the latest NBC News/Wall Street Journal
/// poll".
fn is_plain_noun_phrase(doc: &Doc, first: usize, last: usize) -> bool {
    first < last
        && (lexicon::is_determiner(doc.low(first)) || doc.is_possessive(first))
        && (first..last).all(|j| {
            (doc.is_word(j) || doc.is(j, "/") || doc.is(j, "-"))
                && !doc.inside[j]
                && !lexicon::is_finite_auxiliary(doc.low(j))
        })
}

/// "Cruz had 38 percent support in a Fox poll.", "Trump won 45 percent in
/// a new Fox News poll released Thursday.": a named poll or survey that
/// ends the sentence reports the clause before it. A poll no capitalised
/// word names ("won 40% in the poll") is as often an election.
fn poll_finding_after(doc: &Doc, s: usize, a: usize, end: usize) -> Option<RawClaim> {
    let from = (a + 2).max(end.saturating_sub(MAX_POLL_PHRASE_TOKENS));
    let at = (from..end).find(|&j| doc.low(j) == "in" && !doc.inside[j])?;
    let first = at + 1;
    // The poll is the phrase's head, after modifiers only, and named:
    // "a Fox poll", "the latest NBC News/Wall Street Journal poll", "a poll
    // of UK television executives"; not "the hours before the polls", "the
    // polls over Cruz in Indiana".
    let poll = (first + 1..end).find(|&j| lexicon::is_poll_noun(doc.low(j)));
    let modifiers_only = |poll: usize| (first + 1..poll).all(|j| !lexicon::is_function_word(doc.low(j)));
    let named = |poll: usize| {
        (first + 1..poll).any(|j| doc.is_capitalized(j))
            || poll + 1 < end && matches!(doc.low(poll + 1), "of" | "by" | "conducted" | "released")
    };
    let named_poll = poll.is_some_and(|p| modifiers_only(p) && named(p));
    if !named_poll || doc.title_case[s] || !is_plain_noun_phrase(doc, first, end) {
        return None;
    }
    if (a..at).any(|j| cue_at(doc, j, a).is_some_and(|v| v.speech)) {
        return None;
    }
    // "In March, Cruz had …": an introduction with no tense of its own
    // comes before the content.
    let introduction = (a..at).find(|&j| doc.is(j, ",")).filter(|&comma| !clause_with_tense(doc, a, comma));
    let content_first = introduction.map_or(a, |comma| comma + 1);
    let mut content_last = at;
    while content_last > content_first && doc.is(content_last - 1, ",") {
        content_last -= 1;
    }
    if !clause_with_tense(doc, content_first, content_last) {
        return None;
    }
    let speaker = SpeakerPhrase::whole(first, end, PhraseForm::Unnamed);
    Some(indirect_claim(doc, s, (content_first, content_last), (at, at + 1), Some(speaker)))
}

/// "In a Des Moines Register poll last month, Cruz had a 10-point lead": a
/// poll or survey that opens the sentence reports what the rest says, with
/// the poll as speaker and "in" as cue. Not when the rest has a verb of
/// saying of its own ("In the survey, 47% said …"), which reports it, nor
/// at a sentence's end, where "the poll" is as often an election.
fn poll_finding(doc: &Doc, s: usize, a: usize, end: usize) -> Option<RawClaim> {
    if doc.low(a) != "in" {
        return None;
    }
    let comma = (a + 2..end.min(a + 1 + MAX_POLL_PHRASE_TOKENS)).find(|&j| doc.is(j, ","))?;
    let first = a + 1;
    let poll = (first + 1..comma).any(|j| lexicon::is_poll_noun(doc.low(j)));
    let reported_otherwise = (comma + 1..end).any(|j| cue_at(doc, j, a).is_some_and(|v| v.speech));
    if !(poll && is_plain_noun_phrase(doc, first, comma)) || reported_otherwise || comma + 2 >= end {
        return None;
    }
    let speaker = SpeakerPhrase::whole(first, comma, PhraseForm::Unnamed);
    Some(indirect_claim(doc, s, (comma + 1, end), (a, a + 1), Some(speaker)))
}

/// The most tokens of a quotation inside a headline after a colon
/// ("‘Oil Pays Him a Lot of Money.’" is 9).
const MAX_HEADLINE_QUOTE_TOKENS: usize = 16;

/// True when `label` opens sentence `s` as a speaker's label in an
/// interview transcript: capitals only, at a paragraph's start ("TAPPER:",
/// "GOV. FALLIN:"), unlike a headline's "Cuban: Trump has gone ‘crazy’".
fn opens_transcript_turn(doc: &Doc, s: usize, label: &SpeakerPhrase) -> bool {
    let opens_paragraph = s == 0 || doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph;
    let capitals = doc.text[doc.tokens[label.first].start..doc.tokens[label.last - 1].end]
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    opens_paragraph && capitals && !doc.title_case[s]
}

/// "Graham: Trump’s Rhetoric Destroying GOP’s Chance.", "JAKE TAPPER:
/// Do you think …" — a name and a colon open the sentence, and the rest is
/// what the named source says.
fn colon_headline(doc: &Doc, s: usize, a: usize, end: usize, quotes: &[QuoteTokens]) -> Option<RawClaim> {
    let colon = (a..end.min(a + 7)).find(|&j| doc.is(j, ":"))?;
    // A short quotation may stand inside what is said ("Cuban: Trump has
    // gone ‘crazy’"). One that opens it is a quotation a colon introduces,
    // one before the colon is no name, and a long one is the start of an
    // article's text that a headline without a full stop runs into.
    let fragment = |q: &QuoteTokens| q.open > colon + 1 && q.close - q.open <= MAX_HEADLINE_QUOTE_TOKENS;
    if !quotes.iter().all(fragment) {
        return None;
    }
    // What is said reads as a sentence, or as a headline: a label and a
    // colon before a list of names or a score ("Subs: Wright, Pistone, …",
    // "Goals: Rooney 68, Dunne 75", "Volume III") say nothing.
    let plain_word = |j: usize| {
        let w = doc.low(j);
        doc.is_word(j) && !doc.is_capitalized(j) && !lexicon::ends_no_noun_phrase(w)
            || lexicon::is_finite_auxiliary(w)
            || lexicon::cue_verb(w).is_some()
    };
    let commas = (colon + 1..end).filter(|&j| doc.is(j, ",")).count();
    let numbers = (colon + 1..end).any(|j| doc.is_number(j));
    // A list of names alone is no headline ("Booked: Ben Haim, Hierro"):
    // capitalised words only, a few between commas.
    let mut words_since_comma = 0;
    let names_only = (colon + 1..end).all(|j| {
        words_since_comma = if doc.is(j, ",") { 0 } else { words_since_comma + usize::from(doc.is_word(j)) };
        (!doc.is_word(j) || doc.is_capitalized(j)) && words_since_comma <= MAX_LISTED_NAME_WORDS
    });
    let headline = doc.title_case[s] && commas <= 1 && !numbers && !(commas == 1 && names_only);
    if !headline && !(colon + 1..end).any(plain_word) {
        return None;
    }
    let speaker = phrase_ending_at(doc, colon, a)?;
    // "Q: Does the plan …" in an interview transcript is not a source.
    let single_letter = speaker.last == speaker.first + 1 && doc.word(a).chars().count() == 1;
    // "The Latest: Trump urges …", "Analysis: …": a kind of news item
    // labels what follows; no one says it.
    let news_label = speaker.head_last == speaker.head_first + 1 && lexicon::is_news_label(doc.low(speaker.head_first));
    if speaker.first != a || colon + 3 > end || lexicon::cue_verb(doc.low(a)).is_some() || single_letter || news_label {
        return None;
    }
    Some(indirect_claim(doc, s, (colon + 1, end), (colon, colon + 1), Some(speaker)))
}

/// "X is expected to …", "X seemed to …": an expectation or appearance
/// attributed to its subject; the content is the infinitive.
fn expectation(doc: &Doc, s: usize, a: usize, cue: usize, stops: &ContentStops) -> Option<RawClaim> {
    let end = stops.end;
    let w = doc.low(cue);
    let seeming = matches!(w, "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared");
    // "… is (not) expected to …".
    let auxiliary_before = |j: usize| j > a && matches!(doc.low(j - 1), "is" | "are" | "was" | "were" | "been" | "be");
    let expected =
        w == "expected" && (auxiliary_before(cue) || cue > a && doc.low(cue - 1) == "not" && auxiliary_before(cue - 1));
    if !(seeming || expected) || cue + 2 >= end || doc.low(cue + 1) != "to" {
        return None;
    }
    // "X is expected to …" says nothing of who expects it: no speaker.
    // "X seemed to …" is X's appearance; "The plan seems to …" need not
    // have a speaker.
    let speaker =
        if expected { None } else { phrase_ending_at(doc, skip_modifiers_back(doc, cue, a), doc.clause_start(cue)) };
    Some(indirect_claim(doc, s, (cue + 1, stops.next_mark(doc, cue + 1)), (cue, cue + 1), speaker))
}

/// True when a full clause follows the cue ("A self-professed independent,
/// Cuban said he would consider offers"): the content is after the cue,
/// not before the speaker.
fn clause_follows(doc: &Doc, cue: usize, verb: CueVerb, stops: &ContentStops, subordinate: bool) -> bool {
    content_after(doc, cue, verb, stops, subordinate).is_some_and(|(first, last)| {
        let w = doc.low(first);
        // "she wasn't coming": a pronoun and its auxiliary make a clause
        // in three words; "he'd consider offers", whose pronoun carries the
        // tense, in two.
        let pronoun = lexicon::subject_pronoun_of(w);
        // "they back Clinton": "he", "she", "they", "we" and "I" are never
        // a verb's object, so with a word after them they open a clause.
        let nominative = matches!(w, "he" | "she" | "they" | "we" | "i");
        let pronoun_and_tense =
            last >= first + 3 && lexicon::is_subject_pronoun(w) && lexicon::is_finite_auxiliary(doc.low(first + 1))
                || last >= first + 2 && pronoun.is_some_and(|p| p != w)
                || last >= first + 3 && nominative;
        // "said if elected he could work with them": a condition opens
        // what was said ("said after the vote" is only when it was said;
        // "…, Ada argued, if …" conditions the clause before the aside).
        let condition = matches!(w, "if" | "unless") && !doc.is(first - 1, ",");
        pronoun_and_tense
            || last >= first + 4
                && (pronoun.is_some() || lexicon::is_determiner(w) || doc.is_name_word(first) || condition)
    })
}

/// True when tokens `first..last` open with a share of a group: a number
/// ("43", "4 in 10", "62%") or a share word ("half", "two-thirds", "most of
/// them"), perhaps rounded ("more than", "nearly").
fn names_a_share(doc: &Doc, first: usize, last: usize) -> bool {
    let Some(j) = (first..last).find(|&j| !lexicon::is_approximator(doc.low(j))) else {
        return false;
    };
    let w = doc.low(j);
    doc.is_number(j) || lexicon::is_share_word(w.rsplit('-').next().unwrap_or(w))
}

/// The most tokens [`joined_clause_start`] looks back: as many as
/// [`subject_noun_phrase`] reads.
const MAX_JOINED_SUBJECT_TOKENS: usize = 12;

/// Where a clause joined to the one before by a comma or a conjunction
/// starts, if it does within [`MAX_JOINED_SUBJECT_TOKENS`] before `e`: just
/// after the nearest such comma or conjunction.
fn joined_clause_start(doc: &Doc, clause: usize, e: usize) -> Option<usize> {
    let lowest = e.saturating_sub(MAX_JOINED_SUBJECT_TOKENS).max(clause);
    (lowest..e)
        .rev()
        .find(|&j| doc.is(j, ",") || matches!(doc.low(j), "and" | "but" | "while" | "whereas"))
        .map(|j| j + 1)
}

/// Where the subject starts after an introductory phrase that opens the
/// clause and a comma closes ("Again, …", "By wide margins, …", "If the
/// storm holds, …"): just after the last comma within
/// [`MAX_JOINED_SUBJECT_TOKENS`] before `e`, when the clause opens with a
/// word that opens an adverbial or the phrase is a single word. Without
/// such a comma, just after a conjunction that opens the clause ("But
/// most economists say …").
fn introduction_end(doc: &Doc, clause: usize, e: usize) -> Option<usize> {
    let lowest = e.saturating_sub(MAX_JOINED_SUBJECT_TOKENS).max(clause + 1);
    let introduced_by_comma = (lowest..e).rev().find(|&j| doc.is(j, ",")).filter(|&comma| {
        (opens_adverbial(doc.low(clause)) || comma == clause + 1 && doc.is_word(clause))
            && (clause..comma).all(|j| !doc.inside[j])
    });
    match introduced_by_comma {
        Some(comma) => Some(comma + 1),
        None => lexicon::is_clause_conjunction(doc.low(clause)).then_some(clause + 1),
    }
}

/// True when tokens `first..last` name a group ("some analysts", "those
/// surveyed", "proponents of stricter rules"): a plural or source noun
/// heads the phrase (the word before its first "of" or other preposition,
/// or its last word), or "those" stands before a participle. Capitalised
/// words are names the phrase reader did not take ("Mexico picked
/// targets"), and a verb before the head makes the words a clause ("the
/// panel held …").
fn is_plain_group(doc: &Doc, first: usize, last: usize) -> bool {
    let head = (first + 1..last)
        .find(|&j| doc.low(j) == "of" || lexicon::is_preposition(doc.low(j)))
        .map_or(last - 1, |j| j - 1);
    let w = doc.low(head);
    let names_group = lexicon::is_unnamed_source_noun(w)
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        || head == first + 1 && doc.low(first) == "those";
    names_group
        && (first..last).all(|j| !doc.is_capitalized(j))
        && (first..head).all(|j| !is_second_predicate(doc.low(j)))
}

/// True when a past form with an object after it stands in tokens
/// `clause + 1..e`, within [`SUBJECT_WINDOW`] of the clause's start
/// ("Rubio's campaign tweeted a video", "the party released its list"): the
/// words are a clause with its verb, not a subject with a participle
/// modifying it ("those polled in …").
fn has_verb_with_object(doc: &Doc, clause: usize, e: usize) -> bool {
    (clause + 1..e.saturating_sub(1).min(clause + SUBJECT_WINDOW)).any(|j| {
        let w = doc.low(j);
        (w.ends_with("ed") || lexicon::is_irregular_past(w))
            && matches!(doc.low(j + 1), "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "this")
    })
}

/// True when the word before `e` is a participle in "-ing" right after a
/// determiner or "and" ("the breaking", "one sticking", "top seed and
/// defending"), so it modifies the word at `e` as a noun ("point",
/// "champion"). Not a noun in "-ing" that names a source ("the ruling"),
/// nor a short word ("the wing").
fn modifies_the_cue(doc: &Doc, clause: usize, e: usize) -> bool {
    let last = doc.low(e - 1);
    e >= clause + 2
        && last.len() > 5
        && lexicon::is_gerund(last)
        && !lexicon::is_unnamed_source_noun(last)
        && (lexicon::is_determiner(doc.low(e - 2)) || doc.low(e - 2) == "and" || doc.is_possessive(e - 2))
}

/// The whole clause before a verb of saying as an unnamed speaker
/// ("proponents of more controls here say", "three-fourths say", "those
/// surveyed said", "politicians and some technologists say"), when it reads
/// as one noun phrase: short, no comma, no finite verb. "And" may join its
/// nouns; a second predicate after it has a finite verb. A "say" or "tell"
/// inside reports the clause the cue is in ("both say their managers never
/// told them …"): the words are a speaker and content, not a subject.
fn subject_noun_phrase(doc: &Doc, clause: usize, e: usize) -> Option<SpeakerPhrase> {
    if e <= clause || e - clause > 12 {
        return None;
    }
    let first = doc.low(clause);
    let last = doc.low(e - 1);
    // "At least 40% said": a rounding, not a preposition.
    let rounding = clause + 1 < e && opens_rounding(doc, clause);
    if !rounding && (lexicon::is_preposition(first) || opens_adverbial(first) && !lexicon::is_determiner(first))
        || lexicon::is_subordinator(first)
        // "… at the time and said", "… began by saying": a phrase ending
        // with a closed-class word has run into the predicate.
        || lexicon::ends_no_noun_phrase(last)
        // "The breaking point", "the defending champion": a word in "-ing"
        // right after a determiner modifies the cue, which is a noun; only
        // a source noun ("the ruling") ends a speaker so.
        || modifies_the_cue(doc, clause, e)
    {
        return None;
    }
    let noun_like = (clause..e)
        .all(|j| doc.is_word(j) || doc.is_number(j) || doc.is(j, "%"))
        && (clause..e).all(|j| {
            let w = doc.low(j);
            // "the chief stepped down last week and creditors": a past
            // with its particle, before "and", is a verb of a clause of
            // its own, not a participle modifying.
            let with_particle = j + 1 < e
                && matches!(doc.low(j + 1), "down" | "up" | "out" | "off" | "back" | "away")
                && (j + 2..e).any(|k| doc.low(k) == "and");
            !is_second_predicate(w)
                || w.ends_with("ed")
                    && j > clause
                    && !matches!(doc.low(j - 1), "has" | "have" | "had")
                    && !with_particle
        })
        && !has_verb_with_object(doc, clause, e)
        // A tense or an object pronoun inside makes a clause ("the
        // agreement must still be ratified", "his sister helped him"; "most
        // of them" is a share, "the US" a country).
        && (clause..e).all(|j| {
            let w = doc.low(j);
            let object_pronoun = matches!(w, "him" | "me") || w == "us" && !doc.is_capitalized(j);
            !matches!(w, "that" | "it" | "he" | "she" | "they" | "we" | "i" | "but")
                && !object_pronoun
                && !lexicon::is_finite_auxiliary(w)
        })
        && (clause..e).all(|j| !lexicon::is_present_say_or_tell(doc.low(j)));
    noun_like.then_some(SpeakerPhrase::whole(clause, e, PhraseForm::Unnamed))
}
