//! A library as a JSON Lines dump, and back: every article with its body,
//! metadata, article-level countries, claims (extracted and manual) with
//! their country tags, every speaker with aliases and merges, and the
//! user's manual tags — stored values, not a re-extraction, so that a load
//! reproduces exactly what the user had.
//!
//! Why a dump besides the SQLite backup: it is readable, diffable and
//! independent of the schema version, so it survives any future migration
//! and can be loaded into a library that already holds articles (the dump's
//! duplicates are skipped, ids are renumbered).
//!
//! Format: the first line is a header `{"type":"header","format":"dossier-dump",...}`,
//! then one `{"type":"speaker",...}` line per speaker, then one
//! `{"type":"article",...}` line per article.

use super::write::{insert_claim_row, ClaimRow};
use super::Store;
use crate::commands::{DumpReport, LoadReport};
use crate::error::{Error, Result};
use crate::model::{ClaimKind, SpeakerKind, TagSource};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::Path;

/// The value of the header's `format` field.
pub const DUMP_FORMAT: &str = "dossier-dump";
/// The dump format version this build writes and reads.
pub const DUMP_VERSION: u32 = 1;

/// One line of a dump.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DumpLine {
    /// First line: what the file is.
    Header {
        /// Always [`DUMP_FORMAT`].
        format: String,
        /// Dump format version.
        version: u32,
        /// Schema version of the library it came from (informative).
        schema_version: i64,
        /// When it was written (RFC 3339).
        exported_at: String,
    },
    /// A speaker.
    Speaker(DumpSpeaker),
    /// An article with everything attached to it.
    Article(Box<DumpArticle>),
}

/// A speaker as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpSpeaker {
    /// Id in the dumped library.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// Matching key of the name.
    pub name_key: String,
    /// `person`, `organization` or `unnamed`.
    pub kind: String,
    /// The speaker it was merged into by the user, if any.
    pub merged_into: Option<i64>,
    /// Other names.
    pub aliases: Vec<DumpAlias>,
}

/// A speaker's other name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpAlias {
    /// The name as written.
    pub alias: String,
    /// Its matching key.
    pub alias_key: String,
}

/// An article as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpArticle {
    /// Id in the dumped library.
    pub id: i64,
    /// Source id (JSONL `id`).
    pub source_id: Option<String>,
    /// Title.
    pub title: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Import time (RFC 3339).
    pub imported_at: String,
    /// Content hash (duplicate detection).
    pub content_hash: String,
    /// Body text.
    pub body: String,
    /// Countries the article mentions.
    pub countries: Vec<DumpArticleCountry>,
    /// Claims, extracted and manual.
    pub claims: Vec<DumpClaim>,
    /// The user's country edits, keyed by claim span.
    pub manual_tags: Vec<DumpManualTag>,
}

/// A country the article mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpArticleCountry {
    /// ISO code.
    pub code: String,
    /// Evidence text.
    pub evidence: String,
}

/// A claim as stored (tags are the extracted ones; manual edits are in
/// the article's `manual_tags`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpClaim {
    /// Id in the dumped library.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// Byte span in the body.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Character span in the body.
    pub char_start: usize,
    /// Character end (exclusive).
    pub char_end: usize,
    /// Cue words.
    pub cue: Option<String>,
    /// Speaker id in the dumped library.
    pub speaker_id: Option<i64>,
    /// How the article named the speaker.
    pub speaker_mention: Option<String>,
    /// Role as the article states it.
    pub speaker_role: Option<String>,
    /// Added by hand.
    pub manual: bool,
    /// Extracted country tags.
    pub countries: Vec<DumpClaimCountry>,
}

/// An extracted country tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpClaimCountry {
    /// ISO code.
    pub code: String,
    /// `mentioned`, `speaker`, `context` or `manual`.
    pub source: String,
    /// Evidence text.
    pub evidence: String,
}

/// A manual country edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpManualTag {
    /// Span start of the claim it applies to.
    pub start: usize,
    /// Span end.
    pub end: usize,
    /// ISO code.
    pub code: String,
    /// `add` or `remove`.
    pub action: String,
    /// When the user made it.
    pub created_at: String,
}

impl Store {
    /// Writes the whole library as dump lines to `out`, from one consistent
    /// snapshot (one read transaction).
    pub fn dump_into(&self, out: &mut impl Write) -> Result<DumpReport> {
        self.read(|tx| write_dump(tx, out))
    }

    /// Adds a dump's lines to the library in one transaction: all of them,
    /// or nothing when any line is bad. Into an empty library the dumped ids
    /// are kept; otherwise ids are renumbered and articles already present
    /// are skipped as duplicates. `source` names the file in messages.
    pub fn load_from(&self, reader: impl BufRead, source: &Path) -> Result<LoadReport> {
        self.write(|tx| load_lines(tx, reader, source))
    }
}

fn write_dump(tx: &Transaction<'_>, out: &mut impl Write) -> Result<DumpReport> {
    let mut report = DumpReport::default();
    let mut emit = |line: &DumpLine| -> Result<()> {
        serde_json::to_writer(&mut *out, line).map_err(|e| Error::io("writing the dump", e.into()))?;
        out.write_all(b"\n").map_err(|e| Error::io("writing the dump", e))
    };
    emit(&DumpLine::Header {
        format: DUMP_FORMAT.to_string(),
        version: DUMP_VERSION,
        schema_version: crate::store::SCHEMA_VERSION,
        exported_at: chrono::Utc::now().to_rfc3339(),
    })?;

    let mut alias_stmt =
        tx.prepare("SELECT alias, alias_key FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY alias_key")?;
    let mut speaker_stmt = tx.prepare("SELECT id, name, name_key, kind, merged_into FROM speakers ORDER BY id")?;
    let speakers = speaker_stmt.query_map([], |r| {
        Ok(DumpSpeaker {
            id: r.get(0)?,
            name: r.get(1)?,
            name_key: r.get(2)?,
            kind: r.get(3)?,
            merged_into: r.get(4)?,
            aliases: Vec::new(),
        })
    })?;
    for speaker in speakers {
        let mut speaker = speaker?;
        speaker.aliases = alias_stmt
            .query_map([speaker.id], |r| Ok(DumpAlias { alias: r.get(0)?, alias_key: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        emit(&DumpLine::Speaker(speaker))?;
        report.speakers += 1;
    }

    let mut country_stmt =
        tx.prepare("SELECT code, evidence FROM article_countries WHERE article_id = ?1 ORDER BY rowid")?;
    let mut claim_stmt = tx.prepare(
        "SELECT id, kind, start, end, char_start, char_end, cue, speaker_id, speaker_mention, speaker_role, manual
         FROM claims WHERE article_id = ?1 ORDER BY id",
    )?;
    let mut tag_stmt =
        tx.prepare("SELECT code, source, evidence FROM claim_countries WHERE claim_id = ?1 ORDER BY rowid")?;
    let mut manual_stmt = tx.prepare(
        "SELECT start, end, code, action, created_at FROM manual_tags WHERE article_id = ?1
         ORDER BY start, end, code",
    )?;
    let mut article_stmt = tx.prepare(
        "SELECT id, source_id, title, outlet, author, url, published, imported_at, content_hash, body
         FROM articles ORDER BY id",
    )?;
    let articles = article_stmt.query_map([], |r| {
        Ok(DumpArticle {
            id: r.get(0)?,
            source_id: r.get(1)?,
            title: r.get(2)?,
            outlet: r.get(3)?,
            author: r.get(4)?,
            url: r.get(5)?,
            published: r.get(6)?,
            imported_at: r.get(7)?,
            content_hash: r.get(8)?,
            body: r.get(9)?,
            countries: Vec::new(),
            claims: Vec::new(),
            manual_tags: Vec::new(),
        })
    })?;
    for article in articles {
        let mut article = article?;
        article.countries = country_stmt
            .query_map([article.id], |r| Ok(DumpArticleCountry { code: r.get(0)?, evidence: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        article.claims = claim_stmt
            .query_map([article.id], |r| {
                Ok(DumpClaim {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    start: r.get::<_, i64>(2)? as usize,
                    end: r.get::<_, i64>(3)? as usize,
                    char_start: r.get::<_, i64>(4)? as usize,
                    char_end: r.get::<_, i64>(5)? as usize,
                    cue: r.get(6)?,
                    speaker_id: r.get(7)?,
                    speaker_mention: r.get(8)?,
                    speaker_role: r.get(9)?,
                    manual: r.get::<_, i64>(10)? != 0,
                    countries: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        for claim in &mut article.claims {
            claim.countries = tag_stmt
                .query_map([claim.id], |r| {
                    Ok(DumpClaimCountry { code: r.get(0)?, source: r.get(1)?, evidence: r.get(2)? })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        article.manual_tags = manual_stmt
            .query_map([article.id], |r| {
                Ok(DumpManualTag {
                    start: r.get::<_, i64>(0)? as usize,
                    end: r.get::<_, i64>(1)? as usize,
                    code: r.get(2)?,
                    action: r.get(3)?,
                    created_at: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        report.articles += 1;
        report.claims += article.claims.len() as u64;
        report.manual_claims += article.claims.iter().filter(|c| c.manual).count() as u64;
        report.manual_tags += article.manual_tags.len() as u64;
        emit(&DumpLine::Article(Box::new(article)))?;
    }
    Ok(report)
}

/// Speaker ids of the dump mapped to ids in the library.
struct Loader<'a, 'b> {
    tx: &'a Transaction<'b>,
    keep_ids: bool,
    change_seq: i64,
    speakers: HashMap<i64, i64>,
    merges: Vec<(i64, i64)>,
    report: LoadReport,
}

fn load_lines(tx: &Transaction<'_>, reader: impl BufRead, path: &Path) -> Result<LoadReport> {
    let empty: bool =
        tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM speakers)", [], |r| {
            r.get(0)
        })?;
    let change_seq: i64 = tx.query_row(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq' RETURNING CAST(value AS INTEGER)",
        [],
        |r| r.get(0),
    )?;
    let mut loader = Loader {
        tx,
        keep_ids: empty,
        change_seq,
        speakers: HashMap::new(),
        merges: Vec::new(),
        report: LoadReport { path: path.display().to_string(), ..Default::default() },
    };
    let mut seen_header = false;
    for (number, line) in reader.lines().enumerate() {
        let at = |message: String| Error::InvalidInput(format!("{}:{}: {message}", path.display(), number + 1));
        let line = line.map_err(|e| Error::io(format!("reading {}:{}", path.display(), number + 1), e))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: DumpLine = serde_json::from_str(&line).map_err(|e| match seen_header {
            true => at(format!("not a dump line: {e}")),
            false => at(format!("not a Dossier dump: the first line must be the {DUMP_FORMAT} header")),
        })?;
        match parsed {
            DumpLine::Header { format, version, .. } => {
                if seen_header || number != 0 {
                    return Err(at("the header may only be the first line".into()));
                }
                if format != DUMP_FORMAT || version != DUMP_VERSION {
                    return Err(at(format!(
                        "format {format} version {version} is not one this Dossier reads ({DUMP_FORMAT} version {DUMP_VERSION})"
                    )));
                }
                seen_header = true;
            }
            _ if !seen_header => {
                return Err(at(format!("not a Dossier dump: the first line must be the {DUMP_FORMAT} header")))
            }
            DumpLine::Speaker(speaker) => loader.speaker(speaker).map_err(|e| at(e.to_string()))?,
            DumpLine::Article(article) => loader.article(*article).map_err(|e| at(e.to_string()))?,
        }
    }
    if !seen_header {
        return Err(Error::InvalidInput(format!("{} is empty: not a Dossier dump", path.display())));
    }
    loader.apply_merges()?;
    Ok(loader.report)
}

impl Loader<'_, '_> {
    fn speaker(&mut self, speaker: DumpSpeaker) -> Result<()> {
        if SpeakerKind::parse(&speaker.kind).is_none() {
            return Err(Error::InvalidInput(format!("speaker {}: unknown kind `{}`", speaker.id, speaker.kind)));
        }
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM speakers WHERE name_key = ?1 AND kind = ?2",
                params![speaker.name_key, speaker.kind],
                |r| r.get(0),
            )
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                self.tx.execute(
                    "INSERT INTO speakers (id, name, name_key, kind) VALUES (?1, ?2, ?3, ?4)",
                    params![self.keep_ids.then_some(speaker.id), speaker.name, speaker.name_key, speaker.kind],
                )?;
                self.report.speakers += 1;
                self.tx.last_insert_rowid()
            }
        };
        for alias in &speaker.aliases {
            self.tx.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?1, ?2, ?3)",
                params![id, alias.alias, alias.alias_key],
            )?;
        }
        if let Some(into) = speaker.merged_into {
            self.merges.push((speaker.id, into));
        }
        self.speakers.insert(speaker.id, id);
        Ok(())
    }

    fn article(&mut self, article: DumpArticle) -> Result<()> {
        let duplicate: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM articles WHERE content_hash = ?1 OR (url IS NOT NULL AND url = ?2)",
                params![article.content_hash, article.url],
                |r| r.get(0),
            )
            .optional()?;
        if duplicate.is_some() {
            self.report.duplicates += 1;
            return Ok(());
        }
        validate_article(&article)?;
        self.tx.execute(
            "INSERT INTO articles (id, source_id, title, outlet, author, url, published, imported_at,
                                   content_hash, body, change_seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                self.keep_ids.then_some(article.id),
                article.source_id,
                article.title,
                article.outlet,
                article.author,
                article.url,
                article.published,
                article.imported_at,
                article.content_hash,
                article.body,
                self.change_seq,
            ],
        )?;
        let article_id = self.tx.last_insert_rowid();
        for country in &article.countries {
            self.tx.execute(
                "INSERT OR IGNORE INTO article_countries (article_id, code, evidence) VALUES (?1, ?2, ?3)",
                params![article_id, country.code, country.evidence],
            )?;
        }
        for claim in &article.claims {
            let speaker_id = match claim.speaker_id {
                Some(id) => Some(*self.speakers.get(&id).ok_or_else(|| {
                    Error::InvalidInput(format!("claim {} names speaker {id}, which the dump does not list", claim.id))
                })?),
                None => None,
            };
            let claim_id = insert_claim_row(
                self.tx,
                &ClaimRow {
                    id: self.keep_ids.then_some(claim.id),
                    article_id,
                    kind: &claim.kind,
                    span: (claim.start, claim.end),
                    char_span: (claim.char_start, claim.char_end),
                    cue: claim.cue.as_deref(),
                    speaker_id,
                    speaker_mention: claim.speaker_mention.as_deref(),
                    speaker_role: claim.speaker_role.as_deref(),
                    manual: claim.manual,
                },
            )?;
            for tag in &claim.countries {
                self.tx.execute(
                    "INSERT OR IGNORE INTO claim_countries (claim_id, code, source, evidence) VALUES (?1, ?2, ?3, ?4)",
                    params![claim_id, tag.code, tag.source, tag.evidence],
                )?;
            }
        }
        for tag in &article.manual_tags {
            self.tx.execute(
                "INSERT OR REPLACE INTO manual_tags (article_id, start, end, code, action, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![article_id, tag.start as i64, tag.end as i64, tag.code, tag.action, tag.created_at],
            )?;
        }
        self.report.articles += 1;
        self.report.claims += article.claims.len() as u64;
        self.report.manual_tags += article.manual_tags.len() as u64;
        Ok(())
    }

    /// Applies the dump's speaker merges once every speaker is known (a
    /// speaker may be merged into one listed after it).
    fn apply_merges(&mut self) -> Result<()> {
        for &(from, into) in &self.merges {
            let (Some(&from_id), Some(&into_id)) = (self.speakers.get(&from), self.speakers.get(&into)) else {
                return Err(Error::InvalidInput(format!(
                    "speaker {from} is merged into speaker {into}, which the dump does not list"
                )));
            };
            if from_id != into_id {
                self.tx.execute(
                    "UPDATE speakers SET merged_into = ?2 WHERE id = ?1 AND merged_into IS NULL",
                    [from_id, into_id],
                )?;
            }
        }
        Ok(())
    }
}

/// Rejects what the rest of the engine could not handle: unknown kinds and
/// sources, spans outside the body or off character boundaries.
fn validate_article(article: &DumpArticle) -> Result<()> {
    let invalid = |message: String| Err(Error::InvalidInput(format!("article {}: {message}", article.id)));
    if let Some(date) = &article.published {
        if date.parse::<chrono::NaiveDate>().is_err() {
            return invalid(format!("published date `{date}` is not YYYY-MM-DD"));
        }
    }
    let body = &article.body;
    let span_ok = |start: usize, end: usize| start <= end && body.is_char_boundary(start) && body.is_char_boundary(end);
    for claim in &article.claims {
        if ClaimKind::parse(&claim.kind).is_none() {
            return invalid(format!("claim {} has unknown kind `{}`", claim.id, claim.kind));
        }
        if !span_ok(claim.start, claim.end) {
            return invalid(format!("claim {} spans {}..{}, outside the body", claim.id, claim.start, claim.end));
        }
        if let Some(tag) = claim.countries.iter().find(|t| TagSource::parse(&t.source).is_none()) {
            return invalid(format!("claim {} has a tag with unknown source `{}`", claim.id, tag.source));
        }
    }
    if let Some(tag) = article.manual_tags.iter().find(|t| t.action != "add" && t.action != "remove") {
        return invalid(format!("manual tag {} has action `{}`; expected add or remove", tag.code, tag.action));
    }
    Ok(())
}
