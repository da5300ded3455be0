//! Everything that changes the database. Each public method is one
//! transaction; each bumps the `change_seq` of the articles it touched so the
//! search index knows what to catch up.

use super::{ArticleClaims, Store};
use crate::error::{Error, Result};
use crate::ingest::{AnalyzedArticle, AnalyzedClaim};
use crate::model::{ArticleSummary, Claim, ClaimSpeaker, CountryTag};
use dossier_extract::{ClaimKind, SpeakerKind};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// What happened to one article offered to the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InsertOutcome {
    /// Stored under this id, with this many claims.
    Inserted {
        /// New article id.
        id: i64,
        /// Claims stored.
        claims: u64,
    },
    /// Already in the library.
    Duplicate {
        /// The article already stored.
        existing_id: i64,
        /// "content" or "url".
        reason: &'static str,
    },
}

/// What storing a batch did: each article's fate, the database change it
/// made, and the stored articles as the index reads them, so that an import
/// indexes them without reading them back.
#[derive(Debug, Clone)]
pub struct InsertedBatch {
    /// One outcome per article offered, in order.
    pub outcomes: Vec<InsertOutcome>,
    /// The database's lineage.
    pub generation: String,
    /// The change sequence number the batch's transaction took: it alone
    /// took the database from `change_seq - 1` to `change_seq`.
    pub change_seq: i64,
    /// The articles stored (duplicates left out), exactly as
    /// [`Store::articles_claims`] would read them back.
    pub stored: Vec<ArticleClaims>,
    /// Whether storing the batch also changed articles stored before it (a
    /// speaker of theirs became an organisation, see [`SpeakerMemo`]):
    /// the index must then read every article the batch's change sequence
    /// number marks, not only `stored`.
    pub touched_earlier_articles: bool,
}

/// How often (in claims) a bulk tag edit reports its progress.
const EDIT_PROGRESS_EVERY: usize = 1_000;

/// A manual country edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagEdit {
    /// The user adds the country.
    Add,
    /// The user removes the country.
    Remove,
}

impl Store {
    /// Stores a batch of analysed articles in one transaction: either all of
    /// them (minus duplicates) are committed, or none is.
    pub fn insert_articles(
        &self,
        articles: &[AnalyzedArticle],
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<InsertedBatch> {
        self.write(|tx| {
            let change_seq = next_change_seq(tx)?;
            let generation = super::read::generation(tx)?;
            let mut speakers = SpeakerMemo::new(change_seq);
            let mut outcomes = Vec::with_capacity(articles.len());
            let mut stored = Vec::with_capacity(articles.len());
            for article in articles {
                let (outcome, as_stored) = insert_article(tx, &mut speakers, article, now, change_seq)?;
                outcomes.push(outcome);
                stored.extend(as_stored);
            }
            let touched_earlier_articles = speakers.touched_articles;
            Ok(InsertedBatch { outcomes, generation, change_seq, stored, touched_earlier_articles })
        })
    }

    /// Replaces the extracted claims of an article with a fresh analysis;
    /// manual claims and manual tags are untouched.
    pub fn replace_extraction(&self, article_id: i64, analysis: &AnalyzedArticle) -> Result<()> {
        self.write(|tx| {
            let seq = next_change_seq(tx)?;
            tx.execute("DELETE FROM claims WHERE article_id = ?1 AND manual = 0", [article_id])?;
            tx.execute("DELETE FROM article_countries WHERE article_id = ?1", [article_id])?;
            insert_extraction(tx, &mut SpeakerMemo::new(seq), article_id, analysis)?;
            touch_articles(tx, &[article_id], seq)
        })
    }

    /// Applies manual country edits to claims, all or none of them (a bulk
    /// edit of many thousand claims is never left half done). Reports the
    /// claims done so far to `progress` every [`EDIT_PROGRESS_EVERY`].
    /// Returns the articles touched.
    pub fn edit_tags(
        &self,
        claim_ids: &[i64],
        edits: &[(String, TagEdit)],
        progress: &dyn Fn(usize),
    ) -> Result<Vec<i64>> {
        let now = chrono::Utc::now().to_rfc3339();
        self.write(|tx| {
            let seq = next_change_seq(tx)?;
            // Prepared once: a bulk edit runs them for every claim.
            let mut span_of = tx.prepare_cached("SELECT article_id, start, end FROM claims WHERE id = ?1")?;
            let mut record = tx.prepare_cached(
                "INSERT INTO manual_tags (article_id, start, end, code, action, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (article_id, start, end, code)
                 DO UPDATE SET action = excluded.action, created_at = excluded.created_at",
            )?;
            let mut articles = Vec::new();
            for (done, &claim_id) in claim_ids.iter().enumerate() {
                if done % EDIT_PROGRESS_EVERY == 0 && done > 0 {
                    progress(done);
                }
                let (article_id, start, end): (i64, i64, i64) = span_of
                    .query_row([claim_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .optional()?
                    .ok_or_else(|| Error::not_found("claim", claim_id))?;
                for (code, edit) in edits {
                    let action = match edit {
                        TagEdit::Add => "add",
                        TagEdit::Remove => "remove",
                    };
                    record.execute(params![article_id, start, end, code, action, now])?;
                }
                articles.push(article_id);
            }
            articles.sort_unstable();
            articles.dedup();
            touch_articles(tx, &articles, seq)?;
            progress(claim_ids.len());
            Ok(articles)
        })
    }

    /// Adds a claim the user marked by hand. Returns its id.
    pub fn add_manual_claim(
        &self,
        article_id: i64,
        span: (usize, usize),
        char_span: (usize, usize),
        kind: ClaimKind,
        speaker: Option<(&str, Option<&str>)>,
    ) -> Result<i64> {
        self.write(|tx| {
            let seq = next_change_seq(tx)?;
            let speaker_id = match speaker {
                Some((name, _)) => Some(library_speaker(tx, name, &name_key(name), SpeakerKind::Person)?.id),
                None => None,
            };
            let id = insert_claim_row(
                tx,
                &ClaimRow {
                    id: None,
                    article_id,
                    kind: kind.as_str(),
                    span,
                    char_span,
                    cue: None,
                    speaker_id,
                    speaker_mention: speaker.map(|(name, _)| name),
                    speaker_role: speaker.and_then(|(_, role)| role),
                    manual: true,
                },
            )?;
            touch_articles(tx, &[article_id], seq)?;
            Ok(id)
        })
    }

    /// Folds speaker `from` into `into`: its claims, name and aliases move
    /// over, and future imports of `from`'s name land on `into`. Returns the
    /// articles touched.
    pub fn merge_speakers(&self, from: i64, into: i64) -> Result<Vec<i64>> {
        if from == into {
            return Err(Error::InvalidInput("cannot merge a speaker into itself".into()));
        }
        self.write(|tx| {
            let seq = next_change_seq(tx)?;
            let from_name: String = tx
                .query_row("SELECT name FROM speakers WHERE id = ?1", [from], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("speaker", from))?;
            tx.query_row("SELECT 1 FROM speakers WHERE id = ?1", [into], |_| Ok(()))
                .optional()?
                .ok_or_else(|| Error::not_found("speaker", into))?;
            let mut stmt = tx.prepare("SELECT DISTINCT article_id FROM claims WHERE speaker_id = ?1")?;
            let articles: Vec<i64> = stmt.query_map([from], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            tx.execute("UPDATE claims SET speaker_id = ?2 WHERE speaker_id = ?1", [from, into])?;
            tx.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key)
                 SELECT ?2, alias, alias_key FROM speaker_aliases WHERE speaker_id = ?1",
                [from, into],
            )?;
            tx.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?1", [from])?;
            add_alias(tx, into, &from_name, &name_key(&from_name))?;
            tx.execute("UPDATE speakers SET merged_into = ?2 WHERE id = ?1", [from, into])?;
            tx.execute("UPDATE speakers SET merged_into = ?2 WHERE merged_into = ?1", [from, into])?;
            touch_articles(tx, &articles, seq)?;
            Ok(articles)
        })
    }

    /// Recounts the claims per kind that the database's triggers keep.
    pub fn recount_claims(&self) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM claim_counts", [])?;
            tx.execute("INSERT INTO claim_counts (kind, n) SELECT kind, COUNT(*) FROM claims GROUP BY kind", [])?;
            Ok(())
        })
    }

    /// Marks every article changed, so that the index rebuilds them all.
    pub fn touch_all(&self) -> Result<()> {
        self.write(|tx| {
            let seq = next_change_seq(tx)?;
            tx.execute("UPDATE articles SET change_seq = ?1", [seq])?;
            Ok(())
        })
    }
}

/// Stores one article unless it is a duplicate; returns its outcome and,
/// when stored, the article as the index reads it.
fn insert_article(
    tx: &Transaction<'_>,
    speakers: &mut SpeakerMemo,
    article: &AnalyzedArticle,
    now: chrono::DateTime<chrono::Utc>,
    seq: i64,
) -> Result<(InsertOutcome, Option<ArticleClaims>)> {
    let record = &article.record;
    let by_hash: Option<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
        .query_row([&article.content_hash], |r| r.get(0))
        .optional()?;
    if let Some(existing_id) = by_hash {
        return Ok((InsertOutcome::Duplicate { existing_id, reason: "content" }, None));
    }
    if let Some(url) = &record.url {
        let by_url: Option<i64> =
            tx.prepare_cached("SELECT id FROM articles WHERE url = ?1")?.query_row([url], |r| r.get(0)).optional()?;
        if let Some(existing_id) = by_url {
            return Ok((InsertOutcome::Duplicate { existing_id, reason: "url" }, None));
        }
    }
    tx.prepare_cached(
        "INSERT INTO articles (source_id, title, outlet, author, url, published, imported_at,
                               content_hash, body, change_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        record.source_id,
        record.title,
        record.outlet,
        record.author,
        record.url,
        record.published.map(|d| d.to_string()),
        now.to_rfc3339(),
        article.content_hash,
        record.body,
        seq,
    ])?;
    let id = tx.last_insert_rowid();
    let inserted = insert_extraction(tx, speakers, id, article)?;
    let summary = ArticleSummary {
        id,
        title: record.title.clone(),
        outlet: record.outlet.clone(),
        author: record.author.clone(),
        url: record.url.clone(),
        published: record.published,
    };
    let as_stored = stored_claims(article, summary, seq, inserted);
    Ok((InsertOutcome::Inserted { id, claims: article.claims.len() as u64 }, Some(as_stored)))
}

/// A new article's claims as reading them back would give them: in text
/// order, with the library's speaker (after merges) and the tags the table
/// kept (the first of each country). A new article has no manual tags, so
/// these are its effective tags.
fn stored_claims(
    article: &AnalyzedArticle,
    summary: ArticleSummary,
    change_seq: i64,
    inserted: Vec<InsertedClaim>,
) -> ArticleClaims {
    let body = &article.record.body;
    let mut claims: Vec<Claim> = article
        .claims
        .iter()
        .zip(inserted)
        .map(|(claim, InsertedClaim { id, speaker })| {
            let mut countries: Vec<CountryTag> = Vec::with_capacity(claim.tags.len());
            for tag in &claim.tags {
                if !countries.iter().any(|kept| kept.code == tag.code) {
                    countries.push(CountryTag {
                        code: tag.code.to_string(),
                        source: tag.source,
                        evidence: tag.evidence.clone(),
                    });
                }
            }
            Claim {
                id,
                article_id: summary.id,
                kind: claim.kind,
                text: body.get(claim.start..claim.end).unwrap_or_default().to_string(),
                start: claim.start,
                end: claim.end,
                char_start: claim.char_start,
                char_end: claim.char_end,
                cue: claim.cue.clone(),
                speaker: claim.speaker.as_ref().zip(speaker).map(|(mentioned, library)| ClaimSpeaker {
                    id: library.id,
                    name: library.name,
                    role: mentioned.resolved.role.clone(),
                    kind: library.kind,
                    mention: mentioned.mention.clone(),
                }),
                countries,
                manual: false,
                article: summary.clone(),
            }
        })
        .collect();
    // The order of reading back: by span, then by id (insertion order).
    claims.sort_by_key(|claim| (claim.start, claim.end));
    ArticleClaims { article: summary, change_seq, claims }
}

/// A claim row just inserted: its id and the library speaker it went to.
struct InsertedClaim {
    id: i64,
    speaker: Option<LibrarySpeaker>,
}

fn insert_extraction(
    tx: &Transaction<'_>,
    speakers: &mut SpeakerMemo,
    article_id: i64,
    article: &AnalyzedArticle,
) -> Result<Vec<InsertedClaim>> {
    let mut country_stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO article_countries (article_id, code, evidence) VALUES (?1, ?2, ?3)")?;
    for country in &article.countries {
        country_stmt.execute(params![article_id, country.code, country.evidence.join("; ")])?;
    }
    article.claims.iter().map(|claim| insert_claim(tx, speakers, article_id, claim)).collect()
}

fn insert_claim(
    tx: &Transaction<'_>,
    speakers: &mut SpeakerMemo,
    article_id: i64,
    claim: &AnalyzedClaim,
) -> Result<InsertedClaim> {
    let speaker = match &claim.speaker {
        Some(s) => Some(speakers.speaker(tx, &s.resolved.name, s.resolved.kind, &s.mention)?),
        None => None,
    };
    let speaker_id = speaker.as_ref().map(|s| s.id);
    let claim_id = insert_claim_row(
        tx,
        &ClaimRow {
            id: None,
            article_id,
            kind: claim.kind.as_str(),
            span: (claim.start, claim.end),
            char_span: (claim.char_start, claim.char_end),
            cue: claim.cue.as_deref(),
            speaker_id,
            speaker_mention: claim.speaker.as_ref().map(|s| s.mention.as_str()),
            speaker_role: claim.speaker.as_ref().and_then(|s| s.resolved.role.as_deref()),
            manual: false,
        },
    )?;
    let mut tag_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO claim_countries (claim_id, code, source, evidence) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for tag in &claim.tags {
        tag_stmt.execute(params![claim_id, tag.code, tag.source.as_str(), tag.evidence])?;
    }
    Ok(InsertedClaim { id: claim_id, speaker })
}

/// One row of the `claims` table, as every writer of claims (import,
/// claims added by hand, loading a dump) inserts it.
pub(super) struct ClaimRow<'a> {
    /// The id to keep (loading a dump into an empty library), else a new one.
    pub id: Option<i64>,
    pub article_id: i64,
    pub kind: &'a str,
    /// Byte offsets into the body.
    pub span: (usize, usize),
    /// Character offsets into the body.
    pub char_span: (usize, usize),
    pub cue: Option<&'a str>,
    pub speaker_id: Option<i64>,
    pub speaker_mention: Option<&'a str>,
    pub speaker_role: Option<&'a str>,
    pub manual: bool,
}

/// Inserts a claim row; returns its id.
pub(super) fn insert_claim_row(tx: &Transaction<'_>, row: &ClaimRow<'_>) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO claims (id, article_id, kind, start, end, char_start, char_end, cue,
                             speaker_id, speaker_mention, speaker_role, manual)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        row.id,
        row.article_id,
        row.kind,
        row.span.0 as i64,
        row.span.1 as i64,
        row.char_span.0 as i64,
        row.char_span.1 as i64,
        row.cue,
        row.speaker_id,
        row.speaker_mention,
        row.speaker_role,
        row.manual,
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Case- and punctuation-insensitive key for names ("Japan’s Foreign
/// Ministry" and "Japan's foreign ministry" are one speaker).
pub(crate) fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// A library-wide speaker as a claim shows it.
#[derive(Clone)]
struct LibrarySpeaker {
    id: i64,
    /// The name the library keeps (the first form seen, or the speaker
    /// merged into).
    name: String,
    kind: SpeakerKind,
}

/// The library speakers and aliases one write transaction has already
/// looked up or written, so that a batch asks the database once per
/// speaker, not once per claim (speakers mostly speak several times).
struct SpeakerMemo {
    speakers: HashMap<(SpeakerKind, String), LibrarySpeaker>,
    aliases: HashSet<(i64, String)>,
    /// The transaction's change sequence number, which marks the articles
    /// it changes.
    change_seq: i64,
    /// Whether a speaker became an organisation, which changed the
    /// articles of its earlier claims.
    touched_articles: bool,
}

impl SpeakerMemo {
    fn new(change_seq: i64) -> Self {
        SpeakerMemo { speakers: HashMap::new(), aliases: HashSet::new(), change_seq, touched_articles: false }
    }

    /// Finds or creates the library-wide speaker for a resolved name,
    /// following merges the user made, and records the mention as an alias
    /// when it is a name (not a pronoun or description).
    fn speaker(
        &mut self,
        tx: &Transaction<'_>,
        name: &str,
        kind: SpeakerKind,
        mention: &str,
    ) -> Result<LibrarySpeaker> {
        let key = name_key(name);
        let mention_key = name_key(mention);
        let mention_is_alias = kind != SpeakerKind::Unnamed
            && mention.chars().next().is_some_and(char::is_uppercase)
            && !PRONOUNS.contains(&mention_key.as_str())
            && mention_key != key;
        let identity = if names_one_body(name, kind) { SpeakerKind::Organization } else { kind };
        let slot = match self.speakers.entry((identity, key)) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(slot) => {
                let found = library_speaker(tx, name, &slot.key().1, kind)?;
                slot.insert(found)
            }
        };
        // An article that shows a one-word name to be an organisation's
        // makes the speaker, stored so far as a person, an organisation:
        // the articles of its claims change with it.
        let shown_a_body = kind == SpeakerKind::Organization && slot.kind == SpeakerKind::Person;
        if shown_a_body && names_one_body(&slot.name, slot.kind) {
            tx.prepare_cached("UPDATE speakers SET kind = ?2 WHERE id = ?1")?
                .execute(params![slot.id, SpeakerKind::Organization.as_str()])?;
            let articles: Vec<i64> = tx
                .prepare_cached("SELECT DISTINCT article_id FROM claims WHERE speaker_id = ?1")?
                .query_map([slot.id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            touch_articles(tx, &articles, self.change_seq)?;
            self.touched_articles |= !articles.is_empty();
            slot.kind = SpeakerKind::Organization;
        }
        let speaker = slot.clone();
        if mention_is_alias && self.aliases.insert((speaker.id, mention_key.clone())) {
            add_alias(tx, speaker.id, mention, &mention_key)?;
        }
        Ok(speaker)
    }
}

/// Whether a name is one speaker whether it was read as a person's or as
/// an organisation's: a name of one word ("Microsoft", "Yukos"), which an
/// article shows to be an organisation only when it writes it as one
/// ("Yukos's shares", "an analyst at Gartner"), so that articles read the
/// same name both ways. The library keeps one speaker for it, an
/// organisation once any article showed it to be one.
fn names_one_body(name: &str, kind: SpeakerKind) -> bool {
    matches!(kind, SpeakerKind::Person | SpeakerKind::Organization) && !name.contains(char::is_whitespace)
}

/// Finds or creates the library-wide speaker of `name` (whose
/// [`name_key`] is `key`), following merges the user made.
fn library_speaker(tx: &Transaction<'_>, name: &str, key: &str, kind: SpeakerKind) -> Result<LibrarySpeaker> {
    let existing: Option<(i64, String, String, Option<i64>)> = if names_one_body(name, kind) {
        tx.prepare_cached(
            "SELECT id, name, kind, merged_into FROM speakers
             WHERE name_key = ?1 AND kind IN ('person', 'organization')
             ORDER BY kind = 'organization' DESC, id LIMIT 1",
        )?
        .query_row(params![key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?
    } else {
        tx.prepare_cached("SELECT id, name, kind, merged_into FROM speakers WHERE name_key = ?1 AND kind = ?2")?
            .query_row(params![key, kind.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?
    };
    Ok(match existing {
        Some((_, _, _, Some(merged_into))) => {
            tx.prepare_cached("SELECT name, kind FROM speakers WHERE id = ?1")?.query_row([merged_into], |r| {
                let kind: String = r.get(1)?;
                Ok(LibrarySpeaker {
                    id: merged_into,
                    name: r.get(0)?,
                    kind: SpeakerKind::parse(&kind).unwrap_or(SpeakerKind::Person),
                })
            })?
        }
        Some((id, stored_name, stored_kind, None)) => {
            LibrarySpeaker { id, name: stored_name, kind: SpeakerKind::parse(&stored_kind).unwrap_or(kind) }
        }
        None => {
            tx.prepare_cached("INSERT INTO speakers (name, name_key, kind) VALUES (?1, ?2, ?3)")?.execute(params![
                name,
                key,
                kind.as_str()
            ])?;
            LibrarySpeaker { id: tx.last_insert_rowid(), name: name.to_string(), kind }
        }
    })
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

fn add_alias(tx: &Transaction<'_>, speaker_id: i64, alias: &str, alias_key: &str) -> Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?1, ?2, ?3)")?
        .execute(params![speaker_id, alias, alias_key])?;
    Ok(())
}

fn next_change_seq(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq' RETURNING CAST(value AS INTEGER)",
        [],
        |r| r.get(0),
    )?)
}

fn touch_articles(tx: &Transaction<'_>, article_ids: &[i64], seq: i64) -> Result<()> {
    let mut stmt = tx.prepare_cached("UPDATE articles SET change_seq = ?2 WHERE id = ?1")?;
    for id in article_ids {
        stmt.execute([*id, seq])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn name_key_ignores_case_and_apostrophe_style() {
        assert_eq!(name_key("Japan’s Foreign Ministry"), name_key("japan's  foreign ministry"));
        assert_eq!(name_key("Kurt Tong"), "kurt tong");
    }
}
