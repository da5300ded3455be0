//! Article and claim tagging: the countries an article mentions, and for
//! each claim its tags with their source and evidence.
//!
//! Sources, one tag per country and claim, strongest first:
//! - `mentioned`: the claim's own text names the country or something of it
//!   (a city, a demonym, a leader in office); evidence: the words.
//! - `speaker`: the speaker's stated role or affiliation ("a former U.S.
//!   diplomat") or the speaker's name as a leader or institution ("Xi
//!   Jinping", "Japan's Foreign Ministry"); evidence: the role clause or
//!   name. A country or demonym right before "Studies" ("Center for
//!   American Studies") is the subject of an academic field, not the
//!   speaker's affiliation, and does not count.
//! - `context`: for a claim that names no country, the article's focus
//!   countries; evidence says why they are the focus.
//!
//! Focus countries: each country scores its number of mentions in the body,
//! plus 3 when the headline names it and 3 when the dateline does
//! ("BEIJING (Reuters) —"); the focus is every country scoring at least half
//! the top score, at most four.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::resolve::{resolve, Resolved};
use crate::scan::scan;
use crate::{ArticleCountry, ArticleTags, ClaimSpan, Mention, Tag, TagSource};

const TITLE: usize = 0;
const BODY: usize = 1;
/// Bonus of a country named in the headline or dateline.
const FOCUS_BONUS: usize = 3;
/// The most focus countries an article has.
const MAX_FOCUS: usize = 4;

/// Tags an article and each of its claims. `title` may be empty; claim
/// offsets are UTF-8 byte offsets into `body`.
pub fn tag_article(title: &str, body: &str, date: Option<NaiveDate>, claims: &[ClaimSpan<'_>]) -> ArticleTags {
    let mut texts: Vec<&str> = vec![title, body];
    let mut hits = scan(title, date, true, TITLE);
    hits.extend(scan(body, date, false, BODY));
    // Speaker names and roles are scanned as extra texts so that they share
    // the article's context (anchors, people already named).
    let mut speaker_segments = Vec::with_capacity(claims.len());
    for claim in claims {
        let mut segments = Vec::new();
        for text in [claim.speaker_name, claim.speaker_role].into_iter().flatten() {
            let segment = texts.len();
            texts.push(text);
            hits.extend(scan(text, date, false, segment));
            segments.push(segment);
        }
        speaker_segments.push(segments);
    }
    let resolved = resolve(&hits, &texts);

    let countries = article_countries(&resolved, &texts);
    let focus = focus_countries(&resolved, body);
    let by_segment = MentionsBySegment::new(&resolved, texts.len());
    let claims = claims
        .iter()
        .zip(&speaker_segments)
        .map(|(claim, segments)| claim_tags(claim, segments, &by_segment, &texts, &focus))
        .collect();
    ArticleTags { countries, claims }
}

/// The resolved mentions of each text, the body's by start, so that each
/// claim reads only the mentions inside it and in its speaker's texts:
/// going through all of an article's mentions for every claim takes time
/// growing with the square of a long article.
struct MentionsBySegment<'r> {
    segments: Vec<Vec<&'r Mention>>,
}

impl<'r> MentionsBySegment<'r> {
    fn new(resolved: &'r [Resolved], texts: usize) -> Self {
        let mut segments = vec![Vec::new(); texts];
        for r in resolved {
            segments[r.segment].push(&r.mention);
        }
        segments[BODY].sort_by_key(|m| m.start);
        MentionsBySegment { segments }
    }

    /// The body's mentions within `start..end`, in text order.
    fn in_body(&self, start: usize, end: usize) -> impl Iterator<Item = &'r Mention> + '_ {
        let body = &self.segments[BODY];
        let from = body.partition_point(|m| m.start < start);
        body[from..].iter().copied().take_while(move |m| m.start < end).filter(move |m| m.end <= end)
    }

    /// The mentions of text `segment`, in text order.
    fn of(&self, segment: usize) -> impl Iterator<Item = &'r Mention> + '_ {
        self.segments[segment].iter().copied()
    }
}

/// Every country named in the title or body, in order of first appearance,
/// with the distinct words that named it.
fn article_countries(resolved: &[Resolved], texts: &[&str]) -> Vec<ArticleCountry> {
    let mut countries: Vec<ArticleCountry> = Vec::new();
    for r in resolved.iter().filter(|r| r.segment == TITLE || r.segment == BODY) {
        let words = texts[r.segment][r.mention.start..r.mention.end].to_string();
        match countries.iter_mut().find(|c| c.code == r.mention.code) {
            Some(country) if !country.evidence.contains(&words) => country.evidence.push(words),
            Some(_) => {}
            None => countries.push(ArticleCountry { code: r.mention.code, evidence: vec![words] }),
        }
    }
    countries
}

/// A focus country and the sentence that explains it.
struct Focus {
    code: &'static str,
    evidence: String,
}

/// What makes a country the article's focus.
#[derive(Debug, Clone, Copy, Default)]
struct FocusScore {
    mentions: usize,
    in_title: bool,
    in_dateline: bool,
}

impl FocusScore {
    fn score(&self) -> usize {
        self.mentions + FOCUS_BONUS * (usize::from(self.in_title) + usize::from(self.in_dateline))
    }

    fn explanation(&self) -> String {
        let mut reasons = Vec::new();
        if self.in_title {
            reasons.push("named in the headline".to_string());
        }
        if self.in_dateline {
            reasons.push("named in the dateline".to_string());
        }
        if self.mentions > 0 {
            let plural = if self.mentions == 1 { "" } else { "s" };
            reasons.push(format!("mentioned {} time{plural} in the article", self.mentions));
        }
        format!("article focus: {}", reasons.join(", "))
    }
}

fn focus_countries(resolved: &[Resolved], body: &str) -> Vec<Focus> {
    let dateline_end = dateline_end(body);
    let mut scores: FxHashMap<&'static str, FocusScore> = FxHashMap::default();
    let mut order = Vec::new();
    for r in resolved.iter().filter(|r| r.segment == TITLE || r.segment == BODY) {
        let entry = scores.entry(r.mention.code).or_insert_with(|| {
            order.push(r.mention.code);
            FocusScore::default()
        });
        if r.segment == TITLE {
            entry.in_title = true;
        } else {
            entry.mentions += 1;
            entry.in_dateline |= r.mention.end <= dateline_end;
        }
    }
    let top = scores.values().map(FocusScore::score).max().unwrap_or(0);
    let mut focus: Vec<(&'static str, FocusScore)> =
        order.iter().map(|&code| (code, scores[code])).filter(|(_, s)| top > 0 && s.score() * 2 >= top).collect();
    focus.sort_by_key(|(_, s)| std::cmp::Reverse(s.score()));
    focus.truncate(MAX_FOCUS);
    focus.into_iter().map(|(code, s)| Focus { code, evidence: s.explanation() }).collect()
}

/// The end of a dateline such as "BEIJING (Reuters) —" or "TOKYO, March 3 -"
/// at the start of the body: a capitalised lead before a dash or bracket,
/// within the first 60 bytes. Zero when there is none.
fn dateline_end(body: &str) -> usize {
    let lead = &body[..body.char_indices().nth(60).map_or(body.len(), |(i, _)| i)];
    let Some(cut) = [" —", " –", " -", " ("].iter().filter_map(|d| lead.find(d)).min() else {
        return 0;
    };
    let place = lead[..cut].split(',').next().unwrap_or("");
    let letters = place.chars().filter(|c| c.is_alphabetic());
    if place.is_empty() || letters.clone().count() < 3 || letters.clone().any(char::is_lowercase) {
        return 0;
    }
    cut
}

fn claim_tags(
    claim: &ClaimSpan<'_>,
    speaker_segments: &[usize],
    mentions: &MentionsBySegment<'_>,
    texts: &[&str],
    focus: &[Focus],
) -> Vec<Tag> {
    let mut tags: Vec<Tag> = Vec::new();
    let body = texts[BODY];
    for m in mentions.in_body(claim.start, claim.end) {
        add_evidence(&mut tags, m.code, TagSource::Mentioned, &body[m.start..m.end]);
    }
    let names_a_country = !tags.is_empty();
    for &segment in speaker_segments {
        let text = texts[segment];
        for m in mentions.of(segment) {
            if names_a_field_of_study(text, m.end) {
                continue;
            }
            if tags.iter().any(|t| t.code == m.code && t.source == TagSource::Mentioned) {
                continue;
            }
            add_evidence(&mut tags, m.code, TagSource::Speaker, role_clause(text, m.start, m.end));
        }
    }
    if !names_a_country {
        for f in focus {
            if !tags.iter().any(|t| t.code == f.code) {
                tags.push(Tag { code: f.code, source: TagSource::Context, evidence: f.evidence.clone() });
            }
        }
    }
    tags
}

/// Adds a tag, or appends new evidence words to the same code and source.
fn add_evidence(tags: &mut Vec<Tag>, code: &'static str, source: TagSource, words: &str) {
    match tags.iter_mut().find(|t| t.code == code && t.source == source) {
        Some(tag) => {
            if !tag.evidence.split("; ").any(|e| e == words) {
                tag.evidence.push_str("; ");
                tag.evidence.push_str(words);
            }
        }
        None => tags.push(Tag { code, source, evidence: words.to_string() }),
    }
}

/// Whether the name ending at `end` is followed by "Studies" (at most one
/// word in between): "American Studies", "Chinese Language Studies".
fn names_a_field_of_study(text: &str, end: usize) -> bool {
    let mut words = text[end..].split_whitespace();
    let first = words.next().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let second = words.next().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    first == Some("Studies") || second == Some("Studies")
}

/// The clause of a role around a match: roles like "a former U.S. diplomat
/// and managing partner at the Asia Group" give "a former U.S. diplomat".
fn role_clause(text: &str, start: usize, end: usize) -> &str {
    let separators = [" and ", ", ", "; "];
    let clause_start = separators.iter().filter_map(|s| text[..start].rfind(s).map(|i| i + s.len())).max().unwrap_or(0);
    let clause_end = separators.iter().filter_map(|s| text[end..].find(s).map(|i| end + i)).min().unwrap_or(text.len());
    text[clause_start..clause_end].trim()
}
