//! The ingest pipeline's pure half: an [`ArticleRecord`] in, an
//! [`AnalyzedArticle`] out — claims extracted, speakers resolved, countries
//! tagged, offsets in bytes and characters. Storing it is the library's job;
//! `dossier extract` uses this without storing anything.

use std::collections::HashMap;

use crate::commands::FailedItem;
use crate::error::Error;
use chrono::NaiveDate;
use dossier_countries::{ArticleCountry, ClaimSpan, MentionKind, OfficeHolder, Tag};
use dossier_extract::{ClaimKind, Speaker, SpeakerKind};
use dossier_import::ArticleRecord;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// An article with everything extraction and tagging found in it.
#[derive(Debug, Clone)]
pub struct AnalyzedArticle {
    /// The article as imported.
    pub record: ArticleRecord,
    /// SHA-256 of the body, hex: the duplicate key.
    pub content_hash: String,
    /// Claims in text order.
    pub claims: Vec<AnalyzedClaim>,
    /// Every country the article mentions.
    pub countries: Vec<ArticleCountry>,
}

/// A claim with offsets in both units and its country tags.
#[derive(Debug, Clone)]
pub struct AnalyzedClaim {
    /// Kind.
    pub kind: ClaimKind,
    /// Byte offsets into the body.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Character offsets into the body.
    pub char_start: usize,
    /// Character end (exclusive).
    pub char_end: usize,
    /// Cue words, as written.
    pub cue: Option<String>,
    /// The speaker and how the article named them.
    pub speaker: Option<AnalyzedSpeaker>,
    /// Country tags from the tagger.
    pub tags: Vec<Tag>,
}

/// A claim's speaker with the mention's text and offsets.
#[derive(Debug, Clone, Serialize)]
pub struct AnalyzedSpeaker {
    /// What extraction resolved.
    #[serde(skip)]
    pub resolved: Speaker,
    /// The mention's text ("she", "Takaichi").
    pub mention: String,
    /// Mention byte start.
    pub start: usize,
    /// Mention byte end.
    pub end: usize,
    /// Mention character start.
    pub char_start: usize,
    /// Mention character end.
    pub char_end: usize,
}

/// SHA-256 of a body, hex.
pub fn content_hash(body: &str) -> String {
    Sha256::digest(body.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// What the country tagger needs of extracted claims: their spans and who
/// made them.
pub fn claim_spans(claims: &[dossier_extract::Claim]) -> Vec<ClaimSpan<'_>> {
    claims
        .iter()
        .map(|c| ClaimSpan {
            start: c.span.start,
            end: c.span.end,
            speaker_name: c.speaker.as_ref().map(|s| s.name.as_str()),
            speaker_role: c.speaker.as_ref().and_then(|s| s.role.as_deref()),
        })
        .collect()
}

/// Extracts and tags one article.
pub fn analyze(record: ArticleRecord) -> AnalyzedArticle {
    let body = record.body.as_str();
    let mut extracted = dossier_extract::extract(body);
    let holders: Vec<Option<OfficeHolder>> = {
        let mut offices = OfficeHoldersNamed::new(&record.title, body, record.published, &extracted);
        extracted.iter().map(|claim| claim.speaker.as_ref().and_then(|speaker| offices.holder_of(speaker))).collect()
    };
    for (claim, holder) in extracted.iter_mut().zip(holders) {
        if let (Some(speaker), Some(holder)) = (claim.speaker.as_mut(), holder) {
            speaker.name = holder.name.to_string();
            speaker.role = Some(holder.office.to_string());
            speaker.kind = SpeakerKind::Person;
        }
    }
    surnames_as_full_names(&mut extracted);
    let spans = claim_spans(&extracted);
    let tags = dossier_countries::tag_article(&record.title, body, record.published, &spans);
    let chars = CharOffsets::new(body);
    // An article names each speaker several times: look each name up once.
    let mut organizations = HashMap::new();
    let claims = extracted
        .into_iter()
        .zip(tags.claims)
        .map(|(claim, tags)| AnalyzedClaim {
            kind: claim.kind,
            start: claim.span.start,
            end: claim.span.end,
            char_start: chars.of(claim.span.start),
            char_end: chars.of(claim.span.end),
            cue: claim.cue.map(|cue| body[cue.start..cue.end].to_string()),
            speaker: claim.speaker.map(|speaker| AnalyzedSpeaker {
                mention: body[speaker.mention.start..speaker.mention.end].to_string(),
                start: speaker.mention.start,
                end: speaker.mention.end,
                char_start: chars.of(speaker.mention.start),
                char_end: chars.of(speaker.mention.end),
                resolved: country_as_organization(speaker, &mut organizations),
            }),
            tags,
        })
        .collect();
    AnalyzedArticle { content_hash: content_hash(body), countries: tags.countries, claims, record }
}

/// A person speaker named by one word ("Blair", from "Mr Blair said") is
/// the one person speaker of the article whose full name ends with it
/// ("Tony Blair", whom "the prime minister said" was read as from the table
/// of office holders): one speaker, not two. With two such ("Bill Clinton",
/// "Hillary Clinton"), or when the word names a country ("Jordan"), the
/// word stays as it is.
fn surnames_as_full_names(claims: &mut [dossier_extract::Claim]) {
    let people = || claims.iter().filter_map(|claim| claim.speaker.as_ref()).filter(|s| s.kind == SpeakerKind::Person);
    let mut full_names: HashMap<&str, Option<(String, Option<String>)>> = HashMap::new();
    for speaker in people().filter(|speaker| is_full_name(&speaker.name)) {
        let Some((_, surname)) = speaker.name.rsplit_once(' ') else {
            continue;
        };
        let entry = full_names.entry(surname).or_insert_with(|| Some((speaker.name.clone(), speaker.role.clone())));
        if entry.as_ref().is_some_and(|(name, _)| *name != speaker.name) {
            // Two people with the surname: "Clinton" alone may be either.
            *entry = None;
        }
    }
    let renames: HashMap<String, (String, Option<String>)> = people()
        .filter(|speaker| !speaker.name.contains(' '))
        .filter_map(|speaker| Some((speaker.name.clone(), full_names.get(speaker.name.as_str())?.clone()?)))
        .filter(|(surname, _)| !names_a_government(surname))
        .collect();
    if renames.is_empty() {
        return;
    }
    for speaker in claims.iter_mut().filter_map(|claim| claim.speaker.as_mut()) {
        if let Some((name, role)) = renames.get(&speaker.name).filter(|_| speaker.kind == SpeakerKind::Person) {
            speaker.name = name.clone();
            if speaker.role.is_none() {
                speaker.role = role.clone();
            }
        }
    }
}

/// True for a person's name of two to four capitalised words with no
/// honorific ("Tony Blair", "Marcel Desailly"), not a group ("Clinton and
/// Obama") nor a name with its honorific ("Mr Prettejohn").
fn is_full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|word| word.starts_with(char::is_uppercase))
        && !dossier_extract::is_honorific(words[0])
}

/// An article whose analysis failed: a panic in extraction or tagging,
/// which is a bug in Dossier.
#[derive(Debug, Clone)]
pub struct AnalysisFailure {
    /// The input item or stored article.
    pub item: String,
    /// What the failing code said.
    pub reason: String,
}

impl From<AnalysisFailure> for Error {
    fn from(failure: AnalysisFailure) -> Self {
        Error::AnalysisFailed { item: failure.item, reason: failure.reason }
    }
}

/// The failure as an import or a re-extraction reports it.
impl From<AnalysisFailure> for FailedItem {
    fn from(failure: AnalysisFailure) -> Self {
        FailedItem::new(failure.item.clone(), &Error::from(failure))
    }
}

/// The analysis a library runs on each article: [`analyze`], except in
/// this crate's tests of what a failing analysis costs.
pub(crate) type Analysis = fn(ArticleRecord) -> AnalyzedArticle;

/// [`analyze`], with a failure of the analysis turned into an
/// [`AnalysisFailure`] that names the article, so that an import or a
/// re-extraction loses that article alone.
pub fn analyze_guarded(record: ArticleRecord) -> Result<AnalyzedArticle, AnalysisFailure> {
    analyze_guarded_with(analyze, record)
}

/// [`analyze_guarded`] with the given analysis.
pub(crate) fn analyze_guarded_with(
    analysis: Analysis,
    record: ArticleRecord,
) -> Result<AnalyzedArticle, AnalysisFailure> {
    let item = record.item.clone();
    guarded(item, move || analysis(record))
}

/// Runs `work` for `item`, turning a panic into an [`AnalysisFailure`].
fn guarded<T>(item: String, work: impl FnOnce() -> T) -> Result<T, AnalysisFailure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let reason = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an internal error".to_string());
        AnalysisFailure { item, reason }
    })
}

/// Analyses records on every core, keeping their order (the import's
/// analysis stage; the benchmark measures it alone). An article whose
/// analysis fails comes back as its error.
pub fn analyze_on_every_core(records: Vec<ArticleRecord>) -> Vec<Result<AnalyzedArticle, AnalysisFailure>> {
    analyze_on_every_core_with(analyze, records)
}

/// [`analyze_on_every_core`] with the given analysis.
pub(crate) fn analyze_on_every_core_with(
    analysis: Analysis,
    records: Vec<ArticleRecord>,
) -> Vec<Result<AnalyzedArticle, AnalysisFailure>> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(records.len());
    if threads <= 1 {
        return records.into_iter().map(|record| analyze_guarded_with(analysis, record)).collect();
    }
    let per_thread = records.len().div_ceil(threads);
    let mut chunks: Vec<Vec<ArticleRecord>> = Vec::with_capacity(threads);
    let mut records = records.into_iter();
    loop {
        let chunk: Vec<ArticleRecord> = records.by_ref().take(per_thread).collect();
        if chunk.is_empty() {
            break;
        }
        chunks.push(chunk);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk.into_iter().map(|record| analyze_guarded_with(analysis, record)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(join).collect()
    })
}

/// Joins a thread, passing its panic on.
pub(crate) fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// A country speaking ("France intended to become …", "Vietnam expected …"),
/// or its seat of government ("Beijing has vowed …", "the Kremlin denied
/// …"), is its government, an organisation: the extractor, which knows no
/// places, reads a lone proper name as a person. `known` holds the answers
/// for the article's names so far, each name being asked once.
fn country_as_organization(mut speaker: Speaker, known: &mut HashMap<String, bool>) -> Speaker {
    if speaker.kind == SpeakerKind::Person {
        let organization = *known.entry(speaker.name.clone()).or_insert_with(|| names_a_government(&speaker.name));
        if organization {
            speaker.kind = SpeakerKind::Organization;
        }
    }
    speaker
}

/// True when `name` is exactly a country's name or alias, or a capital or
/// institution standing for a government.
fn names_a_government(name: &str) -> bool {
    let country = dossier_countries::lookup(name).is_some_and(|country| {
        std::iter::once(&country.name).chain(country.aliases).any(|alias| alias.eq_ignore_ascii_case(name))
    });
    // Capitals and institutions are one or two words ("Beijing", "White
    // House"); longer names are not looked up at all.
    let seat_of_government = || {
        name.split(' ').count() <= 2
            && matches!(
                dossier_countries::find_mentions(name, None).as_slice(),
                [only] if only.start == 0
                    && only.end == name.len()
                    && matches!(only.kind, MentionKind::Capital | MentionKind::Institution)
            )
    };
    country || seat_of_government()
}

/// The holders of offices an article names, for the descriptions its
/// speakers are ("the prime minister said"). The extractor resolves a
/// description to a person the article names with that office ("Prime
/// Minister Tony Blair", "Tony Blair, the prime minister"); news often names
/// the holder without it ("Tony Blair has rejected … The prime minister
/// said …"), and only the dated table of office holders knows who that is.
/// Looked up once per article, and only if a speaker is such a description.
struct OfficeHoldersNamed<'a> {
    title: &'a str,
    body: &'a str,
    date: Option<NaiveDate>,
    named: Option<Vec<OfficeHolder>>,
    /// The article's claims, whose speakers' roles date an undated article:
    /// "Gordon Brown, the chancellor," is written while Brown is
    /// chancellor, not prime minister. Read only when two holders compete.
    claims: &'a [dossier_extract::Claim],
    /// Each description asked about so far, with its holder if one.
    answers: HashMap<String, Option<OfficeHolder>>,
}

impl<'a> OfficeHoldersNamed<'a> {
    fn new(title: &'a str, body: &'a str, date: Option<NaiveDate>, claims: &'a [dossier_extract::Claim]) -> Self {
        OfficeHoldersNamed { title, body, date, named: None, claims, answers: HashMap::new() }
    }

    /// Whether the article gives this holder another office the table has
    /// them hold at another time: as a speaker's role, as a title written
    /// before their name ("Chancellor Gordon Brown"), or as a description
    /// ("the chancellor") when no one else named held that office.
    fn stated_in_another_office(&self, holder: &OfficeHolder, named: &[OfficeHolder]) -> bool {
        let other_offices = || named.iter().filter(|h| h.name == holder.name && h.office != holder.office);
        let as_role = self
            .claims
            .iter()
            .filter_map(|claim| claim.speaker.as_ref())
            .filter(|speaker| speaker.kind == SpeakerKind::Person && speaker.name == holder.name)
            .filter_map(|speaker| office_words(speaker.role.as_deref()?))
            .any(|(_, words)| other_offices().any(|other| holds(other.office, &words)));
        let sole_holder = |office: &str| named.iter().all(|h| h.office != office || h.name == holder.name);
        as_role
            || other_offices().any(|other| {
                titled(self.title, holder.name, other.office)
                    || titled(self.body, holder.name, other.office)
                    || sole_holder(other.office) && described(self.body, other.office)
            })
    }

    /// The person an unnamed speaker that is a definite description of an
    /// office ("the prime minister", "the British prime minister") is: the
    /// one holder of that office the article names, in office at its date (in
    /// any term if undated). Of several such holders ("Tony Blair" and
    /// "Gordon Brown" in an undated article), one the article gives another
    /// of their offices ("Chancellor Gordon Brown") is out; if more than one
    /// is left, or none, the description stays, and so it does with any
    /// word but a country before the office ("the former prime minister",
    /// "the deputy prime minister").
    fn holder_of(&mut self, speaker: &Speaker) -> Option<OfficeHolder> {
        if speaker.kind != SpeakerKind::Unnamed {
            return None;
        }
        // An article repeats its descriptions ("the president" in every
        // paragraph): each is answered once.
        if let Some(&answer) = self.answers.get(&speaker.name) {
            return answer;
        }
        let answer = self.holder_described(&speaker.name);
        self.answers.insert(speaker.name.clone(), answer);
        answer
    }

    /// The one holder of the office `description` names; see
    /// [`Self::holder_of`].
    fn holder_described(&mut self, description: &str) -> Option<OfficeHolder> {
        let (country, office_words) = office_described(description)?;
        // Most descriptions are of no office ("the company"): the article
        // is searched for holders only for one that is.
        if !dossier_countries::offices().iter().any(|office| holds(office, &office_words)) {
            return None;
        }
        if self.named.is_none() {
            let mut named = dossier_countries::office_holders_named(self.body, self.date);
            for holder in dossier_countries::office_holders_named(self.title, self.date) {
                if !named.contains(&holder) {
                    named.push(holder);
                }
            }
            self.named = Some(named);
        }
        let named = self.named.as_deref().unwrap_or_default();
        let mut matching: Vec<&OfficeHolder> = named
            .iter()
            .filter(|holder| country.is_none_or(|code| code == holder.code) && holds(holder.office, &office_words))
            .collect();
        if matching.iter().any(|other| other.name != matching[0].name) {
            matching.retain(|holder| !self.stated_in_another_office(holder, named));
        }
        let holder = **matching.first()?;
        matching.iter().all(|other| other.name == holder.name).then_some(holder)
    }
}

/// Whether `text` writes the title of `office` right before `name`
/// ("Chancellor Gordon Brown" for the Chancellor of the Exchequer): the
/// word before the name is the last of the office's title before "of".
fn titled(text: &str, name: &str, office: &str) -> bool {
    let Some(title) = title_of(office).last() else {
        return false;
    };
    text.match_indices(name).any(|(start, _)| {
        text[..start].trim_end().rsplit(' ').next().is_some_and(|before| before.eq_ignore_ascii_case(title))
    })
}

/// Whether `text` speaks of `office` as "the" office, by its title before
/// "of" ("the chancellor said" for the Chancellor of the Exchequer), so not
/// as a past one ("the former chancellor").
fn described(text: &str, office: &str) -> bool {
    let title: Vec<&str> = title_of(office).collect();
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.windows(title.len() + 1).any(|window| {
        window[0].eq_ignore_ascii_case("the") && window[1..].iter().zip(&title).all(|(w, t)| w.eq_ignore_ascii_case(t))
    })
}

/// The office a definite description names ("the prime minister" →
/// ["prime", "minister"]), with the country a first word names ("the
/// Japanese prime minister" → JP); `None` for anything else.
fn office_described(description: &str) -> Option<(Option<&'static str>, Vec<String>)> {
    office_words(description.to_lowercase().strip_prefix("the ")?)
}

/// The words of an office ("Prime Minister" → ["prime", "minister"]), with
/// the country a first word names ("UK Chancellor" → GB); `None` when a
/// word is not one of letters.
fn office_words(office: &str) -> Option<(Option<&'static str>, Vec<String>)> {
    let mut words: Vec<String> = office.to_lowercase().split(' ').map(str::to_string).collect();
    if !words.iter().all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '.')) {
        return None;
    }
    let mut country = None;
    for qualifier_words in [2, 1] {
        if words.len() > qualifier_words {
            if let Some(found) = dossier_countries::lookup(&words[..qualifier_words].join(" ")) {
                country = Some(found.code);
                words.drain(..qualifier_words);
                break;
            }
        }
    }
    Some((country, words))
}

/// Whether an office's title is the office these lowercase words name:
/// all of it ("secretary of state") or all of it before "of" ("prime
/// minister" of "Prime Minister of Japan"), so that "president" is not
/// "Vice President of the United States".
fn holds(office: &str, words: &[String]) -> bool {
    same_words(office.split(' '), words) || same_words(title_of(office), words)
}

/// The words of an office before "of", which name it in a title or a
/// description ("Prime Minister" of "Prime Minister of Japan").
fn title_of(office: &str) -> impl Iterator<Item = &str> {
    office.split(' ').take_while(|w| !w.eq_ignore_ascii_case("of"))
}

/// Whether a title's words are `words`, ignoring ASCII case.
fn same_words<'t>(mut title: impl Iterator<Item = &'t str>, words: &[String]) -> bool {
    let mut words = words.iter();
    title.all(|t| words.next().is_some_and(|w| w.eq_ignore_ascii_case(t))) && words.next().is_none()
}

/// Converts UTF-8 byte offsets to Unicode scalar offsets in O(log n) per
/// lookup, for texts where many offsets are converted.
pub struct CharOffsets {
    /// Byte offset of every non-ASCII character, with the number of extra
    /// bytes seen up to and including it.
    multibyte: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Indexes a text.
    pub fn new(text: &str) -> Self {
        let mut extra = 0;
        let multibyte = text
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .map(|(i, c)| {
                extra += c.len_utf8() - 1;
                (i, extra)
            })
            .collect();
        CharOffsets { multibyte }
    }

    /// The character offset of a byte offset (which must be a char boundary).
    pub fn of(&self, byte: usize) -> usize {
        let before = self.multibyte.partition_point(|&(i, _)| i < byte);
        let extra = if before == 0 { 0 } else { self.multibyte[before - 1].1 };
        byte - extra
    }
}

/// Converts a character offset to a byte offset; `None` past the end.
pub fn byte_offset(text: &str, char_offset: usize) -> Option<usize> {
    if char_offset == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(char_offset).map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_analysis_costs_its_article_alone_and_names_it() {
        let failure = guarded("notes/harbour.txt".to_string(), || -> AnalyzedArticle {
            panic!("index out of bounds: the len is 90 but the index is 90")
        })
        .unwrap_err();
        assert_eq!(failure.item, "notes/harbour.txt");
        assert!(failure.reason.contains("index out of bounds"), "{failure:?}");
        let reported = FailedItem::from(failure);
        assert_eq!(reported.item, "notes/harbour.txt");
        assert_eq!(reported.code, "internal");
        let message = reported.message;
        assert!(message.starts_with("notes/harbour.txt: Dossier could not analyse this article"), "{message}");
        assert!(message.contains("index out of bounds") && message.contains("please report it"), "{message}");

        let record = ArticleRecord {
            item: "ok.txt".into(),
            source_id: None,
            title: "Harbour".into(),
            body: "Ada Finch said the port would close.".into(),
            outlet: None,
            author: None,
            url: None,
            published: None,
        };
        let analyzed = analyze_guarded(record).expect("a plain article is analysed");
        assert_eq!(analyzed.claims.len(), 1);
    }

    #[test]
    fn a_country_or_its_capital_that_speaks_is_an_organisation() {
        let record = ArticleRecord {
            item: "test".into(),
            source_id: None,
            title: "Harbour plan".into(),
            body: "Vietnam said it would open two new ports next year. Ilse Brandt said the plan was sound. \
                   Beijing has vowed to ignore the ruling."
                .into(),
            outlet: None,
            author: None,
            url: None,
            published: None,
        };
        let analyzed = analyze(record);
        let kinds: Vec<(String, SpeakerKind)> = analyzed
            .claims
            .iter()
            .filter_map(|c| c.speaker.as_ref())
            .map(|s| (s.resolved.name.clone(), s.resolved.kind))
            .collect();
        assert!(kinds.contains(&("Vietnam".to_string(), SpeakerKind::Organization)), "{kinds:?}");
        assert!(kinds.contains(&("Ilse Brandt".to_string(), SpeakerKind::Person)), "{kinds:?}");
        assert!(kinds.contains(&("Beijing".to_string(), SpeakerKind::Organization)), "{kinds:?}");
    }

    /// The claim whose text starts with `opening`.
    fn claim_starting(body: &str, published: Option<&str>, opening: &str) -> AnalyzedClaim {
        let record = ArticleRecord {
            item: "test".into(),
            source_id: None,
            title: "Ferry talks".into(),
            body: body.into(),
            outlet: None,
            author: None,
            url: None,
            published: published.map(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        };
        let analyzed = analyze(record.clone());
        analyzed
            .claims
            .into_iter()
            .find(|c| record.body[c.start..].starts_with(opening))
            .unwrap_or_else(|| panic!("no claim starts with {opening:?}"))
    }

    /// The speaker of the claim whose text starts with `opening`: name,
    /// role and kind.
    fn speaker_of(body: &str, published: Option<&str>, opening: &str) -> (String, Option<String>, SpeakerKind) {
        let claim = claim_starting(body, published, opening);
        let speaker = claim.speaker.expect("the claim has a speaker").resolved;
        (speaker.name, speaker.role, speaker.kind)
    }

    #[test]
    fn a_surname_alone_is_the_one_person_of_the_article_with_it() {
        // The full name only in someone's words, which the extractor reads
        // for no one's name: the table of office holders finds it there.
        let body = "Mr Blair has rejected calls for a ferry inquiry. \
                    “I am not distracted, nor is Tony Blair,” Gordon Brown said. \
                    The prime minister said the harbour plan was sound. \
                    Mr Blair said the fares would fall.";
        assert_eq!(speaker_of(body, Some("2005-02-01"), "the harbour plan").0, "Tony Blair");
        assert_eq!(speaker_of(body, Some("2005-02-01"), "the fares").0, "Tony Blair");
    }

    #[test]
    fn an_office_is_the_holder_the_article_names() {
        let body = "Tony Blair has rejected calls for a ferry inquiry. \
                    The prime minister said the harbour plan was sound.";
        assert_eq!(
            speaker_of(body, None, "the harbour plan"),
            ("Tony Blair".into(), Some("Prime Minister of the United Kingdom".into()), SpeakerKind::Person)
        );
        let tags = claim_starting(body, None, "the harbour plan").tags;
        assert!(tags.iter().any(|t| t.code == "GB" && t.source == dossier_countries::TagSource::Speaker), "{tags:?}");
        let body = "Gordon Brown met the harbour board. The chancellor said the fares would fall.";
        assert_eq!(speaker_of(body, None, "the fares").0, "Gordon Brown");
        let body = "Jack Straw met the harbour board. The foreign secretary said the ferries would sail.";
        assert_eq!(speaker_of(body, None, "the ferries").0, "Jack Straw");
    }

    #[test]
    fn an_office_two_people_named_may_have_held_stays_a_description() {
        let body = "Tony Blair and Gordon Brown toured the harbour. \
                    The prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "the prime minister", "undated, either was prime minister");
        assert_eq!(speaker_of(body, Some("2005-03-01"), "the ferry").0, "Tony Blair", "in 2005 only Blair was");
    }

    #[test]
    fn another_office_the_article_gives_a_holder_rules_them_out() {
        let body = "Tony Blair met Chancellor Gordon Brown at the harbour. \
                    The prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "Tony Blair", "Brown is chancellor here");
        let body = "Tony Blair met Gordon Brown at the harbour. The chancellor said the fares would fall. \
                    The prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "Tony Blair", "the chancellor is Brown");
        assert_eq!(speaker_of(body, None, "the fares").0, "Gordon Brown");
        let body = "Tony Blair met Gordon Brown, the former chancellor, at the harbour. \
                    The prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "the prime minister", "a former office dates nothing");
    }

    #[test]
    fn an_office_of_another_country_or_rank_stays_a_description() {
        let body = "Tony Blair toured the harbour. The Japanese prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "the Japanese prime minister");
        let body = "Tony Blair toured the harbour. The deputy prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "the deputy prime minister");
        let body = "Tony Blair toured the harbour. The British prime minister said the ferry would run again.";
        assert_eq!(speaker_of(body, None, "the ferry").0, "Tony Blair", "his own country may qualify the office");
    }

    #[test]
    fn char_offsets_count_scalars_not_bytes() {
        let text = "a“b”c—d";
        let offsets = CharOffsets::new(text);
        for (chars, (bytes, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.of(bytes), chars);
        }
        assert_eq!(offsets.of(text.len()), text.chars().count());
    }

    #[test]
    fn byte_offset_inverts_char_offset() {
        let text = "Japan’s “default” approach";
        let offsets = CharOffsets::new(text);
        for (i, _) in text.char_indices() {
            assert_eq!(byte_offset(text, offsets.of(i)), Some(i));
        }
        assert_eq!(byte_offset(text, 999), None);
    }
}

/// One line of `dossier extract` output. The schema is a stable contract
/// for evaluation scripts: `{"id", "claims": [...], "countries": [...]}`.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractOutput {
    /// The input line's id.
    pub id: serde_json::Value,
    /// Claims in text order.
    pub claims: Vec<ExtractedClaimOutput>,
    /// Every country the text mentions.
    pub countries: Vec<ExtractedCountryOutput>,
}

/// A claim in `dossier extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedClaimOutput {
    /// `direct`, `partial`, `indirect` or `statement`.
    pub kind: ClaimKind,
    /// The claim's exact text.
    pub text: String,
    /// UTF-8 byte start.
    pub start: usize,
    /// UTF-8 byte end.
    pub end: usize,
    /// Unicode scalar start.
    pub char_start: usize,
    /// Unicode scalar end.
    pub char_end: usize,
    /// Cue words.
    pub cue: Option<String>,
    /// The speaker, or null.
    pub speaker: Option<ExtractedSpeakerOutput>,
    /// Country tags.
    pub countries: Vec<Tag>,
}

/// A speaker in `dossier extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedSpeakerOutput {
    /// How the text names the speaker here.
    pub mention: String,
    /// Resolved canonical name.
    pub name: String,
    /// Role/affiliation.
    pub role: Option<String>,
    /// Mention byte start.
    pub start: usize,
    /// Mention byte end.
    pub end: usize,
    /// Mention character start.
    pub char_start: usize,
    /// Mention character end.
    pub char_end: usize,
}

/// An article-level country in `dossier extract` output.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedCountryOutput {
    /// ISO code.
    pub code: &'static str,
    /// Words that named it.
    pub evidence: Vec<String>,
}

impl ExtractOutput {
    /// Builds the output line for an analysed text.
    pub fn new(id: serde_json::Value, analysis: &AnalyzedArticle) -> Self {
        let body = &analysis.record.body;
        ExtractOutput {
            id,
            claims: analysis
                .claims
                .iter()
                .map(|c| ExtractedClaimOutput {
                    kind: c.kind,
                    text: body[c.start..c.end].to_string(),
                    start: c.start,
                    end: c.end,
                    char_start: c.char_start,
                    char_end: c.char_end,
                    cue: c.cue.clone(),
                    speaker: c.speaker.as_ref().map(|s| ExtractedSpeakerOutput {
                        mention: s.mention.clone(),
                        name: s.resolved.name.clone(),
                        role: s.resolved.role.clone(),
                        start: s.start,
                        end: s.end,
                        char_start: s.char_start,
                        char_end: s.char_end,
                    }),
                    countries: c.tags.clone(),
                })
                .collect(),
            countries: analysis
                .countries
                .iter()
                .map(|c| ExtractedCountryOutput { code: c.code, evidence: c.evidence.clone() })
                .collect(),
        }
    }
}

/// Runs extraction over one `dossier extract` input line (`{"id", "text" or
/// "body", optional "title", "published"}`), or says why it cannot.
pub fn extract_line(line: &str) -> Result<ExtractOutput, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let text = value
        .get("text")
        .or_else(|| value.get("body"))
        .and_then(|t| t.as_str())
        .ok_or("no \"text\" or \"body\" string")?;
    let field = |name: &str| value.get(name).and_then(|v| v.as_str()).map(str::to_string);
    let record = ArticleRecord {
        item: String::new(),
        source_id: None,
        title: field("title").unwrap_or_default(),
        body: text.to_string(),
        outlet: None,
        author: None,
        url: None,
        published: field("published").as_deref().and_then(dossier_import::parse_date),
    };
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let analyzed = analyze_guarded(record).map_err(|failure| {
        format!("could not analyse this article ({}); this is a bug in Dossier: please report it", failure.reason)
    })?;
    Ok(ExtractOutput::new(id, &analyzed))
}
