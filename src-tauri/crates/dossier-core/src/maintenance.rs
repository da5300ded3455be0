//! Library upkeep: `check` (is the database sound, does the index match
//! it), `repair` (rebuild what is derived), `backup` (a consistent snapshot
//! of the database while the library is in use) and `restore` (bring a
//! snapshot back, atomically). The database-file work is the store's
//! (`crate::store::snapshot`); these commands add the index and the reports.

use crate::commands::{
    BackupReport, BackupRequest, CheckArea, CheckProblem, CheckReport, CheckRequest, RestoreReport, RestoreRequest,
};
use crate::error::{Error, Result};
use crate::index::SearchFilters;
use crate::library::Library;
use crate::store::Store;
use std::collections::HashSet;
use std::path::Path;

/// Example ids listed in a problem message (the count is always complete).
const EXAMPLES: usize = 5;

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

/// The per-kind claim counts the triggers keep must equal a recount (both
/// lists come most first, then by kind).
fn claim_count_problems(store: &Store) -> Result<Vec<CheckProblem>> {
    let kept = store.counts()?.claims_by_kind;
    let counted = store.claims_by_kind_counted()?;
    if kept == counted {
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
    let findings = store.integrity_findings()?;
    let mut problems: Vec<CheckProblem> = findings.problems.into_iter().map(problem).collect();
    let out_of_range = findings.claims_out_of_range;
    if !out_of_range.is_empty() {
        problems.push(problem(format!(
            "{} claim(s) point outside their article's text: {}",
            out_of_range.len(),
            examples(&out_of_range)
        )));
    }
    Ok(problems)
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
    let stored = library.store().claim_ids()?;
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
pub(crate) fn backup(library: &Library, request: BackupRequest) -> Result<BackupReport> {
    let target = request.path;
    if target.is_dir() {
        return Err(Error::InvalidInput(format!("{} is a folder; give a file name for the backup", target.display())));
    }
    let summary = library.store().backup_to(&target)?;
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupReport {
        path: target.display().to_string(),
        bytes,
        schema_version: summary.schema_version,
        articles: summary.articles,
        claims: summary.claims,
    })
}

/// `restore`: replaces the library's database with a backup (checked,
/// upgraded and given a fresh generation by the store), then rebuilds the
/// index.
pub(crate) fn restore(library: &Library, request: RestoreRequest) -> Result<RestoreReport> {
    let source = request.path;
    let found = library.store().restore_from(&source)?;
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
/// the checked backup takes its place, and the library is opened (which
/// rebuilds the index for the new generation). Only for a library no
/// process is using.
pub fn restore_unopenable(dir: &Path, backup: &Path) -> Result<RestoreReport> {
    let found = crate::store::snapshot::restore_over_damaged(&dir.join(crate::library::DATABASE_FILE), backup)?;
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
