//! End-to-end tests of the `dossier` binary as a user runs it: import,
//! search output, duplicates, a rebuilt index, tagging, export, `extract`,
//! bad arguments, and `dossier serve` answering the command list over HTTP.

mod support;

use std::io::{Read, Write};
use std::path::Path;
use support::{dossier, run, run_ok};

/// An invented article in the style Dossier is built for.
const ARTICLE: &str = "\
Kenya and Uganda agree on shared rail timetable

Kenya and Uganda agreed on Monday to run their freight trains on a single timetable from January, officials in Nairobi said.

“Every hour a wagon waits at the border is an hour of lost trade,” said Amina Wekesa, director of logistics at the Kenya Railways Corporation.

She added that Tanzania had been invited to join the scheme next year.
";

fn library_with_article() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("rail.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let library = dir.path().join("library");
    run_ok(&library, &["import", article.to_str().unwrap(), "--outlet", "East Africa Ledger"]);
    (dir, library)
}

fn search_json(library: &Path, args: &[&str]) -> serde_json::Value {
    let mut full = vec!["search", "--json"];
    full.extend_from_slice(args);
    serde_json::from_str(&run_ok(library, &full)).expect("search --json prints JSON")
}

#[test]
fn import_then_search_a_phrase_shows_the_speaker_and_role() {
    let (_dir, library) = library_with_article();
    let out = run_ok(&library, &["search", "\"lost trade\""]);
    assert!(out.contains("Amina Wekesa (director of logistics at the Kenya Railways Corporation)"), "{out}");
    assert!(out.contains("1–1 of 1 claims"), "{out}");

    let by_speaker = search_json(&library, &["speaker:\"Amina Wekesa\""]);
    assert!(by_speaker["total"].as_u64().unwrap() >= 1);
    let facets = run_ok(&library, &["search", "trade", "--country", "KE", "--facets"]);
    assert!(facets.contains("countries: KE"), "{facets}");
}

#[test]
fn importing_the_same_file_again_reports_a_duplicate_and_changes_nothing() {
    let (dir, library) = library_with_article();
    let before = run_ok(&library, &["stats", "--json"]);
    let again = run(&library, &["import", dir.path().join("rail.txt").to_str().unwrap()]);
    assert!(again.status.success());
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(stdout.contains("duplicate") && stdout.contains("0 imported, 1 duplicate(s) skipped"), "{stdout}");
    let after = run_ok(&library, &["stats", "--json"]);
    let count = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap()["claims"].clone();
    assert_eq!(count(&before), count(&after));
}

#[test]
fn deleting_the_index_folder_gives_the_same_results() {
    let (_dir, library) = library_with_article();
    let before = search_json(&library, &["trade"]);
    std::fs::remove_dir_all(library.join("index")).unwrap();
    let after = search_json(&library, &["trade"]);
    assert_eq!(before["hits"], after["hits"]);
}

#[test]
fn manual_tags_from_the_command_line_survive_reindex() {
    let (_dir, library) = library_with_article();
    let hit = &search_json(&library, &["\"lost trade\""])["hits"][0]["claim"];
    let id = hit["id"].to_string();
    run_ok(&library, &["tag", &format!("claim:{id}"), "+Ethiopia"]);
    run_ok(&library, &["reindex"]);
    let tagged = search_json(&library, &["--country", "ET"]);
    assert_eq!(tagged["total"], 1);
    assert_eq!(tagged["hits"][0]["claim"]["id"].to_string(), id);
    let bad = run(&library, &["tag", &id, "+Atlantis"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown country `Atlantis`"));
}

#[test]
fn export_writes_every_matching_claim() {
    let (dir, library) = library_with_article();
    let out = dir.path().join("claims.csv");
    run_ok(&library, &["export", "--format", "csv", "trade", "-o", out.to_str().unwrap()]);
    let csv = std::fs::read_to_string(out).unwrap();
    assert!(csv.starts_with("claim_id,kind,text,speaker,role,cue,countries,article_id,title,outlet,published,url"));
    assert!(csv.contains("Amina Wekesa") && csv.contains("East Africa Ledger"));
    let to_stdout = run_ok(&library, &["export", "--format", "json", "trade"]);
    let claims: Vec<serde_json::Value> = serde_json::from_str(&to_stdout).expect("a JSON array on stdout");
    assert_eq!(claims.len(), csv.lines().count() - 1, "the same claims as the CSV");
}

#[test]
fn stdin_import_and_show() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let mut child = dossier(&library)
        .args(["import", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(ARTICLE.as_bytes()).unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let shown = run_ok(&library, &["show", "1"]);
    assert!(shown.starts_with("article:1  Kenya and Uganda agree on shared rail timetable"), "{shown}");
    let missing = run(&library, &["show", "article:999"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("article 999 not found"));
}

#[test]
fn unknown_flags_and_bad_ids_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let wrong = run(&library, &["search", "--colour", "red"]);
    assert_eq!(wrong.status.code(), Some(2), "clap's usage error status");
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("unexpected argument '--colour'"));
    let bad_id = run(&library, &["show", "claim:abc"]);
    assert!(String::from_utf8_lossy(&bad_id.stderr).contains("`claim:abc` is not an id"));
}

/// `dossier export | head`, `dossier search … | head`: the reader closing
/// the pipe early ends the command quietly, with success.
#[test]
fn output_to_a_pipe_closed_early_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let lines: Vec<String> = (0..400)
        .map(|n| {
            let body = format!(
                "“Berth {n} reopens on Monday,” said Amina Wekesa, director of logistics at the Kenya Railways Corporation. \
                 Officials in Nairobi said berth {n} had been closed for repairs since March."
            );
            serde_json::json!({"id": format!("berth-{n}"), "title": format!("Berth {n} reopens"), "body": body}).to_string()
        })
        .collect();
    std::fs::write(&feed, lines.join("\n")).unwrap();
    let library = dir.path().join("library");
    run_ok(&library, &["import", feed.to_str().unwrap()]);
    for (args, start) in [
        (&["export", "--format", "csv"][..], &b"claim_id"[..]),
        (&["search", "berth", "--limit", "800"][..], &b"claim:"[..]),
    ] {
        let mut child = dossier(&library)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first_bytes = vec![0u8; start.len()];
        child.stdout.take().unwrap().read_exact(&mut first_bytes).unwrap();
        let output = child.wait_with_output().unwrap();
        assert_eq!(first_bytes, start, "{args:?}");
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
}

/// A query that makes tantivy's grammar panic gets the query error alone:
/// no panic report on stderr.
#[test]
fn a_query_the_parser_chokes_on_is_a_clear_error_without_a_panic_report() {
    let (_dir, library) = library_with_article();
    let output = run(&library, &["search", "x - *[ y"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot understand the query `x - *[ y`"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn extract_writes_one_line_per_input_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let output = dir.path().join("out.jsonl");
    let lines = [
        serde_json::json!({"id": "a", "text": ARTICLE}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": 2, "body": "“Rates will fall,” said Ola Berg, a banker in Oslo."}).to_string(),
    ];
    std::fs::write(&input, lines.join("\n")).unwrap();
    let status = run(dir.path(), &["extract", "--input", input.to_str().unwrap(), "-o", output.to_str().unwrap()]);
    assert_eq!(status.status.code(), Some(1), "a bad line makes the exit status non-zero");
    let written: Vec<serde_json::Value> =
        std::fs::read_to_string(&output).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(written.len(), 3);
    assert_eq!(written[0]["id"], "a");
    assert!(written[1]["error"].is_string());
    assert_eq!(written[2]["claims"][0]["speaker"]["name"], "Ola Berg");
}

/// Sends one HTTP request and returns (status, body).
fn http(addr: &str, request: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn post(addr: &str, host: &str, command: &str, body: &str) -> (u16, String) {
    http(
        addr,
        &format!(
            "POST /api/{command} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

#[test]
fn serve_answers_the_command_list_on_loopback_only() {
    let (_dir, library) = library_with_article();
    let mut server = dossier(&library)
        .args(["serve", "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(server.stdout.take().unwrap()), &mut first_line).unwrap();
    let addr = first_line
        .trim()
        .strip_prefix("Serving Dossier at http://")
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or_else(|| panic!("unexpected first line: {first_line}"))
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"));

    let (status, body) = post(&addr, &addr, "stats", "{}");
    assert_eq!(status, 200, "{body}");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["articles"], 1);
    let (status, body) = post(&addr, &addr, "article_get", "{\"id\": 999}");
    assert_eq!(status, 404);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["code"], "not_found");
    let (status, _) = post(&addr, "attacker.example:80", "stats", "{}");
    assert_eq!(status, 403, "a foreign Host header is refused (DNS rebinding)");
    let (status, _) = http(&addr, &format!("GET /../Cargo.toml HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"));
    assert!(status == 404 || status == 400, "no file outside ui/ is served");
    let snapshot = library.parent().unwrap().join("stolen.sqlite");
    let request = serde_json::json!({ "path": snapshot }).to_string();
    let (status, body) = post(&addr, &addr, "backup", &request);
    assert_eq!(status, 403, "file-path commands are not for web pages: {body}");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["code"], "forbidden");
    let job = serde_json::json!({ "command": "import_paths", "request": { "paths": ["/etc/hostname"] } }).to_string();
    assert_eq!(post(&addr, &addr, "job_start", &job).0, 403, "not as a background job either");
    assert!(!snapshot.exists(), "nothing was written");
    server.kill().unwrap();
    let _ = server.wait();
}
