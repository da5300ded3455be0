//! Integrity and recovery through the real `dossier` binary: `check` finds
//! a diverged index and database damage, `check --repair` rebuilds what is
//! derived, `backup` takes a consistent snapshot while another process
//! writes, `restore` validates and brings it back, and `dump` → `load`
//! round-trips every article, claim, speaker (aliases, merges) and manual
//! edit.

mod support;

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use std::path::Path;
use std::process::{Output, Stdio};
use support::{assert_consistent, dossier, manifest_dir, run, run_ok, shapes_by_source, write_batch};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A library with `count` synthetic articles, imported by the CLI.
fn library_with(dir: &Path, count: usize, seed: u64) {
    let batch = dir.with_extension("jsonl");
    write_batch(&batch, count, seed);
    run_ok(dir, &["import", batch.to_str().unwrap()]);
}

fn database(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("library.sqlite")).unwrap()
}

#[test]
fn check_finds_a_diverged_index_and_repair_rebuilds_it() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 40, 1);
    let healthy = run(&lib, &["check"]);
    assert!(healthy.status.success(), "a fresh library passes: {}", stdout(&healthy));
    assert!(stdout(&healthy).starts_with("OK:"), "{}", stdout(&healthy));

    // Change the database behind the engine's back (no change_seq bump):
    // three claims vanish, one appears, and the index does not know.
    let conn = database(&lib);
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         DELETE FROM claims WHERE id IN (1, 2, 3);
         INSERT INTO claims (article_id, kind, start, end, char_start, char_end, manual)
           SELECT article_id, kind, start, end, char_start, char_end, 1 FROM claims WHERE id = 4;",
    )
    .unwrap();
    drop(conn);

    let found = run(&lib, &["check"]);
    assert_eq!(found.status.code(), Some(1), "problems make check fail");
    let text = stdout(&found);
    assert!(
        text.contains("3 claim(s) in the index no longer exist in the database: claim:1, claim:2, claim:3"),
        "{text}"
    );
    assert!(text.contains("1 claim(s) of the database are missing from the index"), "{text}");
    assert!(stderr(&found).contains("run `dossier check --repair`"), "{}", stderr(&found));

    let repaired = run(&lib, &["check", "--repair"]);
    assert!(repaired.status.success(), "repair fixes the index: {}", stdout(&repaired));
    assert!(stdout(&repaired).contains("repaired rebuilt the search index"), "{}", stdout(&repaired));
    assert!(run(&lib, &["check"]).status.success(), "the library is healthy after the repair");
}

#[test]
fn check_finds_wrong_kept_claim_counts_and_repair_recounts_them() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 12, 3);
    let stats = |lib: &Path| -> cmd::Stats { serde_json::from_str(&stdout(&run(lib, &["--json", "stats"]))).unwrap() };
    let before = stats(&lib);
    assert_eq!(before.claims_by_kind.iter().map(|(_, n)| n).sum::<u64>(), before.claims);
    database(&lib).execute_batch("UPDATE claim_counts SET n = n + 5").unwrap();

    let found = run(&lib, &["check"]);
    assert_eq!(found.status.code(), Some(1), "wrong counts make check fail");
    assert!(stdout(&found).contains("differ from a recount"), "{}", stdout(&found));
    let repaired = run(&lib, &["check", "--repair"]);
    assert!(repaired.status.success(), "{}", stdout(&repaired));
    assert!(stdout(&repaired).contains("recounted the claims per kind"), "{}", stdout(&repaired));
    assert_eq!(stats(&lib).claims_by_kind, before.claims_by_kind);
}

#[test]
fn check_reports_database_damage_that_repair_cannot_fix() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 5, 2);
    // A tag on a claim that does not exist: only possible with foreign keys off.
    database(&lib)
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO claim_countries (claim_id, code, source, evidence) VALUES (999999, 'JP', 'mentioned', 'x');",
        )
        .unwrap();
    let output = run(&lib, &["--json", "check", "--repair"]);
    assert_eq!(output.status.code(), Some(1));
    let report: cmd::CheckReport = serde_json::from_str(&stdout(&output)).unwrap();
    let problem = &report.remaining[0];
    assert_eq!(problem.area, cmd::CheckArea::Database);
    assert!(!problem.repairable);
    assert!(
        problem.message.contains("claim_countries") && problem.message.contains("missing claims row"),
        "{problem:?}"
    );
    assert!(stderr(&output).contains("restore a backup"), "{}", stderr(&output));
}

#[test]
fn backup_during_a_write_is_consistent_and_restore_brings_it_back() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 200, 3);
    let more = work.path().join("more.jsonl");
    write_batch(&more, 1_500, 4);

    // Back up while another process imports into the same library.
    let mut writer = dossier(&lib)
        .args(["import", more.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let backup = work.path().join("snapshot.sqlite");
    let output = run_ok(&lib, &["--json", "backup", backup.to_str().unwrap()]);
    let report: cmd::BackupReport = serde_json::from_str(&output).unwrap();
    assert!(writer.wait().unwrap().success(), "the import is not disturbed by the backup");
    assert!(report.articles >= 200, "the snapshot holds at least what was there before: {report:?}");
    let snapshot = rusqlite::Connection::open(&backup).unwrap();
    let verdict: String = snapshot.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(verdict, "ok");
    drop(snapshot);
    assert!(!Path::new(&format!("{}-wal", backup.display())).exists(), "a backup is one self-contained file");

    // Restore into a fresh library: every article whole, index rebuilt.
    let restored = work.path().join("restored");
    run_ok(&restored, &["restore", backup.to_str().unwrap()]);
    let library = Library::open(&restored).unwrap();
    let shapes = shapes_by_source(&restored);
    assert_eq!(shapes.len() as u64, report.articles);
    let reference = shapes_by_source(&lib);
    for (source, shape) in &shapes {
        assert_eq!(Some(shape), reference.get(source), "article {source} restored whole");
    }
    assert_consistent(&library, "restored library");
    drop(library);

    // Restore over the live library: it goes back to the snapshot, with a
    // new generation so every process's index rebuilds.
    let generation = |dir: &Path| -> String {
        database(dir).query_row("SELECT value FROM meta WHERE key = 'generation'", [], |r| r.get(0)).unwrap()
    };
    let before = generation(&lib);
    run_ok(&lib, &["restore", backup.to_str().unwrap()]);
    assert_ne!(generation(&lib), before, "a restore starts a new generation");
    let library = Library::open(&lib).unwrap();
    assert_eq!(library.store().article_ids().unwrap().len() as u64, report.articles);
    assert_consistent(&library, "library restored in place");
}

#[test]
fn restore_refuses_what_is_not_a_readable_dossier_library_and_changes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 10, 5);
    let before = std::fs::read(lib.join("library.sqlite")).unwrap();

    let text = work.path().join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let other_sqlite = work.path().join("other.sqlite");
    rusqlite::Connection::open(&other_sqlite).unwrap().execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
    let newer = work.path().join("newer.sqlite");
    run_ok(&lib, &["backup", newer.to_str().unwrap()]);
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();

    let cases = [
        (&text, "is not a Dossier backup (not an SQLite database)"),
        (&other_sqlite, "is an SQLite database but not a Dossier library"),
        (&newer, "has schema version 99"),
        (&work.path().join("missing.sqlite"), "missing.sqlite"),
    ];
    for (file, message) in cases {
        let output = run(&lib, &["restore", file.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "restoring {} must fail", file.display());
        assert!(stderr(&output).contains(message), "restoring {}: {}", file.display(), stderr(&output));
    }
    assert_eq!(before, std::fs::read(lib.join("library.sqlite")).unwrap(), "a refused restore changes nothing");
}

/// Dump lines without the header (which carries the export time).
fn dump_body(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path).unwrap().lines().skip(1).map(str::to_string).collect()
}

#[test]
fn dump_and_load_round_trip_articles_claims_speakers_and_manual_edits() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 60, 6);
    let samples = manifest_dir().join("../src-tauri/crates/dossier-core/samples");
    run_ok(&lib, &["import", samples.to_str().unwrap()]);

    // The user's own edits: country tags added and removed, a claim marked
    // by hand, two speakers merged.
    let library = Library::open(&lib).unwrap();
    let first = cmd::ClaimsListRequest { article_id: 1 }.run(&library).unwrap().claims;
    let tagged = first[0].clone();
    let removed_code = first.iter().flat_map(|c| &c.countries).next().map(|t| t.code.clone());
    cmd::TagRequest { claim_ids: vec![tagged.id], add: vec!["NZ".into()], remove: vec![] }.run(&library).unwrap();
    if let Some(code) = &removed_code {
        let owner = first.iter().find(|c| c.countries.iter().any(|t| &t.code == code)).unwrap();
        cmd::TagRequest { claim_ids: vec![owner.id], add: vec![], remove: vec![code.clone()] }.run(&library).unwrap();
    }
    let manual = cmd::ClaimAddRequest {
        article_id: 2,
        char_start: 0,
        char_end: 20,
        kind: Some("statement".into()),
        speaker: Some("Hand Marked Person".into()),
        role: Some("editor".into()),
    }
    .run(&library)
    .unwrap();
    let speakers = cmd::SpeakersRequest { limit: Some(2), ..Default::default() }.run(&library).unwrap().speakers;
    cmd::SpeakerMergeRequest { from: speakers[1].id.to_string(), into: speakers[0].id.to_string() }
        .run(&library)
        .unwrap();
    drop(library);

    let dump = work.path().join("library.jsonl");
    let dumped: cmd::DumpReport =
        serde_json::from_str(&run_ok(&lib, &["--json", "dump", dump.to_str().unwrap()])).unwrap();
    assert_eq!(dumped.manual_claims, 1);
    assert!(dumped.manual_tags >= 1);

    // Load into an empty library: the same ids, the same everything.
    let copy = work.path().join("copy");
    let loaded: cmd::LoadReport =
        serde_json::from_str(&run_ok(&copy, &["--json", "load", dump.to_str().unwrap()])).unwrap();
    assert_eq!((loaded.articles, loaded.claims, loaded.duplicates), (dumped.articles, dumped.claims, 0));
    let dump_again = work.path().join("copy.jsonl");
    run_ok(&copy, &["dump", dump_again.to_str().unwrap()]);
    assert_eq!(dump_body(&dump), dump_body(&dump_again), "dump → load → dump is the identity");

    let (original, copied) = (Library::open(&lib).unwrap(), Library::open(&copy).unwrap());
    for id in original.store().article_ids().unwrap() {
        let a = cmd::ArticleGetRequest { id }.run(&original).unwrap();
        let b = cmd::ArticleGetRequest { id }.run(&copied).unwrap();
        assert_eq!(serde_json::to_value(&a).unwrap(), serde_json::to_value(&b).unwrap(), "article {id} differs");
    }
    let all = || cmd::SpeakersRequest { limit: Some(100_000), ..Default::default() };
    assert_eq!(all().run(&original).unwrap().speakers, all().run(&copied).unwrap().speakers);
    let nz = |library: &Library| {
        let request = cmd::SearchRequest { countries: vec!["NZ".into()], ..Default::default() };
        request.run(library).unwrap().hits.into_iter().map(|h| h.claim.id).collect::<Vec<_>>()
    };
    assert!(nz(&copied).contains(&tagged.id), "the manual tag is searchable after the load");
    assert_eq!(nz(&original), nz(&copied));
    let hand = cmd::ClaimGetRequest { id: manual.id }.run(&copied).unwrap().claim;
    assert!(hand.manual && hand.speaker.as_ref().is_some_and(|s| s.name == "Hand Marked Person"));
    assert_consistent(&copied, "loaded library");
    drop((original, copied));

    // Loading into a library that has it all already adds nothing.
    let again: cmd::LoadReport =
        serde_json::from_str(&run_ok(&copy, &["--json", "load", dump.to_str().unwrap()])).unwrap();
    assert_eq!((again.articles, again.duplicates), (0, dumped.articles));
}

#[test]
fn a_bad_dump_line_loads_nothing_and_names_the_line() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 20, 8);
    let dump = work.path().join("library.jsonl");
    run_ok(&lib, &["dump", dump.to_str().unwrap()]);
    let mut lines: Vec<String> = std::fs::read_to_string(&dump).unwrap().lines().map(str::to_string).collect();
    let last = lines.len();
    lines[last - 1] = lines[last - 1].replace("\"kind\":\"direct\"", "\"kind\":\"rumour\"");
    lines.insert(last - 1, "{\"type\":\"article\", truncated".into());
    std::fs::write(&dump, lines.join("\n")).unwrap();

    let target = work.path().join("target");
    let output = run(&target, &["load", dump.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains(&format!("library.jsonl:{}: not a dump line", last)), "{}", stderr(&output));
    let library = Library::open(&target).unwrap();
    assert!(library.store().article_ids().unwrap().is_empty(), "a failed load adds nothing");

    let text = work.path().join("plain.jsonl");
    std::fs::write(&text, "{\"title\": \"An article\", \"body\": \"Text.\"}\n").unwrap();
    drop(library);
    let output = run(&target, &["load", text.to_str().unwrap()]);
    assert!(stderr(&output).contains("not a Dossier dump"), "{}", stderr(&output));
}

/// Something done to the index folder behind the engine's back.
type Damage = fn(&Path);

#[test]
fn a_damaged_or_missing_index_is_rebuilt_on_open_with_the_same_results() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 30, 9);
    let before = run_ok(&lib, &["--json", "search", "tariffs", "--limit", "1000"]);
    let ids = |json: &str| -> Vec<i64> {
        let response: cmd::SearchResponse = serde_json::from_str(json).unwrap();
        let mut ids: Vec<i64> = response.hits.iter().map(|h| h.claim.id).collect();
        ids.sort_unstable();
        ids
    };
    let damages: [(&str, Damage); 3] = [
        ("garbled meta.json", |index| std::fs::write(index.join("meta.json"), b"{ not json").unwrap()),
        ("segment files deleted", |index| {
            for entry in std::fs::read_dir(index).unwrap().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".store") || name.ends_with(".idx") {
                    std::fs::remove_file(entry.path()).unwrap();
                }
            }
        }),
        ("index folder deleted", |index| std::fs::remove_dir_all(index).unwrap()),
    ];
    for (damage, apply) in damages {
        apply(&lib.join("index"));
        let after = run_ok(&lib, &["--json", "search", "tariffs", "--limit", "1000"]);
        assert_eq!(ids(&before), ids(&after), "{damage}: the rebuilt index answers the same");
        assert!(run(&lib, &["check"]).status.success(), "{damage}: check passes after the rebuild");
    }
}

#[test]
fn a_library_whose_database_no_longer_opens_is_restored_and_the_damaged_file_kept() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 15, 10);
    let backup = work.path().join("backup.sqlite");
    run_ok(&lib, &["backup", backup.to_str().unwrap()]);

    // Garble the schema page and the first table pages.
    let database = lib.join("library.sqlite");
    let mut bytes = std::fs::read(&database).unwrap();
    for (i, byte) in bytes.iter_mut().enumerate().take(3 * 4096).skip(100) {
        *byte = (i * 31 % 251) as u8;
    }
    std::fs::write(&database, &bytes).unwrap();
    assert!(!run(&lib, &["stats"]).status.success(), "the damaged library no longer opens");

    let output = run(&lib, &["restore", backup.to_str().unwrap()]);
    assert!(output.status.success(), "restore of a damaged library: {}", stderr(&output));
    assert!(stdout(&output).contains("Restored 15 articles"), "{}", stdout(&output));
    let kept: Vec<String> = std::fs::read_dir(&lib)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("library.sqlite.damaged-"))
        .collect();
    assert!(!kept.is_empty(), "the damaged database is kept for inspection");
    let library = Library::open(&lib).unwrap();
    assert_eq!(library.store().article_ids().unwrap().len(), 15);
    assert_consistent(&library, "restored after damage");
}

/// Copies a library folder (the database files and the index folder).
fn copy_library(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.join("index")).unwrap();
    for dir in [Path::new(""), Path::new("index")] {
        for entry in std::fs::read_dir(from.join(dir)).unwrap().flatten() {
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), to.join(dir).join(entry.file_name())).unwrap();
            }
        }
    }
}

fn index_files(library: &Path) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(library.join("index"))
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// An index writer killed after writing a commit's delete files but before
/// the commit leaves files that no commit refers to. The next run performs
/// the same operations from the same last commit, so it names its delete
/// files the same way; it must clear the leftovers rather than fail on them.
#[test]
fn delete_files_left_by_a_killed_index_writer_do_not_block_the_next_edit() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    library_with(&lib, 40, 21);
    let killed = work.path().join("killed");
    copy_library(&lib, &killed);

    // What the edit writes, run to its end on the original.
    let before = index_files(&lib);
    run_ok(&lib, &["tag", "--query", "tariffs", "+FR"]);
    let leftovers: Vec<String> =
        index_files(&lib).difference(&before).filter(|name| name.ends_with(".del")).cloned().collect();
    assert!(!leftovers.is_empty(), "the edit writes delete files");

    // The copy as the killed writer left it: the same delete files, each
    // registered as managed (tantivy registers a file before creating it),
    // and no commit.
    let managed_list = killed.join("index").join(".managed.json");
    let mut managed: Vec<String> = serde_json::from_slice(&std::fs::read(&managed_list).unwrap()).unwrap();
    for name in &leftovers {
        std::fs::copy(lib.join("index").join(name), killed.join("index").join(name)).unwrap();
        managed.push(name.clone());
    }
    std::fs::write(&managed_list, serde_json::to_vec(&managed).unwrap()).unwrap();

    run_ok(&killed, &["tag", "--query", "tariffs", "+FR"]);
    let tagged = |library: &Path| {
        let json = run_ok(library, &["--json", "search", "", "--country", "FR", "--limit", "0"]);
        serde_json::from_str::<cmd::SearchResponse>(&json).unwrap().total
    };
    assert_eq!(tagged(&killed), tagged(&lib), "the edit lands in the index as on the original");
    assert_consistent(&Library::open(&killed).unwrap(), "after the leftovers were cleared");
}
