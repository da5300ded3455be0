//! The database as a file: SQLite's own integrity checks, consistent
//! snapshots (online backup) and putting a snapshot back. These are the
//! SQLite-specific halves of `check`, `backup` and `restore`; the commands
//! themselves (in `crate::maintenance`) only see these methods, so another
//! backend can bring its own.
//!
//! Why these work with other processes running: the backup copies every
//! page in one step of SQLite's online backup API, which reads inside one
//! read transaction, so writers in other processes neither block it nor
//! tear it. A restore validates and upgrades a private copy of the
//! snapshot first, then copies it into the live database in one write
//! transaction through the same API, so every reader sees either the old
//! library or the restored one, never a mix.

use super::{new_generation, Store, SCHEMA_VERSION};
use crate::error::{Error, Result};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a backup or restore waits for other processes' writes before
/// reporting "library busy".
const COPY_WAIT: Duration = Duration::from_secs(30);
/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the database's own checks found wrong.
#[derive(Debug, Default)]
pub struct IntegrityFindings {
    /// SQLite integrity-check findings, dangling references and missing
    /// bookkeeping, each a sentence.
    pub problems: Vec<String>,
    /// Claims whose span lies outside their article's text.
    pub claims_out_of_range: Vec<i64>,
}

/// What a snapshot file holds.
#[derive(Debug, Clone, Copy)]
pub struct SnapshotSummary {
    /// Its schema version (before any upgrade).
    pub schema_version: i64,
    /// Articles in it.
    pub articles: u64,
    /// Claims in it.
    pub claims: u64,
}

impl Store {
    /// SQLite's integrity and foreign-key checks plus the invariants Dossier
    /// relies on (bookkeeping present, claim spans inside their article).
    pub fn integrity_findings(&self) -> Result<IntegrityFindings> {
        self.with_conn(|conn| {
            let mut findings = IntegrityFindings::default();
            let mut stmt = conn.prepare("PRAGMA integrity_check")?;
            let verdicts: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            if verdicts != ["ok"] {
                findings.problems.extend(verdicts.into_iter().map(|v| format!("SQLite integrity check: {v}")));
            }
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let dangling: Vec<(String, Option<i64>, String)> =
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
            for (table, rowid, parent) in dangling {
                let row = rowid.map(|id| format!(" row {id}")).unwrap_or_default();
                findings.problems.push(format!("{table}{row} points at a missing {parent} row"));
            }
            for key in ["change_seq", "generation"] {
                let value: Option<String> =
                    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?;
                if value.is_none() {
                    findings.problems.push(format!("meta entry `{key}` is missing"));
                }
            }
            let mut stmt = conn.prepare(
                "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id
                 WHERE c.start < 0 OR c.start > c.end OR c.end > length(CAST(a.body AS BLOB))
                    OR c.char_start > c.char_end OR c.char_end > length(a.body)
                 ORDER BY c.id",
            )?;
            findings.claims_out_of_range = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(findings)
        })
    }

    /// Every claim id, ascending.
    pub fn claim_ids(&self) -> Result<Vec<i64>> {
        self.read(|tx| {
            let mut stmt = tx.prepare("SELECT id FROM claims ORDER BY id")?;
            let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })
    }

    /// Writes a consistent snapshot of the database to `target`, one
    /// self-contained file written beside it and renamed into place, so an
    /// interrupted backup never leaves a half-written file under that name.
    pub fn backup_to(&self, target: &Path) -> Result<SnapshotSummary> {
        let partial = sibling(target, ".partial")?;
        remove_database_files(&partial)?;
        let result = (|| -> Result<()> {
            let mut destination = Connection::open(&partial)?;
            self.with_conn(|source| copy_database(source, &mut destination, "backing up"))?;
            // A backup is one self-contained file: no WAL beside it.
            destination.pragma_update(None, "journal_mode", "DELETE")?;
            drop(destination);
            std::fs::rename(&partial, target)
                .map_err(|e| Error::io(format!("moving the backup into place at {}", target.display()), e))
        })();
        if result.is_err() {
            let _ = remove_database_files(&partial);
        }
        result?;
        inspect(target)
    }

    /// Replaces the database's contents with the snapshot at `source`, after
    /// checking it is a sound Dossier library this build can read. The copy
    /// is upgraded privately first and gets a fresh generation, so every
    /// index (of any process) recognises another lineage and rebuilds.
    pub fn restore_from(&self, source: &Path) -> Result<SnapshotSummary> {
        let found = inspect(source)?;
        let staging = sibling(self.path(), ".restore")?;
        remove_database_files(&staging)?;
        let result = (|| -> Result<()> {
            std::fs::copy(source, &staging)
                .map_err(|e| Error::io(format!("copying {} into the library", source.display()), e))?;
            // Upgrades an older schema on the private copy, never on the live library.
            drop(Store::open(&staging)?);
            let staged = Connection::open(&staging)?;
            staged.execute("UPDATE meta SET value = ?1 WHERE key = 'generation'", [new_generation()])?;
            self.with_conn(|live| copy_database(&staged, live, "restoring"))
        })();
        let _ = remove_database_files(&staging);
        result?;
        Ok(found)
    }
}

/// Puts the snapshot at `backup` in place of the database file `database`,
/// which no longer opens: the damaged files are kept beside it as
/// `<name>.damaged-<time>`, the checked and upgraded copy is renamed into
/// its place. Only for a database no process is using: it swaps files
/// instead of copying pages inside a live database.
pub fn restore_over_damaged(database: &Path, backup: &Path) -> Result<SnapshotSummary> {
    let found = inspect(backup)?;
    let staging = sibling(database, ".restore")?;
    remove_database_files(&staging)?;
    std::fs::copy(backup, &staging)
        .map_err(|e| Error::io(format!("copying {} into the library", backup.display()), e))?;
    let staged = (|| -> Result<()> {
        drop(Store::open(&staging)?);
        let conn = Connection::open(&staging)?;
        conn.execute("UPDATE meta SET value = ?1 WHERE key = 'generation'", [new_generation()])?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })();
    if let Err(e) = staged {
        let _ = remove_database_files(&staging);
        return Err(e);
    }
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    for suffix in ["", "-wal", "-shm"] {
        let mut from = database.as_os_str().to_os_string();
        from.push(suffix);
        let from = PathBuf::from(from);
        if from.exists() {
            let aside = sibling(database, &format!(".damaged-{stamp}{suffix}"))?;
            std::fs::rename(&from, &aside)
                .map_err(|e| Error::io(format!("moving the damaged {} aside", from.display()), e))?;
        }
    }
    std::fs::rename(&staging, database)
        .map_err(|e| Error::io(format!("moving the restored database into {}", database.display()), e))?;
    Ok(found)
}

/// Copies every page of `source` into `destination` in one step (one read
/// transaction on the source, one write transaction on the destination),
/// waiting for other processes' writes up to [`COPY_WAIT`].
fn copy_database(source: &Connection, destination: &mut Connection, what: &str) -> Result<()> {
    let backup = Backup::new(source, destination)?;
    let deadline = Instant::now() + COPY_WAIT;
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50))
            }
            _ => {
                return Err(Error::LibraryBusy(format!(
                    "the database (still locked by another process after {}s of {what})",
                    COPY_WAIT.as_secs()
                )))
            }
        }
    }
}

/// What a database file holds, after checking it is a Dossier library this
/// build can read.
fn inspect(path: &Path) -> Result<SnapshotSummary> {
    let name = path.display();
    let mut magic = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(format!("opening {name}"), e))?;
    if std::io::Read::read_exact(&mut file, &mut magic).is_err() || &magic != SQLITE_MAGIC {
        return Err(Error::InvalidInput(format!("{name} is not a Dossier backup (not an SQLite database)")));
    }
    drop(file);
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let schema_version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if schema_version > SCHEMA_VERSION {
        return Err(Error::LibraryTooNew { path: name.to_string(), found: schema_version, supported: SCHEMA_VERSION });
    }
    let tables: i64 = conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'articles', 'claims', 'speakers')",
        [],
        |r| r.get(0),
    )?;
    if schema_version < 1 || tables < 4 {
        return Err(Error::InvalidInput(format!("{name} is an SQLite database but not a Dossier library")));
    }
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(Error::InvalidInput(format!("{name} is damaged ({verdict}); it was not restored")));
    }
    let count = |table: &str| -> Result<u64> {
        Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get::<_, i64>(0))? as u64)
    };
    Ok(SnapshotSummary { schema_version, articles: count("articles")?, claims: count("claims")? })
}

/// `path` with `suffix` appended to its file name, in the same folder (so
/// that a rename onto `path` stays on one file system and is atomic).
fn sibling(path: &Path, suffix: &str) -> Result<PathBuf> {
    let name =
        path.file_name().ok_or_else(|| Error::InvalidInput(format!("{} does not name a file", path.display())))?;
    let mut name = name.to_os_string();
    name.push(suffix);
    Ok(path.with_file_name(name))
}

/// Removes a database file and its WAL companions, if present.
fn remove_database_files(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(format!("removing {}", Path::new(&name).display()), e)),
        }
    }
    Ok(())
}
