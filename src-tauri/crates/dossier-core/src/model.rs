//! The library's data model as hosts see it: articles, claims, speakers and
//! country tags. These are the wire types of the command list.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use dossier_countries::TagSource;
pub use dossier_extract::{ClaimKind, SpeakerKind};

/// Article metadata without the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// Library id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
}

/// A whole article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Metadata.
    #[serde(flatten)]
    pub summary: ArticleSummary,
    /// The id the source gave it (JSONL `id`), if any.
    pub source_id: Option<String>,
    /// When it was imported.
    pub imported_at: DateTime<Utc>,
    /// SHA-256 of the normalised body, hex.
    pub content_hash: String,
    /// Body text; claim offsets point into it.
    pub body: String,
}

/// A country tag on a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryTag {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Why the claim carries it.
    pub source: TagSource,
    /// The words that justify it.
    pub evidence: String,
}

/// A speaker as attached to a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSpeaker {
    /// Library speaker id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// Role/affiliation as this article states it.
    pub role: Option<String>,
    /// Person, organisation or unnamed.
    pub kind: SpeakerKind,
    /// How the article named the speaker for this claim ("she").
    pub mention: String,
}

/// A claim with everything a host shows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Library id.
    pub id: i64,
    /// Article it belongs to.
    pub article_id: i64,
    /// Direct, partial, indirect or statement.
    pub kind: ClaimKind,
    /// The exact text.
    pub text: String,
    /// UTF-8 byte offset into the article body.
    pub start: usize,
    /// UTF-8 byte end offset (exclusive).
    pub end: usize,
    /// Unicode scalar offset into the article body.
    pub char_start: usize,
    /// Unicode scalar end offset (exclusive).
    pub char_end: usize,
    /// Cue words ("said", "according to").
    pub cue: Option<String>,
    /// Who made the claim.
    pub speaker: Option<ClaimSpeaker>,
    /// Effective country tags (extracted, minus manual removals, plus manual additions).
    pub countries: Vec<CountryTag>,
    /// True when the user added this claim by hand.
    pub manual: bool,
    /// The article it comes from.
    pub article: ArticleSummary,
}

/// A speaker across the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Library id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// Person, organisation or unnamed.
    pub kind: SpeakerKind,
    /// The most recent role stated for them.
    pub role: Option<String>,
    /// Other names they appear under.
    pub aliases: Vec<String>,
    /// Number of claims attributed to them.
    pub claims: u64,
}
