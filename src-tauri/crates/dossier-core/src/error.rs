//! The engine's one error type. Every error carries a stable machine-readable
//! [`ErrorCode`] so that hosts (HTTP, IPC, CLI) can map it without matching on
//! message strings.

use serde::Serialize;

/// Result alias used throughout the engine.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable error codes sent to hosts as `{code, message}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The requested article, claim, speaker or job does not exist.
    NotFound,
    /// The request itself is malformed (bad field, bad query, bad country code).
    InvalidInput,
    /// The item is already in the library.
    Duplicate,
    /// The input is too large for the configured limits.
    TooLarge,
    /// The file is not text Dossier can read (binary, bad encoding, unknown format).
    UnsupportedInput,
    /// Another process holds the library's write lock.
    LibraryBusy,
    /// The library was written by a newer Dossier.
    LibraryTooNew,
    /// Reading or writing files failed.
    Io,
    /// SQLite reported an error.
    Database,
    /// The search index reported an error.
    Index,
    /// The command name is not in the command list.
    UnknownCommand,
    /// The command works on files by path and is withheld from web pages.
    Forbidden,
    /// Dossier itself failed on an item (a bug); the item was skipped.
    Internal,
}

impl ErrorCode {
    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::UnsupportedInput => "unsupported_input",
            ErrorCode::LibraryBusy => "library_busy",
            ErrorCode::LibraryTooNew => "library_too_new",
            ErrorCode::Io => "io",
            ErrorCode::Database => "database",
            ErrorCode::Index => "index",
            ErrorCode::UnknownCommand => "unknown_command",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::Internal => "internal",
        }
    }
}

/// Everything that can go wrong in the engine, with a message a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Something the user asked for is not in the library.
    #[error("{what} {id} not found")]
    NotFound {
        /// What kind of thing ("article", "claim", "speaker", "job").
        what: &'static str,
        /// The identifier the user gave.
        id: String,
    },
    /// The request is malformed.
    #[error("{0}")]
    InvalidInput(String),
    /// The article is already in the library.
    #[error("{item}: duplicate of article {existing_id} (same {reason})")]
    Duplicate {
        /// Which input item.
        item: String,
        /// The article already stored.
        existing_id: i64,
        /// "content" or "url".
        reason: &'static str,
    },
    /// An input could not be turned into an article.
    #[error(transparent)]
    Import(#[from] dossier_import::ImportError),
    /// Another process is writing to the library.
    #[error("library busy: another Dossier process is writing to {0}; try again when it finishes")]
    LibraryBusy(String),
    /// The library's schema is newer than this build understands.
    #[error("library at {path} has schema version {found}, but this Dossier understands up to {supported}; upgrade Dossier to open it (the library was not modified)")]
    LibraryTooNew {
        /// Library folder.
        path: String,
        /// Version found on disk.
        found: i64,
        /// Highest version this build knows.
        supported: i64,
    },
    /// A file operation failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, naming the file.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// SQLite failed (a write lock held too long by another process reads
    /// as "library busy", like the index lock).
    #[error("{}", describe_database_error(.0))]
    Database(#[from] rusqlite::Error),
    /// tantivy failed.
    #[error("search index error: {0}")]
    Index(String),
    /// The command name is unknown.
    #[error("unknown command `{0}`")]
    UnknownCommand(String),
    /// An export through the command list (whose answer holds the whole
    /// file) would be larger than a web page can take in one piece.
    #[error("the search matches {claims} claims, and an export from the app holds at most {limit}; narrow the search, or run `dossier export` on the command line, which writes any number of claims straight to a file")]
    ExportTooLarge {
        /// Claims the search matches.
        claims: usize,
        /// Most claims one answer holds.
        limit: usize,
    },
    /// A web page asked for a command that reads or writes files by path.
    #[error("`{0}` reads or writes files by path, so it cannot run from a web page; use the `dossier` command line")]
    NotForWeb(String),
    /// Extraction or tagging failed on one article: a bug in Dossier, which
    /// costs that article alone.
    #[error("{item}: Dossier could not analyse this article ({reason}); it was left as it was and the rest went on. This is a bug in Dossier: please report it with the article")]
    AnalysisFailed {
        /// Which input item or stored article.
        item: String,
        /// What went wrong, as the failing code said it.
        reason: String,
    },
}

impl Error {
    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Duplicate { .. } => ErrorCode::Duplicate,
            Error::Import(e) if e.is_too_large() => ErrorCode::TooLarge,
            Error::Import(_) => ErrorCode::UnsupportedInput,
            Error::LibraryBusy(_) => ErrorCode::LibraryBusy,
            Error::LibraryTooNew { .. } => ErrorCode::LibraryTooNew,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(e) if is_busy(e) => ErrorCode::LibraryBusy,
            Error::Database(_) => ErrorCode::Database,
            Error::Index(_) => ErrorCode::Index,
            Error::UnknownCommand(_) => ErrorCode::UnknownCommand,
            Error::NotForWeb(_) => ErrorCode::Forbidden,
            Error::ExportTooLarge { .. } => ErrorCode::TooLarge,
            Error::AnalysisFailed { .. } => ErrorCode::Internal,
        }
    }

    /// Shorthand for [`Error::NotFound`].
    pub fn not_found(what: &'static str, id: impl ToString) -> Self {
        Error::NotFound { what, id: id.to_string() }
    }

    /// Shorthand for [`Error::Io`] with context naming the file.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

fn describe_database_error(e: &rusqlite::Error) -> String {
    if is_busy(e) {
        "library busy: another Dossier process is writing to the library; try again when it finishes".to_string()
    } else {
        format!("database error: {e}")
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Self {
        match e {
            tantivy::TantivyError::LockFailure(_, _) => Error::LibraryBusy("the search index".to_string()),
            other => Error::Index(other.to_string()),
        }
    }
}

/// The wire form of an error: `{code, message}`.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct WireError {
    /// Stable code, e.g. `not_found`.
    pub code: String,
    /// Human-readable message.
    pub message: String,
}

impl From<&Error> for WireError {
    fn from(e: &Error) -> Self {
        WireError { code: e.code().as_str().to_string(), message: e.to_string() }
    }
}
