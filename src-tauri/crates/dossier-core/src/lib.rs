//! Dossier's engine: a library of news articles and the claims extracted from
//! them, stored in SQLite (the source of truth) and indexed with tantivy (derived,
//! always rebuildable).
//!
//! Every host — the `dossier` CLI, `dossier serve` and the Tauri shell — drives
//! the engine through [`commands`], the one command list: a request type, a
//! response type and a name per command, dispatched by [`commands::dispatch`].
#![warn(missing_docs)]

pub mod archive;
pub mod commands;
pub mod error;
pub mod export;
pub mod index;
pub mod ingest;
pub mod jobs;
pub mod library;
pub mod maintenance;
pub mod model;
pub mod samples;
pub mod store;

pub use dossier_countries as countries;
pub use dossier_extract as extract;
pub use error::{Error, Result};
pub use library::Library;
