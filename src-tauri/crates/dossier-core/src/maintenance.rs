//! Library upkeep: `check` (is the database sound, does the index match
//! it), `repair` (rebuild what is derived), `backup` (a consistent snapshot
//! of the database while the library is in use) and `restore` (bring a
//! snapshot back, atomically).
//!
//! Why these work with other processes running: the backup copies every
//! page in one step of SQLite's online backup API, which reads inside one
//! read transaction, so writers in other processes neither block it nor
//! tear it. A restore validates and upgrades a private copy of the
//! snapshot first, then copies it into the live database in one write
//! transaction through the same API, so every reader sees either the old
//! library or the restored one, never a mix.

use crate::commands::{
    BackupReport, BackupRequest, CheckArea, CheckProblem, CheckReport, CheckRequest, RestoreReport, RestoreRequest,
};
use crate::error::{Error, Result};
use crate::index::SearchFilters;
use crate::library::Library;
use crate::store::{Store, SCHEMA_VERSION};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a backup or restore waits for other processes' writes before
/// reporting "library busy".
const COPY_WAIT: Duration = Duration::from_secs(30);
/// Example ids listed in a problem message (the count is always complete).
const EXAMPLES: usize = 5;
/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// `check`: verifies the database and the index; with `repair`, rebuilds the
/// index and checks again.
pub(crate) fn check(library: &Library, request: CheckRequest) -> Result<CheckReport> {
    let problems = all_problems(library)?;
    let mut repaired = Vec::new();
    let mut remaining = problems.clone();
    if request.repair && problems.iter().any(|p| p.repairable) {
        if problems.iter().any(|p| p.repairable && p.area == CheckArea::Database) {
            library.store().recount_claims()?;
            repaired.push("recounted the claims per kind".to_string());
        }
        if problems.iter().any(|p| p.repairable && p.area == CheckArea::Index) {
            let progress = |done: u64, total: u64| crate::jobs::report(done, total, "rebuilding index");
            let claims = library.index().rebuild(library.store(), &progress)?;
            repaired.push(format!("rebuilt the search index from the database ({claims} claims)"));
        }
        remaining = all_problems(library)?;
    }
    let counts = library.store().counts()?;
    Ok(CheckReport {
        ok: remaining.is_empty(),
        articles: counts.articles,
        claims: counts.claims,
        indexed_claims: library.index().num_docs(),
        problems,
        repaired,
        remaining,
    })
}

fn all_problems(library: &Library) -> Result<Vec<CheckProblem>> {
    let mut problems = database_problems(library.store())?;
    problems.extend(claim_count_problems(library.store())?);
    problems.extend(index_problems(library)?);
    Ok(problems)
}

/// The per-kind claim counts the triggers keep must equal a recount.
fn claim_count_problems(store: &Store) -> Result<Vec<CheckProblem>> {
    let kept = store.counts()?.claims_by_kind;
    let counted = store.claims_by_kind_counted()?;
    let sorted = |mut counts: Vec<(String, u64)>| {
        counts.sort();
        counts
    };
    if sorted(kept.clone()) == sorted(counted.clone()) {
        return Ok(Vec::new());
    }
    Ok(vec![CheckProblem {
        area: CheckArea::Database,
        message: format!("the kept claim counts per kind {kept:?} differ from a recount {counted:?}"),
        repairable: true,
    }])
}

/// SQLite's own checks plus the invariants Dossier relies on.
fn database_problems(store: &Store) -> Result<Vec<CheckProblem>> {
    let problem = |message: String| CheckProblem { area: CheckArea::Database, message, repairable: false };
    store.with_conn(|conn| {
        let mut problems = Vec::new();
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let findings: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        if findings != ["ok"] {
            for finding in findings {
                problems.push(problem(format!("SQLite integrity check: {finding}")));
            }
        }
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        let dangling: Vec<(String, Option<i64>, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        for (table, rowid, parent) in dangling {
            let row = rowid.map(|id| format!(" row {id}")).unwrap_or_default();
            problems.push(problem(format!("{table}{row} points at a missing {parent} row")));
        }
        for key in ["change_seq", "generation"] {
            let value: Option<String> =
                conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?;
            if value.is_none() {
                problems.push(problem(format!("meta entry `{key}` is missing")));
            }
        }
        let mut stmt = conn.prepare(
            "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE c.start < 0 OR c.start > c.end OR c.end > length(CAST(a.body AS BLOB))
                OR c.char_start > c.char_end OR c.char_end > length(a.body)
             ORDER BY c.id",
        )?;
        let out_of_range: Vec<i64> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        if !out_of_range.is_empty() {
            problems.push(problem(format!(
                "{} claim(s) point outside their article's text: {}",
                out_of_range.len(),
                examples(&out_of_range)
            )));
        }
        Ok(problems)
    })
}

/// Compares the index with the database: sync point, document count, and
/// the exact set of claim ids (each claim once).
fn index_problems(library: &Library) -> Result<Vec<CheckProblem>> {
    let problem = |message: String| CheckProblem { area: CheckArea::Index, message, repairable: true };
    let mut problems = Vec::new();
    if !library.index().is_current(library.store())? {
        problems.push(problem("the index is behind the database".to_string()));
    }
    let indexed = library.index().all_claim_ids("", &SearchFilters::default())?;
    let stored: Vec<i64> = library.store().with_conn(|conn| {
        let mut stmt = conn.prepare("SELECT id FROM claims ORDER BY id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    })?;
    let mut seen = HashSet::with_capacity(indexed.len());
    let mut duplicated: Vec<i64> = indexed.iter().copied().filter(|id| !seen.insert(*id)).collect();
    duplicated.dedup();
    let stored_set: HashSet<i64> = stored.iter().copied().collect();
    let missing: Vec<i64> = stored.iter().copied().filter(|id| !seen.contains(id)).collect();
    let mut extra: Vec<i64> = seen.iter().copied().filter(|id| !stored_set.contains(id)).collect();
    extra.sort_unstable();
    if !duplicated.is_empty() {
        problems.push(problem(format!(
            "{} claim(s) are in the index more than once: {}",
            duplicated.len(),
            examples(&duplicated)
        )));
    }
    if !missing.is_empty() {
        problems.push(problem(format!(
            "{} claim(s) of the database are missing from the index: {}",
            missing.len(),
            examples(&missing)
        )));
    }
    if !extra.is_empty() {
        problems.push(problem(format!(
            "{} claim(s) in the index no longer exist in the database: {}",
            extra.len(),
            examples(&extra)
        )));
    }
    Ok(problems)
}

fn examples(ids: &[i64]) -> String {
    let shown: Vec<String> = ids.iter().take(EXAMPLES).map(|id| format!("claim:{id}")).collect();
    let more = if ids.len() > EXAMPLES { format!(" and {} more", ids.len() - EXAMPLES) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

/// `backup`: writes a consistent snapshot of the database to a file (the
/// index is not included: it is rebuilt from the database on restore).
/// The snapshot is written next to the target and renamed into place, so
/// an interrupted backup never leaves a half-written file under that name.
pub(crate) fn backup(library: &Library, request: BackupRequest) -> Result<BackupReport> {
    let target = request.path;
    if target.is_dir() {
        return Err(Error::InvalidInput(format!("{} is a folder; give a file name for the backup", target.display())));
    }
    let partial = sibling(&target, ".partial")?;
    remove_database_files(&partial)?;
    let result = (|| -> Result<()> {
        let mut destination = Connection::open(&partial)?;
        library.store().with_conn(|source| copy_database(source, &mut destination, "backing up"))?;
        // A backup is one self-contained file: no WAL beside it.
        destination.pragma_update(None, "journal_mode", "DELETE")?;
        drop(destination);
        std::fs::rename(&partial, &target)
            .map_err(|e| Error::io(format!("moving the backup into place at {}", target.display()), e))
    })();
    if result.is_err() {
        let _ = remove_database_files(&partial);
    }
    result?;
    let summary = inspect(&target)?;
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupReport {
        path: target.display().to_string(),
        bytes,
        schema_version: summary.schema_version,
        articles: summary.articles,
        claims: summary.claims,
    })
}

/// `restore`: replaces the library's database with a backup, after checking
/// that the file is a sound Dossier library this build can read, then
/// rebuilds the index. The restored database gets a fresh generation, so
/// any other process's index recognises it as another lineage and rebuilds.
pub(crate) fn restore(library: &Library, request: RestoreRequest) -> Result<RestoreReport> {
    let source = request.path;
    let found = inspect(&source)?;
    let staging = sibling(library.store().path(), ".restore")?;
    remove_database_files(&staging)?;
    let result = (|| -> Result<()> {
        std::fs::copy(&source, &staging)
            .map_err(|e| Error::io(format!("copying {} into the library", source.display()), e))?;
        // Upgrades an older schema on the private copy, never on the live library.
        drop(Store::open(&staging)?);
        let staged = Connection::open(&staging)?;
        staged.execute("UPDATE meta SET value = ?1 WHERE key = 'generation'", [crate::store::new_generation()])?;
        library.store().with_conn(|live| copy_database(&staged, live, "restoring"))
    })();
    let _ = remove_database_files(&staging);
    result?;
    let progress = |done: u64, total: u64| crate::jobs::report(done, total, "rebuilding index");
    let indexed_claims = library.index().rebuild(library.store(), &progress)?;
    let counts = library.store().counts()?;
    Ok(RestoreReport {
        path: source.display().to_string(),
        schema_version_found: found.schema_version,
        articles: counts.articles,
        claims: counts.claims,
        indexed_claims,
    })
}

/// `restore` for a library that no longer opens (its database is damaged):
/// the damaged database is kept beside it as `library.sqlite.damaged-<time>`,
/// the checked and upgraded backup is renamed into its place, and the
/// library is opened (which rebuilds the index for the new generation).
/// Only for a library no process is using: it swaps files instead of
/// copying pages inside the live database.
pub fn restore_unopenable(dir: &Path, backup: &Path) -> Result<RestoreReport> {
    let found = inspect(backup)?;
    let database = dir.join(crate::library::DATABASE_FILE);
    let staging = sibling(&database, ".restore")?;
    remove_database_files(&staging)?;
    std::fs::copy(backup, &staging)
        .map_err(|e| Error::io(format!("copying {} into the library", backup.display()), e))?;
    let staged = (|| -> Result<()> {
        drop(Store::open(&staging)?);
        let conn = Connection::open(&staging)?;
        conn.execute("UPDATE meta SET value = ?1 WHERE key = 'generation'", [crate::store::new_generation()])?;
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
            let aside = sibling(&database, &format!(".damaged-{stamp}{suffix}"))?;
            std::fs::rename(&from, &aside)
                .map_err(|e| Error::io(format!("moving the damaged {} aside", from.display()), e))?;
        }
    }
    std::fs::rename(&staging, &database)
        .map_err(|e| Error::io(format!("moving the restored database into {}", database.display()), e))?;
    let library = Library::open(dir)?;
    let counts = library.store().counts()?;
    Ok(RestoreReport {
        path: backup.display().to_string(),
        schema_version_found: found.schema_version,
        articles: counts.articles,
        claims: counts.claims,
        indexed_claims: library.index().num_docs(),
    })
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
struct Inspection {
    schema_version: i64,
    articles: u64,
    claims: u64,
}

fn inspect(path: &Path) -> Result<Inspection> {
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
    Ok(Inspection { schema_version, articles: count("articles")?, claims: count("claims")? })
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
