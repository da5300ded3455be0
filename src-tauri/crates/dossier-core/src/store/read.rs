//! Everything that reads the database. Claims are always returned with their
//! effective country tags: extracted tags minus the user's removals plus the
//! user's additions.

use super::write::name_key;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{Article, ArticleSummary, Claim, ClaimSpeaker, CountryTag, Speaker, TagSource};
use dossier_extract::{ClaimKind, SpeakerKind};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use std::collections::HashMap;

/// An article's metadata and claims, as the index needs them.
#[derive(Debug, Clone)]
pub struct ArticleClaims {
    /// The article.
    pub article: ArticleSummary,
    /// Its change sequence number.
    pub change_seq: i64,
    /// Its claims with effective tags.
    pub claims: Vec<Claim>,
}

/// A speaker's identity, for filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    /// Library id (after following merges).
    pub id: i64,
    /// Canonical name.
    pub name: String,
}

/// How much the library holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Claims.
    pub claims: u64,
    /// Speakers (after merges).
    pub speakers: u64,
    /// Claims per kind, most first.
    pub claims_by_kind: Vec<(String, u64)>,
}

/// The database's lineage id (new after a restore), as the index records it.
pub(super) fn generation(tx: &Transaction<'_>) -> Result<String> {
    Ok(tx.query_row("SELECT value FROM meta WHERE key = 'generation'", [], |r| r.get(0))?)
}

const SUMMARY_COLUMNS: &str = "id, title, outlet, author, url, published";

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    let published: Option<String> = row.get(5)?;
    Ok(ArticleSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        outlet: row.get(2)?,
        author: row.get(3)?,
        url: row.get(4)?,
        published: published.and_then(|d| d.parse().ok()),
    })
}

impl Store {
    /// The database's change counter and lineage id.
    pub fn change_state(&self) -> Result<(i64, String)> {
        self.read(|tx| {
            let seq: String = tx.query_row("SELECT value FROM meta WHERE key = 'change_seq'", [], |r| r.get(0))?;
            Ok((seq.parse().unwrap_or(0), generation(tx)?))
        })
    }

    /// A whole article.
    pub fn article(&self, id: i64) -> Result<Article> {
        self.read(|tx| {
            tx.query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, source_id, imported_at, content_hash, body FROM articles WHERE id = ?1"
                ),
                [id],
                |row| {
                    let imported_at: String = row.get(7)?;
                    Ok(Article {
                        summary: summary_from_row(row)?,
                        source_id: row.get(6)?,
                        imported_at: chrono::DateTime::parse_from_rfc3339(&imported_at)
                            .map(|d| d.with_timezone(&chrono::Utc))
                            .unwrap_or_default(),
                        content_hash: row.get(8)?,
                        body: row.get(9)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::not_found("article", id))
        })
    }

    /// An article's claims in text order, with effective tags.
    pub fn article_claims(&self, article_id: i64) -> Result<ArticleClaims> {
        self.read(|tx| load_article_claims(tx, article_id)?.ok_or_else(|| Error::not_found("article", article_id)))
    }

    /// One claim.
    pub fn claim(&self, claim_id: i64) -> Result<Claim> {
        self.read(|tx| {
            let article_id: i64 = tx
                .query_row("SELECT article_id FROM claims WHERE id = ?1", [claim_id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("claim", claim_id))?;
            let loaded = load_article_claims(tx, article_id)?.ok_or_else(|| Error::not_found("claim", claim_id))?;
            loaded.claims.into_iter().find(|c| c.id == claim_id).ok_or_else(|| Error::not_found("claim", claim_id))
        })
    }

    /// `(id, change_seq)` of articles changed after `after` = `(seq, id)` in
    /// `(change_seq, id)` order, up to `upto`, at most `limit`.
    pub fn articles_changed_after(&self, after: (i64, i64), upto: i64, limit: usize) -> Result<Vec<(i64, i64)>> {
        self.read(|tx| {
            let mut stmt = tx.prepare_cached(
                "SELECT id, change_seq FROM articles
                 WHERE (change_seq, id) > (?1, ?2) AND change_seq <= ?3
                 ORDER BY change_seq, id LIMIT ?4",
            )?;
            let rows = stmt.query_map(params![after.0, after.1, upto, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// How many articles changed in `(since, upto]`.
    pub fn articles_changed_count(&self, since: i64, upto: i64) -> Result<u64> {
        self.read(|tx| {
            Ok(tx.query_row(
                "SELECT COUNT(*) FROM articles WHERE change_seq > ?1 AND change_seq <= ?2",
                [since, upto],
                |r| r.get::<_, i64>(0),
            )? as u64)
        })
    }

    /// Several articles' claims in one snapshot.
    pub fn articles_claims(&self, article_ids: &[i64]) -> Result<Vec<ArticleClaims>> {
        self.read(|tx| {
            let mut out = Vec::with_capacity(article_ids.len());
            for &id in article_ids {
                if let Some(loaded) = load_article_claims(tx, id)? {
                    out.push(loaded);
                }
            }
            Ok(out)
        })
    }

    /// Every article id, ascending.
    pub fn article_ids(&self) -> Result<Vec<i64>> {
        self.read(|tx| {
            let mut stmt = tx.prepare("SELECT id FROM articles ORDER BY id")?;
            let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })
    }

    /// Finds a speaker by id, name or alias (case-insensitive), following merges.
    pub fn find_speaker(&self, name_or_id: &str) -> Result<Option<SpeakerRef>> {
        self.read(|tx| {
            let key = name_key(name_or_id);
            let mut id: Option<i64> = match name_or_id.trim().parse::<i64>() {
                Ok(id) => tx.query_row("SELECT id FROM speakers WHERE id = ?1", [id], |r| r.get(0)).optional()?,
                Err(_) => None,
            };
            if id.is_none() {
                id = tx
                    .query_row(
                        "SELECT COALESCE(merged_into, id) FROM speakers WHERE name_key = ?1
                         ORDER BY merged_into IS NOT NULL LIMIT 1",
                        [&key],
                        |r| r.get(0),
                    )
                    .optional()?;
            }
            if id.is_none() {
                id = tx
                    .query_row("SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?1 LIMIT 1", [&key], |r| {
                        r.get(0)
                    })
                    .optional()?;
            }
            let Some(id) = id else { return Ok(None) };
            let (id, name) = tx.query_row(
                "SELECT s.id, s.name FROM speakers s
                 WHERE s.id = COALESCE((SELECT merged_into FROM speakers WHERE id = ?1), ?1)",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(Some(SpeakerRef { id, name }))
        })
    }

    /// Speakers with claim counts, most claims first; `filter` matches names
    /// and aliases. Returns the total and one page.
    pub fn speakers(&self, filter: Option<&str>, limit: usize, offset: usize) -> Result<(u64, Vec<Speaker>)> {
        self.read(|tx| {
            let pattern = format!("%{}%", filter.map(name_key).unwrap_or_default());
            let base = "FROM speakers s WHERE s.merged_into IS NULL AND (s.name_key LIKE ?1 OR EXISTS
                        (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.alias_key LIKE ?1))";
            let total: i64 = tx.query_row(&format!("SELECT COUNT(*) {base}"), [&pattern], |r| r.get(0))?;
            let mut stmt = tx.prepare(&format!(
                "SELECT s.id, s.name, s.kind,
                        (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id) AS n,
                        (SELECT c.speaker_role FROM claims c WHERE c.speaker_id = s.id AND c.speaker_role IS NOT NULL
                         ORDER BY c.id DESC LIMIT 1)
                 {base} ORDER BY n DESC, s.name LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = stmt.query_map(params![pattern, limit as i64, offset as i64], |r| {
                let kind: String = r.get(2)?;
                Ok(Speaker {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: SpeakerKind::parse(&kind).unwrap_or(SpeakerKind::Person),
                    claims: r.get::<_, i64>(3)? as u64,
                    role: r.get(4)?,
                    aliases: Vec::new(),
                })
            })?;
            let mut speakers: Vec<Speaker> = rows.collect::<rusqlite::Result<_>>()?;
            let mut alias_stmt =
                tx.prepare_cached("SELECT alias FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY alias")?;
            for speaker in &mut speakers {
                speaker.aliases = alias_stmt.query_map([speaker.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            }
            Ok((total as u64, speakers))
        })
    }

    /// One speaker by id.
    pub fn speaker(&self, id: i64) -> Result<Speaker> {
        let name = self
            .read(|tx| {
                Ok(tx
                    .query_row("SELECT name FROM speakers WHERE id = ?1", [id], |r| r.get::<_, String>(0))
                    .optional()?)
            })?
            .ok_or_else(|| Error::not_found("speaker", id))?;
        let (_, speakers) = self.speakers(Some(&name), usize::MAX >> 1, 0)?;
        speakers.into_iter().find(|s| s.id == id).ok_or_else(|| Error::not_found("speaker", id))
    }

    /// Row counts.
    pub fn counts(&self) -> Result<Counts> {
        self.read(|tx| {
            let count = |sql: &str| -> rusqlite::Result<u64> {
                tx.query_row(sql, [], |r| r.get::<_, i64>(0)).map(|n| n as u64)
            };
            let articles = count("SELECT COUNT(*) FROM articles")?;
            let speakers = count("SELECT COUNT(*) FROM speakers WHERE merged_into IS NULL")?;
            let mut stmt = tx.prepare("SELECT kind, n FROM claim_counts WHERE n > 0 ORDER BY n DESC, kind")?;
            let by_kind: Vec<(String, u64)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?
                .collect::<rusqlite::Result<_>>()?;
            let claims = by_kind.iter().map(|(_, n)| n).sum();
            Ok(Counts { articles, claims, speakers, claims_by_kind: by_kind })
        })
    }

    /// Claims per kind counted from the claims themselves (what the
    /// trigger-kept `claim_counts` must equal), most first.
    pub fn claims_by_kind_counted(&self) -> Result<Vec<(String, u64)>> {
        self.read(|tx| {
            let mut stmt = tx.prepare("SELECT kind, COUNT(*) FROM claims GROUP BY kind ORDER BY 2 DESC, kind")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Articles per country (article-level mentions).
    pub fn article_country_counts(&self) -> Result<HashMap<String, u64>> {
        self.read(|tx| {
            let mut stmt = tx.prepare("SELECT code, COUNT(*) FROM article_countries GROUP BY code")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Every article's metadata and body, for re-extraction, in id order
    /// after `after_id`, at most `limit`.
    pub fn articles_for_reextraction(&self, after_id: i64, limit: usize) -> Result<Vec<Article>> {
        let ids: Vec<i64> = self.read(|tx| {
            let mut stmt = tx.prepare("SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")?;
            let ids =
                stmt.query_map(params![after_id, limit as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })?;
        ids.into_iter().map(|id| self.article(id)).collect()
    }
}

/// Loads an article's summary and claims with effective tags; `None` when
/// the article does not exist.
fn load_article_claims(tx: &Transaction<'_>, article_id: i64) -> Result<Option<ArticleClaims>> {
    let Some((article, change_seq, body)) = tx
        .prepare_cached(&format!("SELECT {SUMMARY_COLUMNS}, change_seq, body FROM articles WHERE id = ?1"))?
        .query_row([article_id], |row| Ok((summary_from_row(row)?, row.get::<_, i64>(6)?, row.get::<_, String>(7)?)))
        .optional()?
    else {
        return Ok(None);
    };

    let mut tags_stmt = tx.prepare_cached(
        "SELECT cc.claim_id, cc.code, cc.source, cc.evidence FROM claim_countries cc
         JOIN claims c ON c.id = cc.claim_id WHERE c.article_id = ?1 ORDER BY cc.claim_id, cc.rowid",
    )?;
    let mut extracted: HashMap<i64, Vec<CountryTag>> = HashMap::new();
    for row in tags_stmt.query_map([article_id], |r| {
        let source: String = r.get(2)?;
        Ok((
            r.get::<_, i64>(0)?,
            CountryTag {
                code: r.get(1)?,
                source: TagSource::parse(&source).unwrap_or(TagSource::Mentioned),
                evidence: r.get(3)?,
            },
        ))
    })? {
        let (claim_id, tag) = row?;
        extracted.entry(claim_id).or_default().push(tag);
    }

    let mut manual_stmt = tx.prepare_cached(
        "SELECT start, end, code, action FROM manual_tags WHERE article_id = ?1 ORDER BY created_at, code",
    )?;
    let mut manual: HashMap<(usize, usize), Vec<(String, String)>> = HashMap::new();
    for row in manual_stmt.query_map([article_id], |r| {
        Ok(((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize), (r.get(2)?, r.get(3)?)))
    })? {
        let (span, edit) = row?;
        manual.entry(span).or_default().push(edit);
    }

    let mut claims_stmt = tx.prepare_cached(
        "SELECT c.id, c.kind, c.start, c.end, c.char_start, c.char_end, c.cue, c.speaker_id,
                c.speaker_mention, c.speaker_role, c.manual, s.name, s.kind
         FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
         WHERE c.article_id = ?1 ORDER BY c.start, c.end, c.id",
    )?;
    let claims = claims_stmt
        .query_map([article_id], |r| {
            let kind: String = r.get(1)?;
            let start = r.get::<_, i64>(2)? as usize;
            let end = r.get::<_, i64>(3)? as usize;
            let speaker = match (r.get::<_, Option<i64>>(7)?, r.get::<_, Option<String>>(11)?) {
                (Some(id), Some(name)) => {
                    let kind: Option<String> = r.get(12)?;
                    Some(ClaimSpeaker {
                        id,
                        name,
                        role: r.get(9)?,
                        kind: kind.as_deref().and_then(SpeakerKind::parse).unwrap_or(SpeakerKind::Person),
                        mention: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                    })
                }
                _ => None,
            };
            Ok(Claim {
                id: r.get(0)?,
                article_id,
                kind: ClaimKind::parse(&kind).unwrap_or(ClaimKind::Statement),
                text: body.get(start..end).unwrap_or_default().to_string(),
                start,
                end,
                char_start: r.get::<_, i64>(4)? as usize,
                char_end: r.get::<_, i64>(5)? as usize,
                cue: r.get(6)?,
                speaker,
                countries: Vec::new(),
                manual: r.get::<_, i64>(10)? != 0,
                article: article.clone(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let claims = claims
        .into_iter()
        .map(|mut claim| {
            let mut tags = extracted.remove(&claim.id).unwrap_or_default();
            if let Some(edits) = manual.get(&(claim.start, claim.end)) {
                for (code, action) in edits {
                    tags.retain(|t| &t.code != code);
                    if action == "add" {
                        tags.push(CountryTag {
                            code: code.clone(),
                            source: TagSource::Manual,
                            evidence: "added by hand".to_string(),
                        });
                    }
                }
            }
            claim.countries = tags;
            claim
        })
        .collect();
    Ok(Some(ArticleClaims { article, change_seq, claims }))
}
