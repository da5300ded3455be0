//! Country gazetteer and tagger: ISO 3166-1 alpha-2 codes with evidence.
//!
//! [`find_mentions`] finds every place, demonym, capital-as-metonym, leader
//! or institution in a text and maps it to a country; [`tag_article`] turns
//! those mentions into per-claim tags with their source (`mentioned`,
//! `speaker`, `context`).
#![warn(missing_docs)]

mod error;
pub mod eval;
mod gazetteer;
mod offices;
mod resolve;
mod rules;
mod scan;
mod tagging;
mod text;
mod trie;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use error::Error;
pub use gazetteer::MentionKind;
pub use offices::{office_holders_named, offices, OfficeHolder};
pub use tagging::tag_article;

/// Why a claim carries a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TagSource {
    /// The claim's text names the country or something of it.
    Mentioned,
    /// The speaker's stated affiliation ("a former U.S. diplomat").
    Speaker,
    /// The article's focus countries, for a claim that names none.
    Context,
    /// Added by the user.
    Manual,
}

impl TagSource {
    /// The lowercase name used on the wire and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            TagSource::Mentioned => "mentioned",
            TagSource::Speaker => "speaker",
            TagSource::Context => "context",
            TagSource::Manual => "manual",
        }
    }

    /// Parses the wire name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "mentioned" => Some(TagSource::Mentioned),
            "speaker" => Some(TagSource::Speaker),
            "context" => Some(TagSource::Context),
            "manual" => Some(TagSource::Manual),
            _ => None,
        }
    }
}

/// A country of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("JP").
    pub code: &'static str,
    /// Common English name ("Japan").
    pub name: &'static str,
    /// Other names and variants ("Nippon"...).
    pub aliases: &'static [&'static str],
    /// Demonyms and adjectives ("Japanese").
    pub demonyms: &'static [&'static str],
}

/// One place (or leader, institution...) found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Start, UTF-8 byte offset.
    pub start: usize,
    /// End, UTF-8 byte offset (exclusive).
    pub end: usize,
    /// What kind of name it is (country name, demonym, city, leader...).
    pub kind: MentionKind,
}

/// A claim as the tagger needs it.
#[derive(Debug, Clone, Copy)]
pub struct ClaimSpan<'a> {
    /// Start of the claim text, UTF-8 byte offset into the article body.
    pub start: usize,
    /// End of the claim text (exclusive).
    pub end: usize,
    /// The speaker's resolved name, if any.
    pub speaker_name: Option<&'a str>,
    /// The speaker's role/affiliation as stated, if any.
    pub speaker_role: Option<&'a str>,
}

/// A country tag on one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Why the claim carries it.
    pub source: TagSource,
    /// The words that justify it ("Beijing", "a former U.S. diplomat").
    pub evidence: String,
}

/// A country the article as a whole mentions, with its evidence words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleCountry {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Distinct surface forms that named it, in order of first appearance.
    pub evidence: Vec<String>,
}

/// The tagger's result for one article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ArticleTags {
    /// Every country the article mentions (title and body).
    pub countries: Vec<ArticleCountry>,
    /// Tags per claim, in the order of the claims given.
    pub claims: Vec<Vec<Tag>>,
}

/// Every country and territory of the gazetteer, ordered by code.
pub fn all_countries() -> &'static [Country] {
    &gazetteer::COUNTRY_TABLE.countries
}

/// Looks up a country by code, name, alias or demonym (case-insensitive):
/// "JP", "jp", "Japan", "Japanese" all give Japan.
pub fn lookup(input: &str) -> Option<&'static Country> {
    gazetteer::COUNTRY_TABLE.lookup(input)
}

/// The flag emoji of a country code ("JP" gives 🇯🇵), built from Unicode
/// regional indicator symbols; `None` for anything but two ASCII letters.
pub fn flag(code: &str) -> Option<String> {
    let letters: Vec<char> = code.chars().collect();
    if letters.len() != 2 || !letters.iter().all(char::is_ascii_alphabetic) {
        return None;
    }
    letters.iter().map(|c| char::from_u32(0x1F1E6 + (c.to_ascii_uppercase() as u32 - 'A' as u32))).collect()
}

/// Finds every country mention in a text. `date` is the article's
/// publication date, used for the dated table of office holders (an
/// undated text accepts every term of office).
pub fn find_mentions(text: &str, date: Option<NaiveDate>) -> Vec<Mention> {
    let hits = scan::scan(text, date, false, 0);
    resolve::resolve(&hits, &[text]).into_iter().map(|r| r.mention).collect()
}
