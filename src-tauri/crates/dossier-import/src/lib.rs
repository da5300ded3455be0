//! Turns files (text, Markdown, HTML, JSONL) into article records with metadata.
//!
//! Nothing here touches the library: the engine's ingest pipeline takes the
//! [`ArticleRecord`]s produced here, extracts claims and stores them. Every
//! error names the item it is about (`path`, `path:line`) so a batch can
//! report it and go on.
#![warn(missing_docs)]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Input formats Dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text; the first line is the title when nothing else gives one.
    Txt,
    /// Markdown, with optional YAML-style front matter.
    Md,
    /// HTML: main text extracted, metadata from meta tags.
    Html,
    /// One JSON article per line.
    Jsonl,
}

/// Metadata given by the user (CLI flags, UI form); wins over what the
/// document itself says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Metadata {
    /// Title.
    pub title: Option<String>,
    /// Outlet (publication).
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date, any supported format (see [`parse_date`]).
    pub published: Option<String>,
}

/// One article ready for the ingest pipeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Names the input item in messages: `path`, `path:line`, `-` (stdin).
    pub item: String,
    /// The id the source gave it (JSONL `id`), if any.
    pub source_id: Option<String>,
    /// Title (never empty).
    pub title: String,
    /// Body text (never empty), normalised to `\n` line ends.
    pub body: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
}

/// Why an input item could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Placeholder until the importers land.
    #[error("{item}: not implemented")]
    Unimplemented {
        /// The item.
        item: String,
    },
}

impl ImportError {
    /// Whether the item was refused for exceeding a size limit.
    pub fn is_too_large(&self) -> bool {
        false
    }

    /// The item (`path`, `path:line`) this error is about.
    pub fn item(&self) -> &str {
        match self {
            ImportError::Unimplemented { item } => item,
        }
    }
}

/// Expands the user's paths: folders recursively (sorted, hidden files
/// skipped), files as given, `-` kept for stdin.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf, ImportError>> {
    paths.iter().cloned().map(Ok).collect()
}

/// Reads one file (or `-` for stdin) into article records, streaming JSONL
/// line by line. A failing JSONL line is one `Err` item; the rest go on.
pub fn read_path(
    path: &Path,
    overrides: &Metadata,
) -> Box<dyn Iterator<Item = Result<ArticleRecord, ImportError>>> {
    let _ = overrides;
    Box::new(std::iter::once(Err(ImportError::Unimplemented { item: path.display().to_string() })))
}

/// Parses a document already in memory (pasted text, a file the UI read).
/// `name` names the item and, by its extension, picks the format when
/// `format` is `None`.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    overrides: &Metadata,
) -> Vec<Result<ArticleRecord, ImportError>> {
    let _ = (bytes, format, overrides);
    vec![Err(ImportError::Unimplemented { item: name.to_string() })]
}

/// Parses a publication date: ISO 8601 (date or date-time), RFC 2822,
/// "November 28, 2026", "28 Nov 2026".
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let _ = s;
    None
}
