//! Claim and quote extraction with speaker attribution for English news.
//!
//! [`extract`] takes an article's body text and returns every claim it makes:
//! direct quotes, partial quotes, indirect (reported) speech and the reporter's
//! own factual statements, each with the speaker resolved within the article.
//! Offsets are UTF-8 byte offsets into the text given.
//!
//! The pipeline, one module per step: `tokens` splits words;
//! `quotes` finds quotations whatever their marks; `segment` splits
//! sentences without breaking quotations; `lexicon` holds the reporting
//! verbs and word lists; `mentions` reads speaker phrases and roles;
//! `attribution` finds direct, partial and indirect claims; `coref`
//! resolves names and pronouns within the article; `statements` keeps the
//! reporter's factual sentences; [`eval`] scores all of it against
//! annotated corpora. Rule-based and deterministic: no model, no I/O
//! (except in [`eval`], which reads gold files).
#![warn(missing_docs)]

mod attribution;
mod coref;
mod doc;
pub mod eval;
mod lexicon;
mod mentions;
mod quotes;
mod segment;
mod statements;
mod tokens;

use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The most bytes the content of a reported (indirect) claim holds, cut at
/// a word's boundary on the side away from its cue. News sentences are far shorter (the longest reported
/// content in the BBC corpus is about 1 KB, in PolNeAR 0.7 KB); without a
/// bound, a hostile sentence of thousands of cues would copy its rest into
/// every claim, and the claims' text, which an import stores, would grow
/// with the square of the sentence.
pub const MAX_REPORT_BYTES: usize = 4096;

/// The most claims any byte of a text lies in. Real reporting nests a few
/// deep (a partial quotation inside a report inside another: at most 4 in
/// the BBC and PolNeAR corpora); a hostile sentence of thousands of cues
/// would otherwise give thousands of claims, each holding up to
/// [`MAX_REPORT_BYTES`] of the same text. With this bound the claims of a
/// text together hold at most this many times its bytes.
pub const MAX_OVERLAPPING_CLAIMS: usize = 8;

/// What kind of claim a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A whole quotation in quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
    /// The reporter's own factual assertion.
    Statement,
}

impl ClaimKind {
    /// The lowercase name used on the wire and in the index.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Partial => "partial",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Statement => "statement",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(ClaimKind::Direct),
            "partial" => Some(ClaimKind::Partial),
            "indirect" => Some(ClaimKind::Indirect),
            "statement" => Some(ClaimKind::Statement),
            _ => None,
        }
    }
}

/// Whether a speaker is a named person, an organisation or an unnamed source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Kurt Tong").
    Person,
    /// An organisation ("Japan's Foreign Ministry").
    Organization,
    /// An unnamed source ("analysts", "a source", "officials").
    Unnamed,
}

impl SpeakerKind {
    /// The lowercase name used on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Unnamed => "unnamed",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "person" => Some(SpeakerKind::Person),
            "organization" => Some(SpeakerKind::Organization),
            "unnamed" => Some(SpeakerKind::Unnamed),
            _ => None,
        }
    }
}

/// A byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start, UTF-8 byte offset (inclusive).
    pub start: usize,
    /// End, UTF-8 byte offset (exclusive).
    pub end: usize,
}

/// Who made a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Where the speaker is named for this claim (may be a pronoun: "she").
    pub mention: Span,
    /// The resolved canonical name within the article ("Sanae Takaichi").
    pub name: String,
    /// Role and affiliation as the article states them, if any.
    pub role: Option<String>,
    /// Person, organisation or unnamed source.
    pub kind: SpeakerKind,
}

/// One extracted claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Direct, partial, indirect or statement.
    pub kind: ClaimKind,
    /// The claim's text span (for quotes, including the quote marks).
    pub span: Span,
    /// The cue ("said", "according to"), if any. For a statement, the action
    /// verb or figure that made the sentence worth keeping.
    pub cue: Option<Span>,
    /// The speaker, if attributed. Never a bare pronoun: claims by the
    /// writer ("I think …") have none, like the reporter's statements.
    pub speaker: Option<Speaker>,
}

/// How many sentences after the last attributed claim a quote with no cue
/// of its own still continues that speaker (news style keeps quoting the
/// same person until someone else is named).
const CONTINUATION_SENTENCES: usize = 4;

/// How many sentences back an "it" speaker that coreference left unresolved
/// may find the organisation it stands for. News style names a company or
/// ministry and then keeps reporting it as "it" for a sentence or three;
/// further back, "it" is as likely to be the topic (a plan, a deal) as the
/// speaker, and a wrong organisation is worse than none.
const ORGANIZATION_PRONOUN_SENTENCES: usize = 3;

/// True for a word that addresses a person before their name ("Mr",
/// "Mrs.", "Dr", "Sir"), in any case: part of how a person is called,
/// neither name nor role.
pub fn is_honorific(word: &str) -> bool {
    lexicon::is_honorific(&word.to_lowercase())
}

/// Extracts every claim from an article body. Deterministic; claims are
/// returned in text order.
pub fn extract(text: &str) -> Vec<Claim> {
    let doc = doc::Doc::new(text);
    let raw = attribution::find_claims(&doc);
    let mut entities = coref::Entities::build(&doc);
    let mut claims = Vec::with_capacity(raw.len());
    let mut last_speaker: Option<(usize, Speaker)> = None;
    // The cue token and speaker of the last claim that set `last_speaker`
    // outside the words of another.
    let mut last_report: Option<(usize, Speaker)> = None;
    // The sentence and speaker of a report whose verb, after them, frames
    // words that hold another report ("Mr Livingstone “should have
    // withdrawn the comment” once he realised the journalist was Jewish,
    // said Mr Blair."): the quotations of the sentences after it go on
    // with that speaker ("“I'm sure …”" is Mr Blair's), not the one inside.
    let mut framing: Option<(usize, Speaker)> = None;
    // The sentence and tokens of the last speaker phrase read.
    let mut described: Option<(usize, usize, usize)> = None;
    let mut last_group: Option<(usize, Speaker)> = None;
    let mut last_organization: Option<(usize, Speaker)> = None;
    let mut claimed = vec![false; doc.sentences.len()];
    for r in &raw {
        claimed[r.sentence] = true;
    }
    let mut announcements = attribution::find_announcements(&doc, &claimed).into_iter().peekable();
    for r in &raw {
        // A sentence before this claim's that only says who speaks next
        // ("X said in a statement.") makes X the speaker a quotation after
        // it continues.
        while let Some(announced) = announcements.next_if(|a| a.sentence < r.sentence) {
            let speaker = resolve_speaker(
                &doc,
                &mut entities,
                &announced.speaker,
                announced.sentence,
                &last_group,
                &last_organization,
                false,
            );
            if let Some(sp) = speaker {
                last_speaker = Some((announced.sentence, sp));
            }
        }
        let speaker = match r.speaker {
            Some(phrase) => {
                let asks = r.cue.is_some_and(|(cue, _)| lexicon::is_asking_verb(doc.low(cue)));
                resolve_speaker(&doc, &mut entities, &phrase, r.sentence, &last_group, &last_organization, asks)
            }
            None if r.continuation => {
                last_speaker.as_ref().filter(|(s, _)| r.sentence <= s + CONTINUATION_SENTENCES).map(|(s, sp)| {
                    let frame = framing.as_ref().filter(|(f, _)| f == s && r.sentence > *s);
                    frame.map_or(sp, |(_, outer)| outer).clone()
                })
            }
            None => None,
        };
        // "…,” says Geoffrey Garin, a pollster who advised Clinton's
        // campaign.": a claim read inside the words that describe the
        // speaker before it does not take over the quotations that follow.
        // So does one in a relative clause on that speaker ("…,” said
        // Tomas Reyes, whose organization does not endorse candidates.").
        let relative_on_speaker_before = r.speaker.is_some_and(|phrase| {
            let opener = phrase.first.saturating_sub(usize::from(doc.low(phrase.first) != "who"));
            described.is_some_and(|(sentence, _, last)| {
                sentence == r.sentence
                    && opener == last + 1
                    && doc.is(last, ",")
                    && matches!(doc.low(opener), "who" | "whose")
            })
        });
        let within_speaker_before = relative_on_speaker_before
            || r.cue.is_some_and(|(cue, _)| {
                described.is_some_and(|(sentence, first, last)| sentence == r.sentence && (first..last).contains(&cue))
            });
        if let Some(phrase) = r.speaker {
            described = Some((r.sentence, phrase.first, phrase.last));
        }
        if let Some(sp) = speaker.as_ref().filter(|_| !within_speaker_before) {
            // Read after that claim yet ending before its verb: inside the
            // words the verb frames.
            let framed_after = last_report.as_ref().filter(|(cue, _)| r.end <= doc.tokens[*cue].start);
            match framed_after {
                Some((_, outer)) => framing = Some((r.sentence, outer.clone())),
                None => last_report = r.cue.map(|(cue, _)| (cue, sp.clone())),
            }
            last_speaker = Some((r.sentence, sp.clone()));
            if sp.kind != SpeakerKind::Person {
                last_group = Some((r.sentence, sp.clone()));
            }
            if is_organization(sp) {
                last_organization = Some((r.sentence, sp.clone()));
            }
        }
        let cue = r.cue.map(|(a, b)| Span { start: doc.tokens[a].start, end: doc.tokens[b - 1].end });
        claims.push(Claim { kind: r.kind, span: Span { start: r.start, end: r.end }, cue, speaker });
    }
    attach_partials_to_reports(&mut claims);
    for (first, last, cue) in statements::find_statements(&doc, &claimed) {
        claims.push(Claim {
            kind: ClaimKind::Statement,
            span: Span { start: doc.tokens[first].start, end: doc.tokens[last - 1].end },
            cue: Some(Span { start: doc.tokens[cue].start, end: doc.tokens[cue].end }),
            speaker: None,
        });
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    claims.dedup_by(|b, a| a.span == b.span && a.kind == b.kind);
    keep_within_overlap(&mut claims);
    claims
}

/// Drops every claim that would put some byte of the text in more than
/// [`MAX_OVERLAPPING_CLAIMS`] claims, keeping the earlier ones. `claims`
/// are sorted by start: every claim kept before one starts at or before
/// it, so the deepest point of a claim is its first byte, and the claims
/// kept over it are those still open there.
fn keep_within_overlap(claims: &mut Vec<Claim>) {
    let mut open_ends: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    claims.retain(|claim| {
        while open_ends.peek().is_some_and(|&Reverse(end)| end <= claim.span.start) {
            open_ends.pop();
        }
        let fits = open_ends.len() < MAX_OVERLAPPING_CLAIMS;
        if fits {
            open_ends.push(Reverse(claim.span.end));
        }
        fits
    });
}

/// The speaker a phrase names: an "it" in the sentence where an
/// organisation just spoke is that organisation ("China's commerce ministry
/// said that it hoped …", whatever other organisation was named last);
/// otherwise coreference first, then "they" and "it" from the group or
/// organisation that spoke last; a pronoun nothing resolves names no one.
/// An unnamed speaker who `asks` is no antecedent for what follows: "An
/// Iowa voter asked if she …. “Wow, …”" is the one asked speaking.
fn resolve_speaker(
    doc: &doc::Doc,
    entities: &mut coref::Entities,
    phrase: &mentions::SpeakerPhrase,
    sentence: usize,
    last_group: &Option<(usize, Speaker)>,
    last_organization: &Option<(usize, Speaker)>,
    asks: bool,
) -> Option<Speaker> {
    let mention = Span { start: doc.tokens[phrase.first].start, end: doc.tokens[phrase.head_last - 1].end };
    let bare_it = doc.low(phrase.first) == "it" && phrase.head_last == phrase.first + 1;
    if let Some((spoke_in, organization)) = last_organization.as_ref().filter(|_| bare_it) {
        if *spoke_in == sentence {
            return Some(Speaker { mention, ..organization.clone() });
        }
    }
    let resolved = entities.resolve(doc, phrase, sentence);
    if let Some(id) = resolved.entity.filter(|_| !(asks && resolved.kind == SpeakerKind::Unnamed)) {
        entities.note_speaker(sentence, id);
    }
    let speaker = Speaker { mention, name: resolved.name, role: resolved.role, kind: resolved.kind };
    let speaker = resolve_it(resolve_they(speaker, sentence, last_group), sentence, last_organization);
    Some(speaker).filter(|sp| !names_no_one(sp))
}

/// True when a speaker is only a pronoun that resolution left as it was: a
/// first-person "I"/"we" outside quotation marks is the writer (a
/// columnist, a reader's comment), who like the reporter of a statement
/// gets no speaker; any other pronoun has no antecedent in the article.
/// A speaker named "I" or "they" would gather the claims of every such
/// writer in the library under one meaningless name.
fn names_no_one(speaker: &Speaker) -> bool {
    lexicon::is_pronoun(&speaker.name.to_lowercase()) && !lexicon::is_us_initials(&speaker.name)
}

/// "They said …" refers to the group or organisation that spoke last, if it
/// spoke within the last few sentences; otherwise the pronoun stays, and
/// [`names_no_one`] leaves the claim without a speaker.
fn resolve_they(speaker: Speaker, sentence: usize, last_group: &Option<(usize, Speaker)>) -> Speaker {
    if !speaker.name.eq_ignore_ascii_case("they") {
        return speaker;
    }
    match last_group {
        Some((s, group)) if sentence <= s + CONTINUATION_SENTENCES => {
            Speaker { mention: speaker.mention, ..group.clone() }
        }
        _ => speaker,
    }
}

/// "It said …" that coreference could not resolve (the organisation spoke
/// as a description such as "the company", which is no entity) refers to
/// the organisation that spoke last, if it spoke within
/// [`ORGANIZATION_PRONOUN_SENTENCES`]; otherwise the pronoun stays, and
/// [`names_no_one`] leaves the claim without a speaker. Never a person or
/// a plural group ("analysts"): "it" stands for neither.
fn resolve_it(speaker: Speaker, sentence: usize, last_organization: &Option<(usize, Speaker)>) -> Speaker {
    if !matches!(speaker.name.to_lowercase().as_str(), "it" | "its") {
        return speaker;
    }
    match last_organization {
        Some((s, organization)) if sentence <= s + ORGANIZATION_PRONOUN_SENTENCES => {
            Speaker { mention: speaker.mention, ..organization.clone() }
        }
        _ => speaker,
    }
}

/// True for a speaker "it" may stand for: a named organisation, or an
/// unnamed one whose head noun is an organisation's ("the company", "the
/// ministry", "the club"). An indefinite one ("a firm") is left out: it
/// introduces an organisation rather than naming the one being reported,
/// and the extractor mostly finds it inside phrases such as "a firm offer".
fn is_organization(speaker: &Speaker) -> bool {
    match speaker.kind {
        SpeakerKind::Organization => true,
        SpeakerKind::Person => false,
        SpeakerKind::Unnamed => {
            let name = speaker.name.to_lowercase();
            let mut words = name.split(' ');
            let first = words.next().unwrap_or("");
            let head = words.next_back().unwrap_or(first);
            !matches!(first, "a" | "an") && lexicon::is_organization_word(head)
        }
    }
}

/// A partial quote inside an indirect claim takes that claim's speaker and
/// cue when it has none of its own (the first such claim in text order).
/// `claims` are in text order.
fn attach_partials_to_reports(claims: &mut [Claim]) {
    let reports: Vec<(Span, Option<Span>, Option<Speaker>)> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Indirect && c.speaker.is_some())
        .map(|c| (c.span, c.cue, c.speaker.clone()))
        .collect();
    // The furthest end of the reports up to each one: the first report
    // that holds a partial is then found by binary search, not by trying
    // every report for every partial.
    let reach: Vec<usize> = reports
        .iter()
        .scan(0, |furthest, (span, _, _)| {
            *furthest = span.end.max(*furthest);
            Some(*furthest)
        })
        .collect();
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Partial && c.speaker.is_none()) {
        let started = reports.partition_point(|(span, _, _)| span.start <= claim.span.start);
        let first_reaching = reach.partition_point(|&end| end < claim.span.end);
        if let Some((_, cue, speaker)) = reports[..started].get(first_reaching) {
            claim.cue = *cue;
            claim.speaker = speaker.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(kind: ClaimKind, start: usize, end: usize, speaker: Option<&str>) -> Claim {
        Claim {
            kind,
            span: Span { start, end },
            cue: None,
            speaker: speaker.map(|name| Speaker {
                mention: Span { start, end: start + 1 },
                name: name.to_string(),
                role: None,
                kind: SpeakerKind::Person,
            }),
        }
    }

    #[test]
    fn partial_takes_the_first_report_that_holds_it() {
        let mut claims = vec![
            claim(ClaimKind::Indirect, 0, 20, Some("A")),
            claim(ClaimKind::Indirect, 5, 60, Some("B")),
            claim(ClaimKind::Partial, 10, 15, None),
            claim(ClaimKind::Indirect, 30, 50, Some("C")),
            claim(ClaimKind::Partial, 35, 40, None),
            claim(ClaimKind::Partial, 55, 70, None),
        ];
        attach_partials_to_reports(&mut claims);
        let speakers: Vec<Option<&str>> = claims.iter().map(|c| c.speaker.as_ref().map(|s| s.name.as_str())).collect();
        assert_eq!(speakers, [Some("A"), Some("B"), Some("A"), Some("C"), Some("B"), None]);
    }

    #[test]
    fn a_byte_lies_in_at_most_the_bound_of_claims_and_the_earlier_stay() {
        let spans = |claims: &[Claim]| claims.iter().map(|c| (c.span.start, c.span.end)).collect::<Vec<_>>();
        // Nesting as deep as the bound: all stay.
        let mut nested: Vec<Claim> =
            (0..MAX_OVERLAPPING_CLAIMS).map(|k| claim(ClaimKind::Indirect, k, 100 - k, None)).collect();
        let before = spans(&nested);
        keep_within_overlap(&mut nested);
        assert_eq!(spans(&nested), before);
        // Two more open inside them: dropped. One that starts where the
        // first ones have ended stays, as does one at the end of another.
        let mut claims: Vec<Claim> =
            (0..MAX_OVERLAPPING_CLAIMS + 2).map(|k| claim(ClaimKind::Indirect, k, 50 + k, None)).collect();
        claims.push(claim(ClaimKind::Partial, 51, 60, None));
        claims.push(claim(ClaimKind::Direct, 60, 70, None));
        keep_within_overlap(&mut claims);
        let mut expected: Vec<(usize, usize)> = (0..MAX_OVERLAPPING_CLAIMS).map(|k| (k, 50 + k)).collect();
        expected.extend([(51, 60), (60, 70)]);
        assert_eq!(spans(&claims), expected);
    }
}
