//! Crash safety: the real `dossier` binary is SIGKILLed at random instants
//! of an import, a reindex and bulk tag edits, and after every kill the
//! library must be exactly what was committed — each article whole (the
//! same claims and tags as an uninterrupted import of the same input) or
//! absent, the index caught up on open with each claim once, and the next
//! run continuing where the killed one stopped.
//!
//! The kill points are random but reproducible: set `DOSSIER_CRASH_SEED`
//! to replay a failing run (the seed is printed on failure).

mod support;

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};
use support::{assert_consistent, dossier, run_ok, shapes_by_source, write_batch, Rng};

/// Articles in the batch: large enough for several import transactions
/// (512 articles each) and index commits.
const ARTICLES: usize = 2_000;
/// Kills during the import.
const IMPORT_KILLS: usize = 8;
/// Kills during a reindex, and during bulk tagging.
const OTHER_KILLS: usize = 3;

fn seed() -> u64 {
    std::env::var("DOSSIER_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x0D05_51E5)
}

/// Starts `dossier ARGS` on `library`, kills it with SIGKILL at a random
/// instant in the middle half of `typical` (how long the command takes when
/// left alone) — the stretch where it is committing work, away from process
/// start-up and from the finish, so a kill lands mid-work however fast the
/// machine is — and reports whether it was still running when killed.
fn kill_during(library: &Path, args: &[&str], typical: Duration, rng: &mut Rng) -> bool {
    let mut child = spawn_silent(library, args);
    let quarter = typical.as_millis() as u64 / 4;
    let delay = Duration::from_millis(quarter + rng.below(2 * quarter + 1));
    std::thread::sleep(delay);
    let finished = child.try_wait().expect("poll dossier");
    sigkill(child);
    eprintln!(
        "dossier {:?}: after {delay:?} {}",
        args.first(),
        finished.map_or("killed".to_string(), |s| format!("had already exited ({s})"))
    );
    finished.is_none()
}

/// Starts `dossier import BATCH` on `library` and kills it with SIGKILL as
/// soon as the database shows a batch committed beyond the `stored`
/// articles it started with, but not the whole batch: a kill timed by the
/// clock alone may land before the first commit or after the last on a
/// machine faster or slower than the measurement, while this one always
/// leaves a partly imported library (unless the import commits its
/// remaining batches faster than the polling, which the caller's count of
/// partial states would catch).
fn kill_after_a_commit(library: &Path, batch: &str, stored: usize) {
    let mut child = spawn_silent(library, &["import", batch]);
    let database = library.join("library.sqlite");
    let partly_imported = loop {
        if child.try_wait().expect("poll dossier").is_some() {
            break false;
        }
        let count = articles_in_database(&database);
        if count.is_some_and(|n| n > stored && n < ARTICLES) {
            break true;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    sigkill(child);
    eprintln!("dossier import: killed {}", if partly_imported { "after a commit" } else { "after it had exited" });
}

/// Starts `dossier ARGS` on `library` with its output discarded.
fn spawn_silent(library: &Path, args: &[&str]) -> Child {
    dossier(library).args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn dossier")
}

/// Kills a `dossier` process with SIGKILL (nothing runs after it) and reaps it.
fn sigkill(mut child: Child) {
    child.kill().expect("SIGKILL dossier");
    child.wait().expect("reap dossier");
}

/// Articles committed to the database, or `None` while the importing
/// process has not created it yet.
fn articles_in_database(database: &Path) -> Option<usize> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(database, flags).ok()?;
    conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0)).ok().map(|n| n as usize)
}

fn timed(f: impl FnOnce()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

/// Claims tagged with `code` according to the database (extracted tags
/// minus manual removals, plus manual additions), counted in SQL
/// independently of the engine's read path.
fn claims_tagged_in_database(library: &Path, code: &str) -> u64 {
    let conn = rusqlite::Connection::open(library.join("library.sqlite")).expect("open database");
    conn.query_row(
        "SELECT COUNT(*) FROM claims c WHERE
           EXISTS (SELECT 1 FROM manual_tags m WHERE m.article_id = c.article_id AND m.start = c.start
                   AND m.end = c.end AND m.code = ?1 AND m.action = 'add')
           OR (EXISTS (SELECT 1 FROM claim_countries t WHERE t.claim_id = c.id AND t.code = ?1)
               AND NOT EXISTS (SELECT 1 FROM manual_tags m WHERE m.article_id = c.article_id AND m.start = c.start
                               AND m.end = c.end AND m.code = ?1))",
        [code],
        |r| r.get::<_, i64>(0),
    )
    .expect("count tagged claims") as u64
}

fn claims_tagged_in_index(library: &Library, code: &str) -> u64 {
    let request = cmd::SearchRequest { countries: vec![code.to_string()], limit: Some(0), ..Default::default() };
    request.run(library).expect("search by country").total
}

#[test]
fn import_reindex_and_tagging_survive_sigkill_at_random_points() {
    let seed = seed();
    eprintln!("crash test seed: {seed} (replay with DOSSIER_CRASH_SEED={seed})");
    let mut rng = Rng::new(seed);
    support::dossier_bin(); // build it first, so that the timings below are the command's own
    let work = tempfile::tempdir().unwrap();
    let batch = work.path().join("batch.jsonl");
    write_batch(&batch, ARTICLES, 7);
    let batch_arg = batch.to_str().unwrap();

    // The reference: the same input imported without interruption.
    let reference_dir = work.path().join("reference");
    let import_time = timed(|| {
        run_ok(&reference_dir, &["import", batch_arg]);
    });
    drop(Library::open(&reference_dir).unwrap());
    let reference = shapes_by_source(&reference_dir);
    assert_eq!(reference.len(), ARTICLES, "the reference import stores every article");

    // Import, killed again and again.
    let killed_dir = work.path().join("killed");
    let mut partial_states = 0;
    let mut stored_before_last_run = 0;
    for round in 0..IMPORT_KILLS {
        // Aim the kill inside what is left of the work: stored articles are
        // only skipped (counted at half their import cost), the rest imported.
        let work_left = (ARTICLES - stored_before_last_run / 2) as u32;
        let window = (import_time * work_left / ARTICLES as u32).max(Duration::from_millis(100));
        // The first kill waits for a commit, so that at least one leaves a
        // partly imported library however fast the machine; the others fall
        // at random instants.
        if round == 0 {
            kill_after_a_commit(&killed_dir, batch_arg, stored_before_last_run);
        } else {
            kill_during(&killed_dir, &["import", batch_arg], window, &mut rng);
        }
        let library = Library::open(&killed_dir).unwrap();
        let stored = shapes_by_source(&killed_dir);
        for (source, shape) in &stored {
            assert_eq!(Some(shape), reference.get(source), "import kill {round}: article {source} is not whole");
        }
        assert!(stored.len() >= stored_before_last_run, "import kill {round}: committed articles were lost");
        partial_states += (stored.len() > stored_before_last_run && stored.len() < ARTICLES) as usize;
        eprintln!("import kill {round}: {} of {ARTICLES} articles stored, each whole", stored.len());
        stored_before_last_run = stored.len();
        assert_consistent(&library, &format!("import kill {round} (seed {seed})"));
    }
    assert!(partial_states > 0, "no kill left a partly imported library (seed {seed})");

    // The next import continues: what is stored is skipped as duplicates.
    let report = run_ok(&killed_dir, &["--json", "import", batch_arg]);
    let report: cmd::ImportReport = serde_json::from_str(&report).expect("import report JSON");
    assert_eq!(report.duplicates.len(), stored_before_last_run, "every stored article is skipped as a duplicate");
    assert_eq!(report.imported.len(), ARTICLES - stored_before_last_run, "the rest is imported");
    let library = Library::open(&killed_dir).unwrap();
    assert_eq!(shapes_by_source(&killed_dir), reference, "after the kills, the library equals the reference");
    assert_consistent(&library, "after the final import");
    drop(library);

    // Reindex, killed.
    let reindex_time = timed(|| {
        run_ok(&killed_dir, &["reindex"]);
    });
    for round in 0..OTHER_KILLS {
        kill_during(&killed_dir, &["reindex"], reindex_time, &mut rng);
        let library = Library::open(&killed_dir).unwrap();
        assert_consistent(&library, &format!("reindex kill {round} (seed {seed})"));
    }

    // Bulk tagging (one transaction over every claim the query matches),
    // killed: every claim carries FR or none does, and the index agrees.
    let tag_time = timed(|| {
        run_ok(&killed_dir, &["tag", "--query", "", "+FR"]);
    });
    for (round, edit) in ["-FR", "+FR", "-FR", "+FR"].iter().enumerate().take(OTHER_KILLS) {
        kill_during(&killed_dir, &["tag", "--query", "", edit], tag_time, &mut rng);
        let library = Library::open(&killed_dir).unwrap();
        assert_consistent(&library, &format!("tag kill {round} (seed {seed})"));
        let tagged = claims_tagged_in_database(&killed_dir, "FR");
        let claims = library.store().counts().unwrap().claims;
        assert!(
            tagged == 0 || tagged == claims,
            "tag kill {round}: {tagged} of {claims} claims carry FR — half a bulk edit was committed"
        );
        assert_eq!(
            claims_tagged_in_index(&library, "FR"),
            tagged,
            "tag kill {round}: the index's FR tags differ from the database's"
        );
    }

    // One `tag` command over many claims is one transaction: after a kill,
    // either every listed claim carries the edit or none does.
    let library = Library::open(&killed_dir).unwrap();
    let claim_ids: Vec<i64> = library
        .store()
        .article_ids()
        .unwrap()
        .into_iter()
        .take(400)
        .flat_map(|id| claim_ids_of(&library, id))
        .collect();
    drop(library);
    let mut args: Vec<String> = vec!["tag".into()];
    args.extend(claim_ids.iter().map(|id| id.to_string()));
    args.push("+NZ".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let single_tag_time = Duration::from_millis(300);
    for round in 0..OTHER_KILLS {
        kill_during(&killed_dir, &args, single_tag_time, &mut rng);
        let library = Library::open(&killed_dir).unwrap();
        let tagged = claims_tagged_in_database(&killed_dir, "NZ");
        assert!(
            tagged == 0 || tagged == claim_ids.len() as u64,
            "tag kill {round}: {tagged} of {} claims carry the edit — half a command was committed",
            claim_ids.len()
        );
        assert_eq!(claims_tagged_in_index(&library, "NZ"), tagged, "tag kill {round}: index differs");
        assert_consistent(&library, &format!("single tag kill {round} (seed {seed})"));
    }
}

fn claim_ids_of(library: &Library, article_id: i64) -> Vec<i64> {
    let list = cmd::ClaimsListRequest { article_id }.run(library).expect("claims_list");
    list.claims.into_iter().map(|c| c.id).collect()
}
