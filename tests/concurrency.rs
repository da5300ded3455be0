//! One library, several processes: while a `dossier import` writes, other
//! processes search and read (they must never fail), other writers tag and
//! import (they wait, or fail with the "library busy" message — never a raw
//! lock error), and a long-lived in-process handle (as the desktop app or
//! `dossier serve` holds) keeps answering. Afterwards the index matches the
//! database exactly.

mod support;

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use support::{assert_consistent, dossier, run, run_ok, write_batch};

/// What a second writer may answer: success, or the busy message.
fn assert_wrote_or_busy(output: &Output, what: &str) -> bool {
    if output.status.success() {
        return true;
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("library busy"), "{what} failed without the library-busy message: {stderr}");
    for raw in ["LockBusy", "Failed to acquire", "tantivy", "database is locked"] {
        assert!(!stderr.contains(raw), "{what} showed a raw lock error ({raw}): {stderr}");
    }
    false
}

fn spawn_readers(library: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut reads = 0;
        while !stop.load(Ordering::Relaxed) {
            for args in [&["search", "talks", "--json"][..], &["stats"], &["search", "--country", "JP", "--facets"]] {
                let output = run(&library, args);
                assert!(
                    output.status.success(),
                    "reader `dossier {args:?}` failed during a write: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
                reads += 1;
            }
        }
        reads
    })
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn readers_never_fail_and_second_writers_wait_or_report_busy() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    let (first, big, other) =
        (work.path().join("first.jsonl"), work.path().join("big.jsonl"), work.path().join("other.jsonl"));
    write_batch(&first, 100, 11);
    write_batch(&big, 1_500, 12);
    write_batch(&other, 200, 13);
    run_ok(&lib, &["import", path(&first)]);

    // A long-lived handle, as the desktop app or `dossier serve` keeps.
    let app = Library::open(&lib).unwrap();
    let claim = cmd::ClaimsListRequest { article_id: 1 }.run(&app).unwrap().claims[0].id.to_string();

    let mut writer =
        dossier(&lib).args(["import", path(&big)]).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..2).map(|_| spawn_readers(lib.clone(), stop.clone())).collect();

    std::thread::sleep(std::time::Duration::from_millis(200));
    let tagged = assert_wrote_or_busy(&run(&lib, &["tag", &claim, "+JP"]), "a concurrent `dossier tag`");
    let imported = assert_wrote_or_busy(&run(&lib, &["import", path(&other)]), "a concurrent `dossier import`");
    let reindexed = assert_wrote_or_busy(&run(&lib, &["reindex"]), "a concurrent `dossier reindex`");
    for _ in 0..5 {
        let response = cmd::SearchRequest { query: "talks".into(), ..Default::default() }.run(&app);
        assert!(response.is_ok(), "the app's search failed during a write: {:?}", response.err());
    }

    let status = writer.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut writer.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "the first writer must finish: {stderr}");
    stop.store(true, Ordering::Relaxed);
    let reads: usize = readers.into_iter().map(|r| r.join().expect("a reader failed")).sum();
    assert!(reads > 0);
    eprintln!("{reads} reads during the import; tag ok: {tagged}, import ok: {imported}, reindex ok: {reindexed}");

    // The app handle sees everything that was committed, as does a new one.
    let expected = 100 + 1_500 + if imported { 200 } else { 0 };
    for library in [app, Library::open(&lib).unwrap()] {
        library.catch_up_index(true).unwrap();
        assert_eq!(library.store().article_ids().unwrap().len(), expected);
        assert_consistent(&library, "after concurrent writers");
        if tagged {
            let claim = cmd::ClaimGetRequest { id: claim.parse().unwrap() }.run(&library).unwrap().claim;
            assert!(claim.countries.iter().any(|t| t.code == "JP"));
        }
    }
}

/// A write lock held longer than a writer waits (10 s): the writer gives up
/// with the library-busy message, and readers are not held up at all.
#[test]
fn a_writer_locked_out_too_long_reports_library_busy_while_readers_go_on() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    let batch = work.path().join("batch.jsonl");
    write_batch(&batch, 20, 21);
    run_ok(&lib, &["import", path(&batch)]);

    let holder = rusqlite::Connection::open(lib.join("library.sqlite")).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE key = 'change_seq';").unwrap();
    let started = std::time::Instant::now();
    let search = run(&lib, &["search", "talks"]);
    assert!(search.status.success(), "a reader must not wait for the writer");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "a reader waited {:?}", started.elapsed());

    let tag = run(&lib, &["tag", "1", "+JP"]);
    assert!(!assert_wrote_or_busy(&tag, "`dossier tag` against a held lock"), "the tag cannot have been written");
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(run(&lib, &["tag", "1", "+JP"]).status.success(), "once the lock is released, the write goes through");
}
