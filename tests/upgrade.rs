//! Upgrades: a library written by an earlier Dossier opens with the current
//! build (its migrations run, nothing is lost, search works), and a library
//! from a newer Dossier is refused — exit code 1 and a message saying to
//! upgrade — without a byte of it changing.
//!
//! Fixtures: `fixtures/libraries/v<N>/library.sqlite` is a library at schema
//! version N (the database only; the index is derived), and `expected.json`
//! beside it records what it holds. They are built from the invented
//! articles below by `regenerate_fixture`, which every test run exercises
//! in a temporary folder; with `DOSSIER_WRITE_FIXTURE=1` it writes into
//! `fixtures/libraries/v<current>/` instead — do that with the build of
//! schema version N when that version is current, then commit the two
//! files; never regenerate an old version's fixture with a newer build.

mod support;

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::store::SCHEMA_VERSION;
use dossier_core::Library;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use support::{assert_consistent, run};

/// Every committed fixture, oldest first.
const FIXTURE_VERSIONS: &[i64] = &[1, 2];

/// Three short invented articles, in the formats a user imports.
const FIXTURE_ARTICLES: &[(&str, &str)] = &[
    (
        "harbour.md",
        "---\ntitle: Harbour expansion divides Valparaíso council\noutlet: The Fixture Gazette\npublished: 2026-03-02\n---\n\n\
         \"The port cannot grow into the old town,\" said Camila Rojas, a member of the city council.\n\n\
         Chile's transport ministry said the plan would go ahead after a review.\n\n\
         Rojas added that Peru had finished a similar project in Callao within two years.\n",
    ),
    (
        "grain.txt",
        "Grain shipments from Ukraine resume after talks in Istanbul\n\n\
         \"We have the ships and we have the buyers,\" Oleh Marchenko, head of the grain traders' association, told reporters.\n\n\
         Turkish officials said inspections would take place at sea.\n\n\
         Marchenko said Egypt and Kenya were the first buyers to confirm orders.\n",
    ),
    (
        "chips.md",
        "---\ntitle: Dutch chip tool makers weigh new export rules\noutlet: The Fixture Gazette\npublished: 2026-04-18\n---\n\n\
         \"Our customers in Taiwan need certainty,\" said Pieter de Vries, a spokesperson for the industry group.\n\n\
         The Netherlands is expected to publish the rules in May, according to two officials.\n",
    ),
];

/// What a fixture library holds, recorded when it was made.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Expected {
    schema_version: i64,
    /// `(title, claims)` per article, in id order.
    articles: Vec<(String, usize)>,
    /// The claim the user tagged by hand, and the code added.
    manual_tag: (i64, String),
    /// The claim the user marked by hand.
    manual_claim: i64,
    /// Speaker merged away, and the one it went into.
    merged: (String, String),
}

fn fixture_dir(version: i64) -> PathBuf {
    support::manifest_dir().join(format!("fixtures/libraries/v{version}"))
}

/// A working copy of a fixture library in `dir`.
fn copy_fixture(version: i64, dir: &Path) -> Expected {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(fixture_dir(version).join("library.sqlite"), dir.join("library.sqlite")).unwrap();
    serde_json::from_str(&std::fs::read_to_string(fixture_dir(version).join("expected.json")).unwrap()).unwrap()
}

/// Every article's title and number of claims, in id order.
fn titles_and_claim_counts(library: &Library) -> Vec<(String, usize)> {
    let ids = library.store().article_ids().unwrap();
    ids.into_iter()
        .map(|id| {
            let article = cmd::ArticleGetRequest { id }.run(library).unwrap();
            (article.article.summary.title, article.claims.len())
        })
        .collect()
}

#[test]
fn every_older_library_opens_upgraded_with_its_data_intact() {
    for &version in FIXTURE_VERSIONS {
        let work = tempfile::tempdir().unwrap();
        let expected = copy_fixture(version, work.path());
        assert_eq!(expected.schema_version, version);
        let library = Library::open(work.path()).unwrap();
        let stats = cmd::StatsRequest {}.run(&library).unwrap();
        assert_eq!(stats.schema_version, SCHEMA_VERSION);
        let expected_claims: usize = expected.articles.iter().map(|(_, claims)| claims).sum();
        assert_eq!(stats.claims, expected_claims as u64, "v{version}: claim counts carried over");
        assert_eq!(stats.claims_by_kind.iter().map(|(_, n)| n).sum::<u64>(), stats.claims);
        let found: i64 = rusqlite::Connection::open(work.path().join("library.sqlite"))
            .unwrap()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(found, SCHEMA_VERSION, "v{version}: migrations ran");

        let articles = titles_and_claim_counts(&library);
        assert_eq!(articles, expected.articles, "v{version}: every article with its claims");

        let (claim_id, code) = &expected.manual_tag;
        let claim = cmd::ClaimGetRequest { id: *claim_id }.run(&library).unwrap().claim;
        assert!(claim.countries.iter().any(|t| &t.code == code && t.source == dossier_core::model::TagSource::Manual));
        assert!(cmd::ClaimGetRequest { id: expected.manual_claim }.run(&library).unwrap().claim.manual);
        let (from, into) = &expected.merged;
        let speaker = library.store().find_speaker(from).unwrap().expect("merged speaker still found by old name");
        assert_eq!(&speaker.name, into, "v{version}: the merge holds");

        let hits = cmd::SearchRequest { countries: vec![code.clone()], ..Default::default() }.run(&library).unwrap();
        assert!(hits.hits.iter().any(|h| h.claim.id == *claim_id), "v{version}: the index was built and searches");
        assert_consistent(&library, &format!("fixture v{version}"));
    }
}

#[test]
fn a_library_from_a_newer_dossier_is_refused_untouched() {
    let work = tempfile::tempdir().unwrap();
    let newest = *FIXTURE_VERSIONS.last().unwrap();
    copy_fixture(newest, work.path());
    let database = work.path().join("library.sqlite");
    rusqlite::Connection::open(&database).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    let before = std::fs::read(&database).unwrap();

    for args in [&["stats"][..], &["search", "port"], &["import", "-"], &["check", "--repair"]] {
        let output = run(work.path(), args);
        assert_eq!(output.status.code(), Some(1), "`dossier {args:?}` must refuse a newer library");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let message = format!(
            "has schema version {}, but this Dossier understands up to {SCHEMA_VERSION}; upgrade Dossier to open it (the library was not modified)",
            SCHEMA_VERSION + 1
        );
        assert!(stderr.contains(&message), "`dossier {args:?}`: {stderr}");
    }
    assert_eq!(before, std::fs::read(&database).unwrap(), "the refused database is byte for byte unchanged");
    assert!(!work.path().join("index").exists(), "no index is created for a refused library");
    for companion in ["library.sqlite-wal", "library.sqlite-shm"] {
        assert!(!work.path().join(companion).exists(), "{companion} was created for a refused library");
    }
}

/// Builds the fixture of the current schema version (see the module doc):
/// into a temporary folder, checked to reopen whole; into the committed
/// folder when `DOSSIER_WRITE_FIXTURE=1`.
#[test]
fn regenerate_fixture() {
    let work = tempfile::tempdir().unwrap();
    let library = Library::open(&work.path().join("lib")).unwrap();
    let documents = FIXTURE_ARTICLES
        .iter()
        .map(|(name, content)| cmd::Document { name: name.to_string(), content: content.to_string(), format: None })
        .collect();
    let report = cmd::ImportDocumentsRequest { documents, metadata: Default::default() }.run(&library).unwrap();
    assert!(report.failed.is_empty() && report.imported.len() == FIXTURE_ARTICLES.len(), "{report:?}");

    let first = cmd::ClaimsListRequest { article_id: 1 }.run(&library).unwrap().claims;
    let tagged = first[0].id;
    cmd::TagRequest { claim_ids: vec![tagged], add: vec!["NZ".into()], remove: vec![] }.run(&library).unwrap();
    let manual = cmd::ClaimAddRequest {
        article_id: 3,
        char_start: 0,
        char_end: 30,
        kind: Some("statement".into()),
        speaker: None,
        role: None,
    }
    .run(&library)
    .unwrap();
    let speakers = cmd::SpeakersRequest { limit: Some(2), ..Default::default() }.run(&library).unwrap().speakers;
    let (from, into) = (speakers[1].name.clone(), speakers[0].name.clone());
    cmd::SpeakerMergeRequest { from: from.clone(), into: into.clone() }.run(&library).unwrap();

    let articles = titles_and_claim_counts(&library);
    let expected = Expected {
        schema_version: SCHEMA_VERSION,
        articles,
        manual_tag: (tagged, "NZ".into()),
        manual_claim: manual.id,
        merged: (from, into),
    };
    let write_committed = std::env::var_os("DOSSIER_WRITE_FIXTURE").is_some_and(|v| v == "1");
    let out = if write_committed { fixture_dir(SCHEMA_VERSION) } else { work.path().join("fixture") };
    std::fs::create_dir_all(&out).unwrap();
    let snapshot = work.path().join("snapshot.sqlite");
    cmd::BackupRequest { path: snapshot.clone() }.run(&library).unwrap();
    rusqlite::Connection::open(&snapshot).unwrap().execute_batch("VACUUM").unwrap();
    std::fs::copy(&snapshot, out.join("library.sqlite")).unwrap();
    std::fs::write(out.join("expected.json"), serde_json::to_string_pretty(&expected).unwrap() + "\n").unwrap();

    let reopened = tempfile::tempdir().unwrap();
    std::fs::copy(out.join("library.sqlite"), reopened.path().join("library.sqlite")).unwrap();
    let stats = cmd::StatsRequest {}.run(&Library::open(reopened.path()).unwrap()).unwrap();
    assert_eq!(stats.articles as usize, FIXTURE_ARTICLES.len(), "the written fixture reopens with every article");
}
