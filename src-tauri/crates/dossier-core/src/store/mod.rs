//! The library database: SQLite, the source of truth for everything Dossier
//! knows. The search index is derived from it.
//!
//! This module is the storage seam: the rest of the engine talks to
//! [`Store`]'s methods, never to SQL, so another backend (PostgreSQL for a
//! team deployment) can stand behind the same methods.

pub mod archive;
mod migrations;
mod read;
pub mod snapshot;
mod write;

pub use migrations::SCHEMA_VERSION;
pub use read::{ArticleClaims, Counts, SpeakerRef};
pub use write::{InsertOutcome, InsertedBatch, TagEdit};

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// How long a writer waits for another process's write to finish before
/// reporting "library busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Prepared statements each connection keeps.
const STATEMENT_CACHE: usize = 64;
/// WAL pages (4 KB each) after which a commit checkpoints.
const WAL_AUTOCHECKPOINT_PAGES: i64 = 10_000;

/// The library database, with a small pool of connections so that readers
/// on several threads never wait for each other (WAL lets them read while
/// one writer writes).
pub struct Store {
    path: PathBuf,
    pool: Mutex<Vec<Connection>>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, upgrading its
    /// schema. A database from a newer Dossier is refused untouched.
    pub fn open(path: &Path) -> Result<Store> {
        // Checked on a read-only connection first: switching a database to
        // WAL rewrites its header, and a newer library must stay untouched.
        if path.exists() {
            let reader = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            let found: i64 = reader.pragma_query_value(None, "user_version", |row| row.get(0))?;
            if found > SCHEMA_VERSION {
                return Err(Error::LibraryTooNew {
                    path: path.display().to_string(),
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
        }
        let conn = open_connection(path)?;
        migrate(&conn, path)?;
        Ok(Store { path: path.to_path_buf(), pool: Mutex::new(vec![conn]) })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` with a pooled connection.
    fn with_conn<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let pooled = self.pool.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => open_connection(&self.path)?,
        };
        let result = f(&mut conn);
        self.pool.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
        result
    }

    /// Runs `f` inside one immediate (write-locking) transaction: all of it
    /// commits, or none of it does.
    fn write<T>(&self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>) -> Result<T> {
        self.with_conn(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })
    }

    /// Runs `f` inside a read transaction, so that several queries see one
    /// consistent snapshot.
    fn read<T>(&self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>) -> Result<T> {
        self.with_conn(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
            let value = f(&tx)?;
            tx.finish()?;
            Ok(value)
        })
    }
}

fn open_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // 32 MB of page cache (the default is 2 MB): an import looks up every
    // speaker and duplicate key, and searches load claims from all over.
    conn.pragma_update(None, "cache_size", -32_000)?;
    // Every statement of an import's batch (and of reading a batch back for
    // the index) stays prepared: the default of 16 made them evict each other.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Checkpoint the WAL into the database every ~40 MB instead of every
    // ~4 MB (SQLite's default): an import's batch is a few MB, so each commit
    // paid for a checkpoint that rewrote the same index pages again.
    conn.pragma_update(None, "wal_autocheckpoint", WAL_AUTOCHECKPOINT_PAGES)?;
    // WAL: readers never block the writer nor each other; a crash loses no
    // committed transaction. The pragma answers with the mode it set.
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::InvalidInput(format!(
            "{}: the database could not switch to WAL mode (got {mode})",
            path.display()
        )));
    }
    Ok(conn)
}

/// Applies pending migrations in one immediate transaction, so that a crash
/// mid-upgrade leaves the old schema intact.
fn migrate(conn: &Connection, path: &Path) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::LibraryTooNew { path: path.display().to_string(), found, supported: SCHEMA_VERSION });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        // Re-read under the write lock: another process may have migrated.
        let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        for (version, sql) in migrations::MIGRATIONS.iter().enumerate().skip(current as usize) {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", version as i64 + 1)?;
        }
        if current == 0 {
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('change_seq', '0'), ('generation', ?1)",
                [new_generation()],
            )?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
    }
    Ok(())
}

/// A value that identifies one database's lineage; the index records it so
/// that an index built from another database (e.g. before a restore) is
/// rebuilt rather than trusted.
fn new_generation() -> String {
    use sha2::{Digest, Sha256};
    let now = chrono::Utc::now();
    let seed = format!(
        "{}-{}-{:?}",
        now.timestamp_nanos_opt().unwrap_or_default(),
        std::process::id(),
        std::thread::current().id()
    );
    let digest = Sha256::digest(seed.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_and_set_user_version() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("library.sqlite")).unwrap();
        let version: i64 = store.with_conn(|c| Ok(c.pragma_query_value(None, "user_version", |r| r.get(0))?)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn newer_schema_is_refused_without_being_touched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite");
        drop(Store::open(&path).unwrap());
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().expect("a newer schema must be refused");
        assert!(matches!(err, Error::LibraryTooNew { found, .. } if found == SCHEMA_VERSION + 5));
        assert_eq!(before, std::fs::read(&path).unwrap(), "a refused library must not be modified");
    }

    #[test]
    fn reopening_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite");
        drop(Store::open(&path).unwrap());
        drop(Store::open(&path).unwrap());
    }
}
