//! A library on disk: the database, the index derived from it, and the
//! background jobs of this process. [`Library`] is a cheap handle (`Clone`,
//! `Send`, `Sync`) that every host shares between threads.
//!
//! Layout of a library folder: `library.sqlite` (+ WAL files), the source of
//! truth, and `index/`, the tantivy index, which can be deleted at any time.

pub mod handlers;
mod import;

pub use import::{ImportOptions, BATCH_ARTICLES};

use crate::error::{Error, Result};
use crate::index::SearchIndex;
use crate::ingest::Analysis;
use crate::jobs::Jobs;
use crate::store::{InsertedBatch, Store};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The environment variable that overrides the default library location.
pub const LIBRARY_ENV: &str = "DOSSIER_LIBRARY";
/// The database file inside a library folder.
pub const DATABASE_FILE: &str = "library.sqlite";
/// The index folder inside a library folder.
pub const INDEX_DIR: &str = "index";

/// An open library.
#[derive(Clone)]
pub struct Library {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    store: Store,
    index: SearchIndex,
    jobs: Jobs,
    /// What imports and re-extraction run on each article.
    analysis: Analysis,
}

impl Library {
    /// The library folder to use when none is given: `$DOSSIER_LIBRARY`, else
    /// the platform data directory (`~/.local/share/dossier` on Linux).
    pub fn default_dir() -> Result<PathBuf> {
        if let Some(dir) = std::env::var_os(LIBRARY_ENV).filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        dirs::data_dir().map(|d| d.join("dossier")).ok_or_else(|| {
            Error::InvalidInput(format!(
                "cannot find a data directory for the library; set {LIBRARY_ENV} or pass --library DIR"
            ))
        })
    }

    /// Opens the library in `dir`, creating it if needed, upgrading its
    /// schema, and catching its index up with the database (rebuilding it
    /// if it is missing or unreadable).
    pub fn open(dir: &Path) -> Result<Library> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating library folder {}", dir.display()), e))?;
        let store = Store::open(&dir.join(DATABASE_FILE))?;
        let index = SearchIndex::open(&dir.join(INDEX_DIR))?;
        let inner =
            Inner { dir: dir.to_path_buf(), store, index, jobs: Jobs::default(), analysis: crate::ingest::analyze };
        let library = Library { inner: Arc::new(inner) };
        library.catch_up_index(false)?;
        Ok(library)
    }

    /// The library folder.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The database.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The search index.
    pub fn index(&self) -> &SearchIndex {
        &self.inner.index
    }

    /// Background jobs started through this handle.
    pub fn jobs(&self) -> &Jobs {
        &self.inner.jobs
    }

    /// What imports and re-extraction run on each article.
    pub(crate) fn analysis(&self) -> Analysis {
        self.inner.analysis
    }

    /// Makes imports and re-extraction through this handle, which must be
    /// the only one, run `analysis` instead: the tests' way of making the
    /// analysis of one article fail.
    #[cfg(test)]
    pub(crate) fn replace_analysis(&mut self, analysis: Analysis) {
        Arc::get_mut(&mut self.inner).expect("the only handle to a fresh library").analysis = analysis;
    }

    /// Brings the index up to the database. With `wait`, waits for another
    /// process's index writer; without, leaves the catch-up to that process
    /// (or to the next call) when the index is busy. Either way the data is
    /// already safe in the database.
    pub fn catch_up_index(&self, wait: bool) -> Result<u64> {
        let progress = |done: u64, total: u64| crate::jobs::report(done, total, "indexing");
        match self.inner.index.sync(&self.inner.store, wait, &progress) {
            Err(Error::LibraryBusy(_)) if !wait => Ok(0),
            other => other,
        }
    }

    /// Indexes a batch an import just stored (see
    /// [`SearchIndex::index_inserted`]); a busy index is left to catch up
    /// later, like [`Self::catch_up_index`] without waiting.
    pub(crate) fn index_inserted(&self, batch: &InsertedBatch) -> Result<u64> {
        let progress = |done: u64, total: u64| crate::jobs::report(done, total, "indexing");
        match self.inner.index.index_inserted(&self.inner.store, batch, &progress) {
            Err(Error::LibraryBusy(_)) => Ok(0),
            other => other,
        }
    }

    /// Catch-up after a write the user expects to see in search at once:
    /// waits for a busy index, but a still-busy index does not fail the
    /// write that already committed.
    pub(crate) fn refresh_after_write(&self) -> Result<()> {
        match self.catch_up_index(true) {
            Ok(_) | Err(Error::LibraryBusy(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
