//! Helpers shared by the end-to-end reliability tests: finding (and
//! building) the real `dossier` binary, running it on a library, writing a
//! synthetic batch of news articles, and inspecting a library the way a
//! user would see it after a crash.
//!
//! Locating the binary: `CARGO_BIN_EXE_dossier` only exists inside the
//! `dossier-cli` package, so the tests find the target directory from their
//! own executable (`<target>/debug/deps/<test>`) and run
//! `cargo build -p dossier-cli` once per test process. The build is a no-op
//! when the binary is fresh, and guarantees the test never runs a stale one.
#![allow(dead_code)] // each test file uses a different subset of the helpers

use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// This package's folder, as `cargo test` says when the test runs. Not
/// `env!`: a target folder shared between checkouts (as CI reuses one) may
/// hold a test binary compiled in another checkout, and its compile-time
/// path would point there.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("tests run under cargo, which sets CARGO_MANIFEST_DIR"))
}

/// The `dossier` binary of this workspace, built on first use.
pub fn dossier_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir =
            exe.parent().and_then(Path::parent).expect("test executable lives in <target>/<profile>/deps");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build.args(["build", "--quiet", "-p", "dossier-cli", "--bin", "dossier"]);
        build.current_dir(manifest_dir());
        if let Some(target_dir) = profile_dir.parent() {
            build.env("CARGO_TARGET_DIR", target_dir);
        }
        let status = build.status().expect("running cargo build -p dossier-cli");
        assert!(status.success(), "cargo build -p dossier-cli failed");
        let bin = profile_dir.join(format!("dossier{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "built dossier binary not found at {}", bin.display());
        bin
    })
}

/// A `dossier` command on `library`, ready to spawn.
pub fn dossier(library: &Path) -> Command {
    let mut command = Command::new(dossier_bin());
    command.arg("--library").arg(library);
    command.env_remove("DOSSIER_LIBRARY");
    command
}

/// Runs `dossier --library LIB ARGS...` to completion.
pub fn run(library: &Path, args: &[&str]) -> Output {
    dossier(library).args(args).output().expect("running dossier")
}

/// Runs a command that must succeed; returns its stdout.
pub fn run_ok(library: &Path, args: &[&str]) -> String {
    let output = run(library, args);
    assert!(
        output.status.success(),
        "dossier {args:?} failed ({}):\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A small deterministic random generator (xorshift64*), so every run of a
/// test sees the same synthetic articles and, for a given seed, the same
/// kill points.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// One item of a list.
    pub fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const FIRST_NAMES: &[&str] =
    &["Amara", "Jonas", "Mei", "Tomasz", "Lucia", "Kwame", "Ines", "Rafael", "Yuki", "Priya", "Oskar", "Leila"];
const LAST_NAMES: &[&str] =
    &["Okafor", "Lindqvist", "Tanaka", "Novak", "Ferreira", "Mensah", "Haddad", "Kowalski", "Sato", "Rao"];
const ROLES: &[&str] = &[
    "trade minister",
    "chief economist at Harbor Capital",
    "spokesperson for the port authority",
    "director of the Institute for Grid Studies",
    "a senior diplomat",
];
const COUNTRIES: &[&str] = &["Japan", "Brazil", "Kenya", "Germany", "Indonesia", "Chile", "Canada", "Vietnam"];
const TOPICS: &[&str] = &["tariffs", "rice exports", "the new rail corridor", "battery plants", "fishing quotas"];
const CUES: &[&str] = &["said", "told reporters", "warned", "added", "argued"];

/// A synthetic news article: a headline, a reporter's statement and a few
/// direct and reported quotes, all invented.
pub fn synthetic_article(rng: &mut Rng, batch: u64, number: usize) -> serde_json::Value {
    let country = rng.pick(COUNTRIES);
    let other = rng.pick(COUNTRIES);
    let topic = rng.pick(TOPICS);
    let mut paragraphs = vec![format!(
        "Officials in {country} opened talks on {topic} with {other} on Tuesday, the {number}th round this year."
    )];
    for _ in 0..1 + rng.below(3) {
        let name = format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
        let role = rng.pick(ROLES);
        let cue = rng.pick(CUES);
        paragraphs.push(format!(
            "\"We expect {other} to move on {topic} before the summer, and {country} is ready,\" {cue} {name}, {role}."
        ));
        if rng.below(2) == 0 {
            paragraphs.push(format!(
                "{name} said the delegation from {other} had asked for more time to study case {}.",
                rng.below(10_000)
            ));
        }
    }
    serde_json::json!({
        "id": format!("synthetic-{batch}-{number}"),
        "title": format!("{country} and {other} talk {topic} (report {number})"),
        "outlet": "The Synthetic Courier",
        "published": format!("2026-{:02}-{:02}", 1 + number % 12, 1 + number % 28),
        "body": paragraphs.join("\n\n"),
    })
}

/// Writes `count` synthetic articles as JSONL to `path`; the seed also
/// names the batch in the articles' source ids.
pub fn write_batch(path: &Path, count: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut text = String::new();
    for number in 0..count {
        text.push_str(&synthetic_article(&mut rng, seed, number).to_string());
        text.push('\n');
    }
    std::fs::write(path, text).expect("writing the synthetic batch");
}

/// What one stored article holds: its claims and their country tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleShape {
    /// Claims.
    pub claims: usize,
    /// Country tags over all its claims.
    pub tags: usize,
}

/// Every article's shape, keyed by its source id, counted in SQL straight
/// from the database file (fast enough to run after every kill).
pub fn shapes_by_source(library: &Path) -> BTreeMap<String, ArticleShape> {
    let conn = rusqlite::Connection::open(library.join("library.sqlite")).expect("open the database");
    let mut stmt = conn
        .prepare(
            "SELECT a.source_id,
                    (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
                    (SELECT COUNT(*) FROM claims c JOIN claim_countries t ON t.claim_id = c.id
                     WHERE c.article_id = a.id)
             FROM articles a",
        )
        .expect("prepare the shape query");
    let rows = stmt
        .query_map([], |r| {
            let source: String = r.get(0)?;
            Ok((source, ArticleShape { claims: r.get::<_, i64>(1)? as usize, tags: r.get::<_, i64>(2)? as usize }))
        })
        .expect("query shapes");
    rows.collect::<rusqlite::Result<_>>().expect("read shapes")
}

/// Asserts that the library's index holds exactly the database's claims,
/// each once, and that the database passes its integrity checks.
pub fn assert_consistent(library: &Library, context: &str) {
    let report = cmd::CheckRequest { repair: false }.run(library).expect("check");
    assert!(report.ok, "{context}: library check found problems: {:#?}", report.problems);
    assert_eq!(report.indexed_claims, report.claims, "{context}: index and database disagree");
}
