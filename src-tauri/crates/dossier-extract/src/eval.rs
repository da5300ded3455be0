//! Measuring extraction against annotated quotes (PolNeAR JSONL or the seed
//! gold file), for `dossier eval quotes --gold FILE`.
//!
//! Scoring rules, and why:
//! - A prediction matches a gold attribution when their overlap covers at
//!   least 50% of both. PolNeAR content can be discontinuous ("“A,” he said.
//!   “B.”"); a prediction may match any single fragment or the hull of all
//!   fragments. Fragments first, because Dossier emits one claim per quoted
//!   stretch by design (each fragment found is a true claim and must not count
//!   as a false positive); the hull as a fallback, because an indirect claim
//!   may rightly span what an annotator split around an interjected cue. Each
//!   fragment takes at most one prediction, each prediction one gold item.
//! - Statements are not attributions: PolNeAR does not annotate them, so
//!   `statement` claims are left out of the scoring (their count is shown).
//!   A partial quote that lies inside a predicted indirect claim is part of
//!   that claim and is not scored on its own.
//! - Groups: gold items split by PolNeAR's `direct` flag (every fragment in
//!   quote marks); predictions split by kind, `direct` and `partial` in the
//!   direct group (both are quoted words), `indirect` in the indirect group.
//! - Speaker: right when the gold speaker's head word (the last capitalised
//!   word before the source's first comma or parenthesis, pronouns and
//!   determiners skipped; the last word when nothing is capitalised) is
//!   contained in the predicted resolved name.
//!   A predicted bare pronoun is always wrong. PolNeAR leaves pronoun sources
//!   unresolved and some attributions have no source at all; those cannot be
//!   checked by name, so they count as right only when the prediction has a
//!   resolved (non-pronoun) name, and the report shows how many there were.
//! - End-to-end: a prediction (gold item) counts when it is matched and the
//!   speaker is right.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::{extract, lexicon, Claim, ClaimKind, Span};

/// Why a gold file could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line or the file is not valid JSON of the expected shape.
    #[error("{path}:{line}: not a gold record: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// 1-based line (1 for a whole-file JSON document).
        line: usize,
        /// The parse error.
        source: serde_json::Error,
    },
    /// A gold offset does not fit the article text.
    #[error("{path}:{line}: span {start}..{end} is not inside the article text ({len} bytes) on character boundaries")]
    BadSpan {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// Span start.
        start: usize,
        /// Span end.
        end: usize,
        /// Text length.
        len: usize,
    },
    /// The file holds no articles.
    #[error("{path}: no gold articles found (expected PolNeAR JSONL or a seed gold JSON file)")]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// Which format a gold file was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GoldFormat {
    /// PolNeAR JSONL: one article per line with its attributions.
    Polnear,
    /// The seed gold JSON with the article file beside it.
    Seed,
}

/// Who the gold says spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldSpeaker {
    /// A head word to find in the predicted name.
    Head(String),
    /// A pronoun source the gold does not resolve.
    Pronoun,
    /// No source annotated.
    Absent,
}

/// A core seed item: the exact speaker and role expected.
#[derive(Debug, Clone)]
pub struct CoreItem {
    /// The expected canonical name.
    pub name: String,
    /// The expected role, if the gold gives one.
    pub role: Option<String>,
    /// The gold's own label for the item (its content text).
    pub label: String,
}

/// One gold attribution.
#[derive(Debug, Clone)]
pub struct GoldQuote {
    /// Content fragments (byte spans).
    pub fragments: Vec<Span>,
    /// Whether every fragment is in quote marks.
    pub direct: bool,
    /// The gold speaker.
    pub speaker: GoldSpeaker,
    /// For seed core items: the exact speaker and role expected.
    pub core: Option<CoreItem>,
}

/// One gold article.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    /// Identifier.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Its gold attributions.
    pub quotes: Vec<GoldQuote>,
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    /// Predictions that count.
    pub true_predictions: usize,
    /// All predictions.
    pub predictions: usize,
    /// Gold items found.
    pub found_gold: usize,
    /// All gold items.
    pub gold: usize,
    /// true_predictions / predictions.
    pub precision: f64,
    /// found_gold / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Prf {
    fn finish(mut self) -> Self {
        self.precision = ratio(self.true_predictions, self.predictions);
        self.recall = ratio(self.found_gold, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self
    }
}

/// Speaker accuracy over matched gold items.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct SpeakerAccuracy {
    /// Matched gold items whose speaker was right.
    pub correct: usize,
    /// Matched gold items.
    pub matched: usize,
    /// Of the matched, how many had a pronoun or no source in the gold
    /// (judged only on the prediction having a resolved name).
    pub unverifiable: usize,
    /// correct / matched.
    pub accuracy: f64,
}

/// Scores for one group (all, direct or indirect).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct GroupScores {
    /// Quote-span precision, recall and F1.
    pub span: Prf,
    /// Speaker accuracy on matched items.
    pub speaker: SpeakerAccuracy,
    /// Matched span and right speaker.
    pub end_to_end: Prf,
}

/// The seed's core items: found with the right speaker and role.
#[derive(Debug, Clone, Serialize)]
pub struct CoreResult {
    /// The gold content text.
    pub item: String,
    /// Expected speaker.
    pub expected_speaker: String,
    /// Expected role.
    pub expected_role: Option<String>,
    /// Predicted speaker of the matching claim, if any matched.
    pub predicted_speaker: Option<String>,
    /// Predicted role.
    pub predicted_role: Option<String>,
    /// Span matched, speaker and role right.
    pub ok: bool,
}

/// The full evaluation report.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteReport {
    /// The gold file.
    pub source: String,
    /// Its format.
    pub format: GoldFormat,
    /// Articles scored.
    pub articles: usize,
    /// Megabytes of article text.
    pub megabytes: f64,
    /// Seconds spent in `extract`.
    pub extract_seconds: f64,
    /// Statement claims left out of the scoring.
    pub statements_excluded: usize,
    /// All attributions.
    pub all: GroupScores,
    /// Direct (quoted) attributions.
    pub direct: GroupScores,
    /// Indirect attributions.
    pub indirect: GroupScores,
    /// Seed core items, for the seed format.
    pub core: Option<Vec<CoreResult>>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A PolNeAR span: bytes under `b`.
#[derive(Deserialize)]
struct PolnearSpan {
    b: [usize; 2],
}

#[derive(Deserialize)]
struct PolnearQuote {
    content: Vec<PolnearSpan>,
    direct: bool,
    speaker_text: Option<String>,
}

#[derive(Deserialize)]
struct PolnearArticle {
    id: String,
    text: String,
    quotes: Vec<PolnearQuote>,
}

#[derive(Deserialize)]
struct SeedQuote {
    #[serde(rename = "type")]
    kind: String,
    content_text: String,
    content_bytes: [usize; 2],
    speaker_resolved: Option<String>,
    speaker_role: Option<String>,
    tier: String,
}

#[derive(Deserialize)]
struct SeedGold {
    file: String,
    quotes: Vec<SeedQuote>,
}

const HEAD_SKIP: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "the", "a", "an", "his", "her", "their",
    "this", "these", "those", "its", "our", "my", "some", "many", "other",
];

/// The gold speaker's head word: the last capitalised word before the
/// source's first comma or parenthesis (so the last word of the name in
/// "Clinton campaign spokesman Brian Fallon", "Brian Fallon, the
/// campaign's press secretary" and "Sen. Bernie Sanders (I-Vt.)"), or the
/// name set off by commas after a description ("Nevada's governor, Brian
/// Sandoval, a Republican"), pronouns and determiners skipped.
pub fn gold_speaker(source: Option<&str>) -> GoldSpeaker {
    let Some(source) = source.map(str::trim).filter(|s| !s.is_empty()) else {
        return GoldSpeaker::Absent;
    };
    let clean = |w: &str| -> String {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let w = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
        w.to_lowercase()
    };
    let words: Vec<&str> = source.split_whitespace().collect();
    let named = |w: &str| {
        let capital =
            w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(char::is_uppercase);
        capital && !HEAD_SKIP.contains(&clean(w).as_str())
    };
    let mut head = None;
    for (k, w) in words.iter().enumerate() {
        if w.starts_with('(') {
            break;
        }
        if named(w) {
            head = Some(clean(w));
        }
        if w.ends_with(',') || w.ends_with(';') {
            // "Nevada's governor, Brian Sandoval, a Republican": after a
            // description, the name in the appositive is the head.
            let appositive_name = words[k + 1..].iter().take_while(|next| named(next)).collect::<Vec<_>>();
            let name_ends_at_comma = appositive_name.last().is_some_and(|last| last.ends_with(','))
                || k + 1 + appositive_name.len() == words.len();
            if !named(w) && name_ends_at_comma {
                head = appositive_name.last().map(|last| clean(last));
            }
            if head.is_some() {
                break;
            }
        }
    }
    match head {
        Some(h) if !h.is_empty() => GoldSpeaker::Head(h),
        _ if words.len() == 1 && HEAD_SKIP.contains(&clean(words[0]).as_str()) => GoldSpeaker::Pronoun,
        _ => GoldSpeaker::Head(clean(words[words.len() - 1])),
    }
}

/// True when the name is only a pronoun.
fn is_bare_pronoun(name: &str) -> bool {
    lexicon::is_pronoun(&name.trim().to_lowercase())
}

/// Normalises text for comparing names and roles.
fn normalize(s: &str) -> String {
    s.replace('’', "'").to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a predicted claim's speaker is right for the gold item.
fn speaker_right(claim: &Claim, gold: &GoldSpeaker) -> bool {
    let Some(name) = claim.speaker.as_ref().map(|s| s.name.as_str()) else {
        return matches!(gold, GoldSpeaker::Absent);
    };
    if is_bare_pronoun(name) {
        return false;
    }
    match gold {
        GoldSpeaker::Head(h) => normalize(name).contains(&normalize(h)),
        GoldSpeaker::Pronoun | GoldSpeaker::Absent => true,
    }
}

fn check_span(path: &Path, line: usize, text: &str, start: usize, end: usize) -> Result<Span, EvalError> {
    if start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end) {
        Ok(Span { start, end })
    } else {
        Err(EvalError::BadSpan { path: path.to_path_buf(), line, start, end, len: text.len() })
    }
}

/// Loads gold articles, detecting the format from the content: a JSON
/// object with a `file` field is the seed gold; otherwise one JSON article
/// per line (PolNeAR).
pub fn load_gold(path: &Path) -> Result<(GoldFormat, Vec<GoldArticle>), EvalError> {
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|source| EvalError::Read { path: p.to_path_buf(), source });
    let content = read(path)?;
    let looks_seed = serde_json::from_str::<serde_json::Value>(&content)
        .is_ok_and(|v| v.get("file").is_some() && v.get("quotes").is_some());
    if looks_seed {
        let gold: SeedGold = serde_json::from_str(&content).map_err(|source| EvalError::Json {
            path: path.to_path_buf(),
            line: 1,
            source,
        })?;
        let article_path = path.parent().unwrap_or(Path::new(".")).join(&gold.file);
        let text = read(&article_path)?;
        let mut quotes = Vec::new();
        for q in gold.quotes {
            let span = check_span(path, 1, &text, q.content_bytes[0], q.content_bytes[1])?;
            let resolved = q.speaker_resolved.as_deref().map(seed_name);
            let speaker = gold_speaker(resolved.as_deref());
            let core = (q.tier == "core").then(|| CoreItem {
                name: resolved.clone().unwrap_or_default(),
                role: q.speaker_role.clone(),
                label: q.content_text.clone(),
            });
            quotes.push(GoldQuote { fragments: vec![span], direct: q.kind != "indirect", speaker, core });
        }
        let article = GoldArticle { id: gold.file, text, quotes };
        return Ok((GoldFormat::Seed, vec![article]));
    }
    let mut articles = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: PolnearArticle = serde_json::from_str(line).map_err(|source| EvalError::Json {
            path: path.to_path_buf(),
            line: n + 1,
            source,
        })?;
        let mut quotes = Vec::new();
        for q in a.quotes {
            let fragments = q
                .content
                .iter()
                .map(|s| check_span(path, n + 1, &a.text, s.b[0], s.b[1]))
                .collect::<Result<Vec<_>, _>>()?;
            if fragments.is_empty() {
                continue;
            }
            quotes.push(GoldQuote {
                fragments,
                direct: q.direct,
                speaker: gold_speaker(q.speaker_text.as_deref()),
                core: None,
            });
        }
        articles.push(GoldArticle { id: a.id, text: a.text, quotes });
    }
    if articles.is_empty() {
        return Err(EvalError::Empty { path: path.to_path_buf() });
    }
    Ok((GoldFormat::Polnear, articles))
}

/// The seed's resolved speaker as a plain name: "Japan’s Foreign Ministry
/// (organization)" → "Japan’s Foreign Ministry", "(unnamed analysts)" →
/// "analysts".
fn seed_name(resolved: &str) -> String {
    let r = resolved.trim();
    if let Some(inner) = r.strip_prefix("(unnamed ").and_then(|s| s.strip_suffix(')')) {
        return inner.to_string();
    }
    match r.rfind(" (") {
        Some(i) if r.ends_with(')') => r[..i].to_string(),
        _ => r.to_string(),
    }
}

/// Overlap test: the overlap covers at least half of both spans. Returns
/// the smaller of the two coverages.
fn coverage(a: Span, b: Span) -> Option<f64> {
    let overlap = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let (la, lb) = (a.end - a.start, b.end - b.start);
    if overlap == 0 || la == 0 || lb == 0 {
        return None;
    }
    let c = (overlap as f64 / la as f64).min(overlap as f64 / lb as f64);
    (c >= 0.5).then_some(c)
}

/// Claims that are scored: not statements, and not partial quotes that lie
/// inside a predicted indirect claim.
pub fn scored_claims(claims: &[Claim]) -> Vec<&Claim> {
    let reports: Vec<Span> = claims.iter().filter(|c| c.kind == ClaimKind::Indirect).map(|c| c.span).collect();
    claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Statement)
        .filter(|c| {
            c.kind != ClaimKind::Partial || !reports.iter().any(|r| r.start <= c.span.start && c.span.end <= r.end)
        })
        .collect()
}

/// One article's matching: for each prediction, the gold item it matched.
fn match_article(preds: &[&Claim], gold: &[GoldQuote]) -> Vec<Option<usize>> {
    // Candidate (coverage, prediction, gold, target) where target is a
    // fragment index or `usize::MAX` for the hull.
    let mut candidates = Vec::new();
    for (p, claim) in preds.iter().enumerate() {
        for (g, q) in gold.iter().enumerate() {
            for (f, frag) in q.fragments.iter().enumerate() {
                if let Some(c) = coverage(claim.span, *frag) {
                    candidates.push((c, p, g, f));
                }
            }
            if q.fragments.len() > 1 {
                let hull = Span {
                    start: q.fragments.iter().map(|s| s.start).min().unwrap_or(0),
                    end: q.fragments.iter().map(|s| s.end).max().unwrap_or(0),
                };
                if let Some(c) = coverage(claim.span, hull) {
                    candidates.push((c, p, g, usize::MAX));
                }
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut matched = vec![None; preds.len()];
    let mut used: Vec<Vec<bool>> = gold.iter().map(|q| vec![false; q.fragments.len()]).collect();
    for (_, p, g, f) in candidates {
        if matched[p].is_some() {
            continue;
        }
        if f == usize::MAX {
            if used[g].iter().any(|u| *u) {
                continue;
            }
            used[g].iter_mut().for_each(|u| *u = true);
        } else {
            if used[g][f] {
                continue;
            }
            used[g][f] = true;
        }
        matched[p] = Some(g);
    }
    matched
}

/// Running counts for one group.
#[derive(Default)]
struct Tally {
    span: Prf,
    e2e: Prf,
    speaker: SpeakerAccuracy,
}

impl Tally {
    fn finish(self) -> GroupScores {
        let mut speaker = self.speaker;
        speaker.accuracy = ratio(speaker.correct, speaker.matched);
        GroupScores { span: self.span.finish(), speaker, end_to_end: self.e2e.finish() }
    }
}

/// Scores `extract` on gold articles.
pub fn evaluate(source: &str, format: GoldFormat, articles: &[GoldArticle]) -> QuoteReport {
    let mut tallies: [Tally; 3] = Default::default();
    let mut statements = 0;
    let mut seconds = 0.0;
    let mut bytes = 0;
    let mut core = Vec::new();
    for article in articles {
        let started = Instant::now();
        let claims = extract(&article.text);
        seconds += started.elapsed().as_secs_f64();
        bytes += article.text.len();
        statements += claims.iter().filter(|c| c.kind == ClaimKind::Statement).count();
        let preds = scored_claims(&claims);
        let matched = match_article(&preds, &article.quotes);
        let group_of_pred = |c: &Claim| if c.kind == ClaimKind::Indirect { 2 } else { 1 };
        let group_of_gold = |q: &GoldQuote| if q.direct { 1 } else { 2 };
        for (p, claim) in preds.iter().enumerate() {
            for t in [0, group_of_pred(claim)] {
                tallies[t].span.predictions += 1;
                tallies[t].e2e.predictions += 1;
                if let Some(g) = matched[p] {
                    tallies[t].span.true_predictions += 1;
                    if speaker_right(claim, &article.quotes[g].speaker) {
                        tallies[t].e2e.true_predictions += 1;
                    }
                }
            }
        }
        for (g, q) in article.quotes.iter().enumerate() {
            let hits: Vec<&Claim> =
                preds.iter().zip(&matched).filter(|(_, m)| **m == Some(g)).map(|(c, _)| *c).collect();
            let right = hits.iter().any(|c| speaker_right(c, &q.speaker));
            for t in [0, group_of_gold(q)] {
                tallies[t].span.gold += 1;
                tallies[t].e2e.gold += 1;
                if !hits.is_empty() {
                    tallies[t].span.found_gold += 1;
                    tallies[t].speaker.matched += 1;
                    if !matches!(q.speaker, GoldSpeaker::Head(_)) {
                        tallies[t].speaker.unverifiable += 1;
                    }
                    if right {
                        tallies[t].speaker.correct += 1;
                        tallies[t].e2e.found_gold += 1;
                    }
                }
            }
            if let Some(item) = &q.core {
                core.push(core_result(item, &hits));
            }
        }
    }
    let [all, direct, indirect] = tallies.map(Tally::finish);
    QuoteReport {
        source: source.to_string(),
        format,
        articles: articles.len(),
        megabytes: bytes as f64 / 1_000_000.0,
        extract_seconds: seconds,
        statements_excluded: statements,
        all,
        direct,
        indirect,
        core: (format == GoldFormat::Seed).then_some(core),
    }
}

/// Judges a seed core item: a matching claim with exactly the expected
/// speaker and role.
fn core_result(item: &CoreItem, hits: &[&Claim]) -> CoreResult {
    let judge = |c: &Claim| {
        let sp = c.speaker.as_ref();
        let name_ok = sp.is_some_and(|s| normalize(&s.name) == normalize(&item.name));
        let role_ok = match &item.role {
            Some(r) => sp.and_then(|s| s.role.as_deref()).is_some_and(|pr| normalize(pr) == normalize(r)),
            None => true,
        };
        name_ok && role_ok
    };
    let best = hits.iter().find(|c| judge(c)).or(hits.first());
    CoreResult {
        item: item.label.clone(),
        expected_speaker: item.name.clone(),
        expected_role: item.role.clone(),
        predicted_speaker: best.and_then(|c| c.speaker.as_ref()).map(|s| s.name.clone()),
        predicted_role: best.and_then(|c| c.speaker.as_ref()).and_then(|s| s.role.clone()),
        ok: best.is_some_and(|c| judge(c)),
    }
}

/// Loads a gold file and scores `extract` on it.
pub fn evaluate_file(path: &Path) -> Result<QuoteReport, EvalError> {
    let (format, articles) = load_gold(path)?;
    Ok(evaluate(&path.display().to_string(), format, &articles))
}

impl fmt::Display for QuoteReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Quote extraction on {} ({:?}): {} articles, {:.2} MB, extract {:.3} s; {} statement claims not scored",
            self.source, self.format, self.articles, self.megabytes, self.extract_seconds, self.statements_excluded
        )?;
        writeln!(
            f,
            "{:<9} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>8} {:>7} | {:>6} {:>6} {:>6}",
            "group", "gold", "pred", "span P", "R", "F1", "spk acc", "unverif", "e2e P", "R", "F1"
        )?;
        for (name, g) in [("all", &self.all), ("direct", &self.direct), ("indirect", &self.indirect)] {
            writeln!(
                f,
                "{:<9} {:>6} {:>6} | {:>6.3} {:>6.3} {:>6.3} | {:>8.3} {:>7} | {:>6.3} {:>6.3} {:>6.3}",
                name,
                g.span.gold,
                g.span.predictions,
                g.span.precision,
                g.span.recall,
                g.span.f1,
                g.speaker.accuracy,
                g.speaker.unverifiable,
                g.end_to_end.precision,
                g.end_to_end.recall,
                g.end_to_end.f1
            )?;
        }
        if let Some(core) = &self.core {
            let ok = core.iter().filter(|c| c.ok).count();
            writeln!(f, "Seed core items found with the right speaker and role: {ok}/{}", core.len())?;
            for c in core {
                let mark = if c.ok { "ok  " } else { "MISS" };
                let label: String = c.item.chars().take(50).collect();
                writeln!(
                    f,
                    "  {mark} {label:<50}  expected {} [{}]  got {} [{}]",
                    c.expected_speaker,
                    c.expected_role.as_deref().unwrap_or("-"),
                    c.predicted_speaker.as_deref().unwrap_or("-"),
                    c.predicted_role.as_deref().unwrap_or("-")
                )?;
            }
        }
        Ok(())
    }
}
