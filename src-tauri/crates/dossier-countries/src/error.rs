//! The crate's one error type: what went wrong reading an evaluation file,
//! naming the file and line so the user can fix it.

use std::path::PathBuf;

/// Errors of the country tagger's evaluation tools.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The gold file could not be opened or read.
    #[error("cannot read gold file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line of the gold file is not a valid record.
    #[error("{path}:{line}: not a gold article record ({reason}); expected JSON with \"id\", \"text\" and \"countries_iso2\"")]
    Record {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What the parser said.
        reason: String,
    },
    /// The gold file holds no article.
    #[error("{path}: no article records found")]
    Empty {
        /// The file.
        path: PathBuf,
    },
}
