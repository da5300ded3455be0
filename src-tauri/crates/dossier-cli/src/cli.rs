//! The command line: every subcommand and flag of `dossier`, declared with
//! clap. Each subcommand maps onto one or more commands of the engine's
//! command list (see `run.rs`).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Dossier: a knowledge base of who said what about which country.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
pub(crate) struct Cli {
    /// Library folder (default: $DOSSIER_LIBRARY, else ~/.local/share/dossier).
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Import articles: .txt, .md, .html, .jsonl files, folders (recursive), or - for stdin.
    Import(ImportArgs),
    /// Search claims.
    Search(SearchArgs),
    /// Show an article with its claims (ID or article:ID), or one claim in context (claim:ID).
    Show {
        /// article:ID, claim:ID, or a bare article id.
        id: String,
    },
    /// List the claims of an article.
    Claims {
        /// The article.
        #[arg(long, value_name = "ID")]
        article: i64,
    },
    /// Add (+JP) or remove (-CN) country tags by hand, on claims or on every claim a query matches.
    Tag(TagArgs),
    /// Claim counts per country.
    Countries {
        /// Leave `context` tags out of the counts.
        #[arg(long)]
        exclude_context: bool,
    },
    /// List speakers, or merge two that are the same person.
    Speakers(SpeakersArgs),
    /// Export claims matching a query as CSV, JSON or Markdown.
    Export(ExportArgs),
    /// Rebuild the search index from the database.
    Reindex,
    /// Run extraction and tagging again over every article (manual edits are kept).
    Reextract,
    /// Library statistics.
    Stats,
    /// Run extraction and tagging over a JSONL file without storing anything.
    Extract {
        /// Input JSONL: one {"id", "text" or "body"} per line.
        #[arg(long, short, value_name = "FILE")]
        input: PathBuf,
        /// Output JSONL (default: stdout).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Score extraction or country tagging against annotated data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Serve the UI and the command list over HTTP on 127.0.0.1.
    Serve {
        /// Port (0 picks a free one).
        #[arg(long, default_value_t = 7878)]
        port: u16,
        /// Folder with the UI files (default: the `ui/` folder this binary was built from).
        #[arg(long, value_name = "DIR")]
        ui: Option<PathBuf>,
    },
    /// Verify the database (SQLite integrity, foreign keys) and that the index matches it; exits 1 on problems.
    Check {
        /// Rebuild the search index when it does not match the database, then check again.
        #[arg(long)]
        repair: bool,
    },
    /// Write a consistent snapshot of the database to FILE (safe while Dossier is running).
    Backup {
        /// The backup file to write.
        file: PathBuf,
    },
    /// Replace the library's database with a backup made by `dossier backup`, then rebuild the index.
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Write the whole library (articles, claims, speakers, manual tags) as a JSON Lines dump.
    Dump {
        /// The dump file to write.
        file: PathBuf,
    },
    /// Add the contents of a dump written by `dossier dump` (all or nothing; duplicates skipped).
    Load {
        /// The dump file.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum EvalCommand {
    /// Quote spans, speakers and end-to-end, against PolNeAR JSONL or the seed gold JSON.
    Quotes {
        /// Gold file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
    },
    /// Article-level countries, against LGL JSONL.
    Countries {
        /// Gold file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Files, folders, or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Title (overrides what the document says).
    #[arg(long)]
    pub title: Option<String>,
    /// Outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Author.
    #[arg(long)]
    pub author: Option<String>,
    /// URL.
    #[arg(long)]
    pub url: Option<String>,
    /// Publication date (2026-11-28, "November 28, 2026", "28 Nov 2026", RFC 2822).
    #[arg(long)]
    pub published: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Sort {
    /// Best match first (BM25).
    Relevance,
    /// Newest article first.
    Date,
}

#[derive(Debug, Clone, Args, Default)]
pub(crate) struct FilterArgs {
    /// Only claims tagged with this country (code, name or demonym); repeatable.
    #[arg(long, value_name = "COUNTRY")]
    pub country: Vec<String>,
    /// Only claims by this speaker (name or alias).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only claims of this kind (direct, partial, indirect, statement); repeatable.
    #[arg(long)]
    pub kind: Vec<String>,
    /// Only claims from this outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only articles published on or after this date.
    #[arg(long)]
    pub since: Option<String>,
    /// Only articles published on or before this date.
    #[arg(long)]
    pub until: Option<String>,
    /// Ignore `context` country tags in country filters and facets.
    #[arg(long)]
    pub exclude_context: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// Query: words, "phrases", AND/OR/NOT, prefix*, speaker: outlet: kind: country: fields.
    #[arg(default_value = "")]
    pub query: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Order of results.
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    pub sort: Sort,
    /// Results per page.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Results to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print counts by country, speaker, kind and outlet.
    #[arg(long)]
    pub facets: bool,
}

#[derive(Debug, Args)]
pub(crate) struct TagArgs {
    /// Claim ids (12 or claim:12) and edits (+JP adds, -CN removes).
    #[arg(allow_hyphen_values = true, value_name = "CLAIM|+CC|-CC")]
    pub items: Vec<String>,
    /// Tag every claim matching this query instead of listed claims.
    #[arg(long)]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

#[derive(Debug, Args)]
pub(crate) struct SpeakersArgs {
    #[command(subcommand)]
    pub action: Option<SpeakersAction>,
    /// Only speakers whose name or alias contains this.
    #[arg(long)]
    pub filter: Option<String>,
    /// How many to list.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

#[derive(Debug, Subcommand)]
pub(crate) enum SpeakersAction {
    /// Merge speaker FROM into INTO (ids or names): FROM's quotes and aliases move to INTO.
    Merge {
        /// Speaker to fold away.
        from: String,
        /// Speaker that remains.
        into: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    /// Comma-separated values.
    Csv,
    /// JSON array.
    Json,
    /// Markdown document.
    Markdown,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// Format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Query (default: every claim).
    #[arg(default_value = "")]
    pub query: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
