//! Turns files (text, Markdown, HTML, JSON, JSONL) into article records with
//! metadata.
//!
//! Nothing here touches the library: the engine's ingest pipeline takes the
//! [`ArticleRecord`]s produced here, extracts claims and stores them. Every
//! error names the item it is about (`path`, `path:line`, `path[index]`) so a
//! batch can report it and go on.
//!
//! Metadata precedence, for every format: what the user gives
//! ([`Metadata`]) wins over what the document says about itself (front
//! matter, meta tags, JSON fields), which wins over the first line of text
//! as the title.
//!
//! Limits keep hostile or mistaken input from exhausting memory or stack:
//! [`MAX_DOCUMENT_BYTES`] for one document, [`MAX_LINE_BYTES`] for one JSONL
//! line (JSONL files themselves are streamed and may be any size), and
//! [`MAX_HTML_DEPTH`] for HTML nesting.
#![warn(missing_docs)]

mod dates;
mod decode;
mod error;
mod front_matter;
mod html;
mod json;
mod jsonl;
mod markdown;
mod paths;
mod record;
mod text;

pub use dates::parse_date;
pub use error::ImportError;
pub use html::MAX_HTML_DEPTH;
pub use jsonl::MAX_LINE_BYTES;
pub use paths::{expand_paths, STDIN};

use chrono::NaiveDate;
use jsonl::JsonlReader;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Largest single document (text, Markdown, HTML, JSON) accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// How much of a file's start is looked at to guess its format.
const SNIFF_BYTES: usize = 4096;

/// Input formats Dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text; the first line is the title when nothing else gives one.
    Txt,
    /// Markdown, with optional YAML-style (`---`) or TOML-style (`+++`)
    /// front matter.
    Md,
    /// HTML: main text extracted, metadata from meta tags.
    Html,
    /// One JSON article a line, streamed.
    Jsonl,
    /// A JSON document: one article object or an array of them.
    Json,
}

impl Format {
    /// The format a file name's extension stands for, if it is one Dossier
    /// reads (`.txt .text .md .markdown .html .htm .xhtml .jsonl .ndjson
    /// .json`, any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of a document of unknown
    /// type (stdin, an unfamiliar extension); plain text unless the start
    /// clearly is front matter, JSON or an HTML page.
    pub fn sniff(start: &[u8]) -> Format {
        let sample = String::from_utf8_lossy(&start[..start.len().min(SNIFF_BYTES)]);
        let sample = sample.strip_prefix('\u{feff}').unwrap_or(&sample);
        if sample.starts_with("---\n") || sample.starts_with("---\r\n") || sample.starts_with("+++\n") {
            return Format::Md;
        }
        let trimmed = sample.trim_start();
        if trimmed.starts_with('{') {
            return match trimmed.split_once('\n') {
                Some((first, _)) if !first.trim_end().ends_with('}') => Format::Json,
                _ => Format::Jsonl,
            };
        }
        if trimmed.starts_with('[') {
            return Format::Json;
        }
        if trimmed.starts_with('<') {
            let lower = trimmed.to_ascii_lowercase();
            let markers = ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<br"];
            if markers.iter().any(|m| lower.contains(m)) {
                return Format::Html;
            }
        }
        Format::Txt
    }
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
    /// Canonical URL; must be http(s).
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
    /// Body text (never empty), normalised to `\n` line ends, paragraphs
    /// separated by blank lines.
    pub body: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// URL (always http or https).
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
}

/// The records (or errors) one input yields.
pub type Records = Box<dyn Iterator<Item = Result<ArticleRecord, ImportError>>>;

/// Reads one file (or `-` for stdin) into article records, streaming JSONL
/// line by line. A failing JSONL line is one `Err` item; the rest go on.
/// The format comes from the extension, else from the content.
pub fn read_path(path: &Path, overrides: &Metadata) -> Records {
    let item = path.display().to_string();
    if path.as_os_str() == STDIN {
        return read_stream(BufReader::new(std::io::stdin()), &item, None, None, overrides);
    }
    let opened = std::fs::File::open(path).and_then(|file| file.metadata().map(|meta| (file, meta.len())));
    match opened {
        Ok((file, size)) => read_stream(BufReader::new(file), &item, Format::from_path(path), Some(size), overrides),
        Err(source) => Box::new(std::iter::once(Err(ImportError::Io { item, source }))),
    }
}

/// Reads a stream of known or guessed format; `size` is the file's size
/// when known, so an oversized document is refused before it is read.
fn read_stream<R: BufRead + 'static>(
    mut reader: R,
    item: &str,
    format: Option<Format>,
    size: Option<u64>,
    overrides: &Metadata,
) -> Records {
    let format = match format {
        Some(format) => format,
        None => match reader.fill_buf() {
            Ok(start) => Format::sniff(start),
            Err(source) => return Box::new(std::iter::once(Err(ImportError::Io { item: item.to_string(), source }))),
        },
    };
    if format == Format::Jsonl {
        return Box::new(JsonlReader::new(reader, item, overrides));
    }
    if let Some(size) = size.filter(|&size| size > MAX_DOCUMENT_BYTES) {
        return Box::new(std::iter::once(Err(too_large(item, size))));
    }
    let mut bytes = Vec::new();
    if let Err(source) = reader.take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes) {
        return Box::new(std::iter::once(Err(ImportError::Io { item: item.to_string(), source })));
    }
    Box::new(parse_document(item, &bytes, format, overrides).into_iter())
}

/// Parses a document already in memory (pasted text, a file the UI read).
/// `name` names the item and, by its extension, picks the format when
/// `format` is `None`; otherwise the content decides.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    overrides: &Metadata,
) -> Vec<Result<ArticleRecord, ImportError>> {
    let format = format.or_else(|| Format::from_path(Path::new(name))).unwrap_or_else(|| Format::sniff(bytes));
    if format == Format::Jsonl {
        return JsonlReader::new(bytes, name, overrides).collect();
    }
    parse_document(name, bytes, format, overrides)
}

/// Parses one whole document of a non-streamed format.
fn parse_document(
    item: &str,
    bytes: &[u8],
    format: Format,
    overrides: &Metadata,
) -> Vec<Result<ArticleRecord, ImportError>> {
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return vec![Err(too_large(item, bytes.len() as u64))];
    }
    let text = match decode::decode_text(item, bytes) {
        Ok(text) => text,
        Err(e) => return vec![Err(e)],
    };
    let draft = match format {
        Format::Txt => Ok(text::parse_text(item, &text)),
        Format::Md => Ok(markdown::parse_markdown(item, &text)),
        Format::Html => html::parse_html(item, &text),
        Format::Json => return json::parse_json_document(item, &text, overrides),
        Format::Jsonl => return JsonlReader::new(text.as_bytes(), item, overrides).collect(),
    };
    vec![draft.and_then(|draft| record::finish(draft, overrides))]
}

fn too_large(item: &str, size: u64) -> ImportError {
    ImportError::TooLarge { item: item.to_string(), size, limit: MAX_DOCUMENT_BYTES }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn format_from_extension() {
        assert_eq!(Format::from_path(Path::new("a/B.HTM")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("x.markdown")), Some(Format::Md));
        assert_eq!(Format::from_path(Path::new("x.ndjson")), Some(Format::Jsonl));
        assert_eq!(Format::from_path(Path::new("x.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("x.docx")), None);
        assert_eq!(Format::from_path(Path::new("README")), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(Format::sniff(b"---\ntitle: x\n---\nbody"), Format::Md);
        assert_eq!(Format::sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"<div>hi</div>"), Format::Html);
        assert_eq!(Format::sniff(b"{\"body\":\"a\"}\n{\"body\":\"b\"}\n"), Format::Jsonl);
        assert_eq!(Format::sniff(b"{\n  \"body\": \"a\"\n}\n"), Format::Json);
        assert_eq!(Format::sniff(b"[{\"body\":\"a\"}]"), Format::Json);
        assert_eq!(Format::sniff(b"Headline\n\n<not html> a < b"), Format::Txt);
        assert_eq!(Format::sniff(b""), Format::Txt);
    }

    #[test]
    fn read_bytes_picks_format_by_name_then_content() {
        let html = b"<html><head><title>T</title></head><body><p>Para</p></body></html>";
        let by_name = read_bytes("page.html", html, None, &Metadata::default());
        assert_eq!(by_name[0].as_ref().unwrap().body, "Para");
        let by_content = read_bytes("pasted text", html, None, &Metadata::default());
        assert_eq!(by_content[0].as_ref().unwrap().body, "Para");
        let forced = read_bytes("page.html", html, Some(Format::Txt), &Metadata::default());
        assert!(forced[0].as_ref().unwrap().title.starts_with("<html>"));
    }

    #[test]
    fn read_path_reads_files_and_streams_jsonl() {
        let dir = tempfile::tempdir().unwrap();
        let txt = dir.path().join("a.txt");
        std::fs::write(&txt, "Title\nBody text.\n").unwrap();
        let records: Vec<_> = read_path(&txt, &Metadata::default()).collect();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].as_ref().unwrap().item, txt.display().to_string());

        let jsonl = dir.path().join("b.jsonl");
        std::fs::write(&jsonl, "{\"title\":\"A\",\"body\":\"a\"}\nnot json\n{\"title\":\"B\",\"body\":\"b\"}\n")
            .unwrap();
        let results: Vec<_> = read_path(&jsonl, &Metadata::default()).collect();
        assert_eq!(results.len(), 3);
        assert_eq!(results[1].as_ref().unwrap_err().item(), format!("{}:2", jsonl.display()));

        let unknown = dir.path().join("story.body");
        std::fs::write(&unknown, "Sniffed as text\nIt works.").unwrap();
        let records: Vec<_> = read_path(&unknown, &Metadata::default()).collect();
        assert_eq!(records[0].as_ref().unwrap().title, "Sniffed as text");
    }

    #[test]
    fn stdin_streams_are_sniffed() {
        let jsonl = std::io::Cursor::new(b"{\"title\":\"A\",\"body\":\"a\"}\n{\"body\":\"b\"}\n".to_vec());
        let records: Vec<_> = read_stream(jsonl, STDIN, None, None, &Metadata::default()).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].as_ref().unwrap().item, "-:2");
        let markdown = std::io::Cursor::new(b"---\ntitle: From stdin\n---\nPiped *text*.\n".to_vec());
        let records: Vec<_> = read_stream(markdown, STDIN, None, None, &Metadata::default()).collect();
        let record = records[0].as_ref().unwrap();
        assert_eq!(
            (record.item.as_str(), record.title.as_str(), record.body.as_str()),
            ("-", "From stdin", "Piped text.")
        );
    }

    #[test]
    fn read_path_reports_missing_files() {
        let missing = PathBuf::from("/nonexistent/dossier/x.txt");
        let results: Vec<_> = read_path(&missing, &Metadata::default()).collect();
        assert!(matches!(results[..], [Err(ImportError::Io { .. })]));
        assert!(results[0].as_ref().unwrap_err().to_string().starts_with("/nonexistent/dossier/x.txt: cannot read"));
    }

    #[test]
    fn oversized_document_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(MAX_DOCUMENT_BYTES + 1).unwrap();
        let results: Vec<_> = read_path(&big, &Metadata::default()).collect();
        let err = results[0].as_ref().unwrap_err();
        assert!(err.is_too_large(), "{err}");
        assert!(err.to_string().contains("over the limit of 50 MB"), "{err}");
    }

    #[test]
    fn oversized_bytes_are_refused() {
        let bytes = vec![b'a'; MAX_DOCUMENT_BYTES as usize + 1];
        let results = read_bytes("big.md", &bytes, None, &Metadata::default());
        assert!(results[0].as_ref().unwrap_err().is_too_large());
    }
}
