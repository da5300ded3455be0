//! The crate's one error type: every variant names the item it is about so a
//! batch import can report it next to the file (or `file:line`) and go on.

/// Why an input item could not be turned into an article.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file or folder could not be read (missing, permissions, I/O).
    #[error("{item}: cannot read: {source}")]
    Io {
        /// The path.
        item: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A single document is bigger than Dossier accepts in one piece.
    #[error("{item}: {} is over the limit of {} for one document; split it, or import it as JSONL (one article a line)", human_size(*size), human_size(*limit))]
    TooLarge {
        /// The document.
        item: String,
        /// Its size in bytes (at least this many).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// One JSONL line is longer than the per-line limit.
    #[error("{item}: line is over the limit of {} per JSONL line; split the article or fix the line break", human_size(*limit))]
    LineTooLong {
        /// `path:line`.
        item: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file holds binary data, not text.
    #[error(
        "{item}: looks like a binary file ({reason}), not text; Dossier imports .txt, .md, .html, .json and .jsonl"
    )]
    Binary {
        /// The file.
        item: String,
        /// What gave it away.
        reason: &'static str,
    },
    /// The text is UTF-16, which Dossier does not decode.
    #[error("{item}: text is encoded as UTF-16; save it as UTF-8 and import again")]
    Utf16 {
        /// The file.
        item: String,
    },
    /// The bytes are not valid UTF-8.
    #[error("{item}: not valid UTF-8 (first bad byte at offset {offset}); save the file as UTF-8 and import again")]
    InvalidUtf8 {
        /// The file or `path:line`.
        item: String,
        /// Byte offset of the first invalid byte (within the line for JSONL).
        offset: usize,
    },
    /// Zero bytes.
    #[error("{item}: file is empty")]
    Empty {
        /// The file.
        item: String,
    },
    /// Bytes, but no article text once markup and whitespace are gone.
    #[error("{item}: contains no article text")]
    NoText {
        /// The file or `path:line`.
        item: String,
    },
    /// A JSON or JSONL record that does not parse.
    #[error("{item}: malformed JSON: {message}")]
    MalformedJson {
        /// `path:line` (JSONL) or the file (JSON).
        item: String,
        /// The parser's explanation, with column.
        message: String,
    },
    /// A JSON record without an article body.
    #[error("{item}: no article body: give the text in a `body` or `text` field")]
    MissingBody {
        /// `path:line` or `path[index]`.
        item: String,
    },
    /// A JSON field has the wrong type.
    #[error("{item}: field `{field}` must be {expected}")]
    InvalidField {
        /// `path:line` or `path[index]`.
        item: String,
        /// The field's name.
        field: &'static str,
        /// What it must be ("a string").
        expected: &'static str,
    },
    /// A date given by the user that Dossier cannot read.
    #[error("{item}: cannot read the date {value:?}; use e.g. 2026-11-28, \"November 28, 2026\", \"28 Nov 2026\" or an RFC 2822 date")]
    InvalidDate {
        /// The item the date was meant for.
        item: String,
        /// The date as given.
        value: String,
    },
    /// A URL given by the user that is not http(s).
    #[error("{item}: the URL {value:?} is not an http:// or https:// address")]
    InvalidUrl {
        /// The item the URL was meant for.
        item: String,
        /// The URL as given.
        value: String,
    },
    /// HTML nested deeper than Dossier follows.
    #[error("{item}: HTML is nested more than {limit} elements deep; the page is malformed or hostile")]
    TooDeep {
        /// The file.
        item: String,
        /// The nesting limit.
        limit: usize,
    },
}

impl ImportError {
    /// Whether the item was refused for exceeding a size limit (document
    /// size or JSONL line length).
    pub fn is_too_large(&self) -> bool {
        matches!(self, ImportError::TooLarge { .. } | ImportError::LineTooLong { .. })
    }

    /// The item (`path`, `path:line`, `path[index]`, `-`) this error is about.
    pub fn item(&self) -> &str {
        match self {
            ImportError::Io { item, .. }
            | ImportError::TooLarge { item, .. }
            | ImportError::LineTooLong { item, .. }
            | ImportError::Binary { item, .. }
            | ImportError::Utf16 { item }
            | ImportError::InvalidUtf8 { item, .. }
            | ImportError::Empty { item }
            | ImportError::NoText { item }
            | ImportError::MalformedJson { item, .. }
            | ImportError::MissingBody { item }
            | ImportError::InvalidField { item, .. }
            | ImportError::InvalidDate { item, .. }
            | ImportError::InvalidUrl { item, .. }
            | ImportError::TooDeep { item, .. } => item,
        }
    }
}

/// Sizes as people read them in messages ("50 MB", "812 bytes").
fn human_size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    const KB: u64 = 1024;
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64).replace(".0 MB", " MB")
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(50 * 1024 * 1024), "50 MB");
        assert_eq!(human_size(52_953_088), "50.5 MB");
        assert_eq!(human_size(2048), "2 KB");
        assert_eq!(human_size(12), "12 bytes");
    }

    #[test]
    fn messages_name_the_item() {
        let err = ImportError::InvalidUtf8 { item: "a.txt".into(), offset: 7 };
        assert_eq!(err.item(), "a.txt");
        assert!(err.to_string().starts_with("a.txt: not valid UTF-8"));
        assert!(err.to_string().contains("offset 7"));
        assert!(!err.is_too_large());
        let err = ImportError::LineTooLong { item: "b.jsonl:3".into(), limit: 10 };
        assert!(err.is_too_large());
        assert!(err.to_string().starts_with("b.jsonl:3: "));
    }
}
