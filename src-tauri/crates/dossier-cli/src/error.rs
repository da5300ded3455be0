//! The CLI's one error type: engine errors plus what only the CLI can get
//! wrong (arguments, the HTTP server, terminal output).

/// Errors of the `dossier` binary.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The engine refused or failed.
    #[error(transparent)]
    Core(#[from] dossier_core::Error),
    /// A usage error the argument parser could not catch.
    #[error("{0}")]
    Usage(String),
    /// The HTTP server could not start or serve.
    #[error("serve: {0}")]
    Serve(String),
    /// Reading input or writing output failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Some items of a batch failed (each was already reported).
    #[error("{0}")]
    Partial(String),
}

/// Result alias of the CLI.
pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    /// True when output went to a pipe whose reader stopped early
    /// (`dossier extract … | head`): the reader has what it wanted, so the
    /// command ends quietly with success.
    pub fn is_broken_pipe(&self) -> bool {
        let source = match self {
            CliError::Io { source, .. } | CliError::Core(dossier_core::Error::Io { source, .. }) => source,
            _ => return false,
        };
        source.kind() == std::io::ErrorKind::BrokenPipe
    }
}
