//! The performance suite: builds libraries from a real news corpus at several
//! sizes and prints import throughput, query latency next to SQLite FTS5,
//! library size, peak memory, cold-start time, and single-core extraction
//! and tagging speed.
//!
//! `cargo bench -p dossier-core --bench pipeline -- [--scale 1,10,100]
//! [--corpus PATH] [--workdir DIR] [--reps N] [--readme PATH]`
//!
//! Defaults: scales 1 and 10 of `/work/shared/corpora/news/bbc.jsonl`, work
//! files in `/var/tmp/dossier-bench`. Copy `k` of an article gets the id
//! `<id>-r<k>` and a body whose first few spaces are no-break spaces in a
//! pattern unique to `k`, so the content-hash duplicate check keeps every
//! copy while words, claims and tags stay those of the original.
//!
//! Imports and engine searches run in child processes of this same binary
//! (`--child-import`, `--child-search`) so that their peak memory (VmHWM) is
//! theirs alone; the cold-start figure spawns the real `dossier` binary from
//! the same target directory (`cargo build --release -p dossier-cli`).
//! Nothing here asserts on time: it prints numbers.

use dossier_core::commands::{dispatch, ImportReport, Metadata};
use dossier_core::library::BATCH_ARTICLES;
use dossier_core::Library;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator the `dossier` binary uses, so that the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DEFAULT_CORPUS: &str = "/work/shared/corpora/news/bbc.jsonl";
const DEFAULT_WORKDIR: &str = "/var/tmp/dossier-bench";
const DEFAULT_README: &str = "/var/tmp/dossier-notes/bench-readme.md";
/// Results per query, for the engine and FTS5 alike.
const RESULT_LIMIT: usize = 20;
/// Values per facet, as the engine lists them.
const FACET_LIMIT: usize = 50;
/// The index writer budget the engine uses, given to plain tantivy too.
const TANTIVY_BUDGET: usize = 128 * 1024 * 1024;
/// Spaces of a body that encode the copy number (2^10 copies at most).
const COPY_BITS: usize = 10;
/// How many timed `dossier search` processes the cold-start figure takes.
const COLD_RUNS: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--child-import") => child_import(&args[1..]),
        Some("--child-search") => child_search(&args[1..]),
        _ => Options::parse(&args).and_then(|options| run(&options)),
    };
    if let Err(message) = result {
        eprintln!("pipeline bench: {message}");
        std::process::exit(1);
    }
}

type BenchResult<T> = Result<T, String>;

/// Command-line options of the suite.
struct Options {
    scales: Vec<usize>,
    corpus: PathBuf,
    workdir: PathBuf,
    reps: Option<usize>,
    readme: PathBuf,
}

impl Options {
    fn parse(args: &[String]) -> BenchResult<Options> {
        let mut options = Options {
            scales: vec![1, 10],
            corpus: PathBuf::from(DEFAULT_CORPUS),
            workdir: PathBuf::from(DEFAULT_WORKDIR),
            reps: None,
            readme: PathBuf::from(DEFAULT_README),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--scale" => {
                    options.scales = value()?
                        .split(',')
                        .map(|s| s.trim().parse::<usize>().map_err(|_| format!("--scale: `{s}` is not a whole number")))
                        .collect::<BenchResult<_>>()?;
                    if options.scales.iter().any(|&s| s == 0 || s > 1 << COPY_BITS) {
                        return Err(format!("--scale: each size must be between 1 and {}", 1 << COPY_BITS));
                    }
                }
                "--corpus" => options.corpus = PathBuf::from(value()?),
                "--workdir" => options.workdir = PathBuf::from(value()?),
                "--readme" => options.readme = PathBuf::from(value()?),
                "--reps" => {
                    options.reps = Some(value()?.parse().map_err(|_| "--reps needs a whole number".to_string())?)
                }
                // `cargo bench` passes `--bench` to every bench binary.
                "--bench" => {}
                other => return Err(format!("unknown argument `{other}` (see the file's doc comment)")),
            }
        }
        Ok(options)
    }
}

/// One article of the corpus.
#[derive(Clone, Serialize, Deserialize)]
struct CorpusArticle {
    id: String,
    title: String,
    body: String,
}

fn read_corpus(path: &Path) -> BenchResult<Vec<CorpusArticle>> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read corpus {}: {e}", path.display()))?;
    let mut articles = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let article: CorpusArticle =
            serde_json::from_str(&line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        articles.push(article);
    }
    if articles.is_empty() {
        return Err(format!("corpus {} holds no articles", path.display()));
    }
    Ok(articles)
}

/// Copy `copy` of a body: spaces among the first [`COPY_BITS`] become
/// no-break spaces where `copy` has a one bit. Copy 0 is the original.
fn vary_body(body: &str, copy: usize) -> String {
    let mut out = String::with_capacity(body.len() + 2 * COPY_BITS);
    let mut space = 0;
    for c in body.chars() {
        if c == ' ' && space < COPY_BITS {
            out.push(if copy >> space & 1 == 1 { '\u{a0}' } else { ' ' });
            space += 1;
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes the corpus `scale` times into one JSONL file; returns the number
/// of articles and their text bytes (title + body).
fn write_replica(articles: &[CorpusArticle], scale: usize, path: &Path) -> BenchResult<(usize, u64)> {
    let file = std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut out = BufWriter::new(file);
    let mut bytes = 0u64;
    for copy in 0..scale {
        for article in articles {
            let replica = CorpusArticle {
                id: if copy == 0 { article.id.clone() } else { format!("{}-r{copy}", article.id) },
                title: article.title.clone(),
                body: vary_body(&article.body, copy),
            };
            bytes += (replica.title.len() + replica.body.len()) as u64;
            serde_json::to_writer(&mut out, &replica).map_err(|e| e.to_string())?;
            out.write_all(b"\n").map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
    }
    out.flush().map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok((articles.len() * scale, bytes))
}

/// One query of the fixed set, in a form both engines can run.
#[derive(Clone, Serialize, Deserialize)]
struct BenchQuery {
    category: String,
    /// Query text; valid for the engine's parser and FTS5 MATCH alike.
    query: String,
    countries: Vec<String>,
    facets: bool,
}

const CATEGORIES: &[&str] =
    &["rare term", "mid term", "frequent term", "two-word AND", "quote phrase", "country filter", "facets"];

/// The fixed query set. Terms were picked by their article frequency in BBC
/// News (rare: under 15 of 2,225 articles; mid: about 100–200; frequent: over
/// 700); phrases are three words from direct quotes of the corpus itself,
/// picked at run time so no corpus text lives in the repository.
fn query_set(articles: &[CorpusArticle]) -> Vec<BenchQuery> {
    let plain = |category: &str, query: &str| BenchQuery {
        category: category.to_string(),
        query: query.to_string(),
        countries: Vec::new(),
        facets: false,
    };
    let mut queries = Vec::new();
    for term in ["tariff", "referendum", "kyoto", "whisky"] {
        queries.push(plain("rare term", term));
    }
    for term in ["economy", "budget", "software", "police"] {
        queries.push(plain("mid term", term));
    }
    for term in ["said", "year", "people", "government"] {
        queries.push(plain("frequent term", term));
    }
    for pair in ["interest AND rates", "mobile AND phone", "oil AND prices", "election AND labour"] {
        queries.push(plain("two-word AND", pair));
    }
    for phrase in quote_phrases(articles, 6) {
        queries.push(plain("quote phrase", &format!("\"{phrase}\"")));
    }
    for (term, country) in [("economy", "GB"), ("government", "US"), ("growth", "CN"), ("said", "FR")] {
        queries.push(BenchQuery { countries: vec![country.to_string()], ..plain("country filter", term) });
    }
    for term in ["election", "market", "music", "said"] {
        queries.push(BenchQuery { facets: true, ..plain("facets", term) });
    }
    queries
}

/// Three consecutive plain words from the middle of `count` direct quotes,
/// spread evenly over the corpus.
fn quote_phrases(articles: &[CorpusArticle], count: usize) -> Vec<String> {
    let mut candidates = Vec::new();
    for article in articles {
        for quote in article.body.split('"').skip(1).step_by(2) {
            let words: Vec<&str> = quote.split_whitespace().collect();
            if words.len() < 8 {
                continue;
            }
            let window = &words[2..5];
            if window.iter().all(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic())) {
                candidates.push(window.join(" ").to_lowercase());
            }
        }
    }
    let step = (candidates.len() / count).max(1);
    candidates.into_iter().step_by(step).take(count).collect()
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Latency samples (microseconds) per category.
#[derive(Default, Serialize, Deserialize)]
struct Latencies {
    samples: Vec<(String, f64)>,
}

impl Latencies {
    fn sorted(&self, category: Option<&str>) -> Vec<f64> {
        let mut values: Vec<f64> =
            self.samples.iter().filter(|(c, _)| category.is_none_or(|wanted| c == wanted)).map(|&(_, v)| v).collect();
        values.sort_by(f64::total_cmp);
        values
    }
}

/// CPU seconds (user + system) this process and its threads used so far,
/// from `/proc/self/stat` (clock ticks of 1/100 s, Linux's fixed USER_HZ).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the whole line.
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or_default();
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_memory_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// What a child import reports.
#[derive(Serialize, Deserialize)]
struct ImportFigures {
    seconds: f64,
    articles: usize,
    duplicates: usize,
    failed: usize,
    claims: u64,
    cpu_seconds: f64,
    peak_kb: u64,
    /// `(records stored, seconds)` after every stored batch (imported,
    /// duplicate or failed records, as the engine reports them).
    progress: Vec<(usize, f64)>,
}

impl ImportFigures {
    /// Seconds between the last stored batch and the end of the import: the
    /// final index commit and the wait for its merges.
    fn final_commit_seconds(&self) -> Option<f64> {
        self.progress.last().map(|&(_, t)| self.seconds - t)
    }

    /// Articles per second over the first and the last tenth of the input,
    /// as stored (the final commit is reported apart): equal when the import
    /// does not slow down as the library grows.
    fn first_and_last_tenth_rates(&self) -> Option<(f64, f64)> {
        let (&(total, _), _) = self.progress.split_last()?;
        let tenth = total / 10;
        let at = |records: usize| self.progress.iter().find(|&&(n, _)| n >= records).copied();
        let (n1, t1) = at(tenth)?;
        let (n9, t9) = at(total - tenth)?;
        let (n10, t10) = *self.progress.last()?;
        let first = n1 as f64 / t1;
        let last = (n10 - n9) as f64 / (t10 - t9);
        (first.is_finite() && last.is_finite()).then_some((first, last))
    }
}

/// `--child-import LIBRARY JSONL`: the whole pipeline through the engine's
/// own entry (`read_path` → `import_records`), timed from opening the library
/// to the index being searchable.
fn child_import(args: &[String]) -> BenchResult<()> {
    let [library_dir, jsonl] = args else { return Err("--child-import needs LIBRARY and JSONL".into()) };
    let started = Instant::now();
    let library = Library::open(Path::new(library_dir)).map_err(|e| e.to_string())?;
    let mut report = ImportReport::default();
    // Progress as the engine reports it after each stored batch: records
    // read run ahead of what is stored while the next batch is analysed.
    let progress = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let stored = progress.clone();
    let reporter = Box::new(move |done: u64, _total: u64, message: &str| {
        if message == "stored" {
            stored.borrow_mut().push((done as usize, started.elapsed().as_secs_f64()));
        }
    });
    let records = dossier_import::read_path(Path::new(jsonl), &Metadata::default());
    dossier_core::jobs::with_reporter(reporter, || library.import_records(records, &mut report))
        .map_err(|e| e.to_string())?;
    let progress = progress.take();
    let figures = ImportFigures {
        seconds: started.elapsed().as_secs_f64(),
        articles: report.imported.len(),
        duplicates: report.duplicates.len(),
        failed: report.failed.len(),
        claims: report.imported.iter().map(|item| item.claims).sum(),
        cpu_seconds: cpu_seconds(),
        peak_kb: peak_memory_kb(),
        progress,
    };
    println!("{}", serde_json::to_string(&figures).map_err(|e| e.to_string())?);
    Ok(())
}

/// What a child search process reports.
#[derive(Serialize, Deserialize)]
struct SearchFigures {
    open_ms: f64,
    latencies: Latencies,
    /// Total hits of each query, in query-set order.
    totals: Vec<u64>,
    peak_kb: u64,
}

fn engine_request(query: &BenchQuery) -> serde_json::Value {
    serde_json::json!({
        "query": query.query,
        "countries": query.countries,
        "facets": query.facets,
        "limit": RESULT_LIMIT,
    })
}

/// `--child-search LIBRARY QUERIES REPS`: opens the library and runs every
/// query through the command list (`dispatch("search", json)`), once to warm
/// up and then `REPS` timed times.
fn child_search(args: &[String]) -> BenchResult<()> {
    let [library_dir, queries_path, reps] = args else {
        return Err("--child-search needs LIBRARY, QUERIES and REPS".into());
    };
    let reps: usize = reps.parse().map_err(|_| format!("bad repetition count `{reps}`"))?;
    let queries: Vec<BenchQuery> = serde_json::from_str(
        &std::fs::read_to_string(queries_path).map_err(|e| format!("cannot read {queries_path}: {e}"))?,
    )
    .map_err(|e| format!("{queries_path}: {e}"))?;
    let started = Instant::now();
    let library = Library::open(Path::new(library_dir)).map_err(|e| e.to_string())?;
    let open_ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut latencies = Latencies::default();
    let mut totals = Vec::new();
    for query in &queries {
        let request = engine_request(query);
        let warm =
            dispatch(&library, "search", request.clone()).map_err(|e| format!("search `{}`: {e}", query.query))?;
        totals.push(warm["total"].as_u64().unwrap_or(0));
        for _ in 0..reps {
            let started = Instant::now();
            let response = dispatch(&library, "search", request.clone()).map_err(|e| e.to_string())?;
            std::hint::black_box(response);
            latencies.samples.push((query.category.clone(), started.elapsed().as_secs_f64() * 1e6));
        }
    }
    let figures = SearchFigures { open_ms, latencies, totals, peak_kb: peak_memory_kb() };
    println!("{}", serde_json::to_string(&figures).map_err(|e| e.to_string())?);
    Ok(())
}

/// Runs this binary in a child mode and decodes the JSON line it prints.
fn run_child<T: for<'de> Deserialize<'de>>(args: &[&str]) -> BenchResult<T> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this bench binary: {e}"))?;
    let output = Command::new(&exe).args(args).output().map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !output.status.success() {
        return Err(format!("child `{}` failed: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(line).map_err(|e| format!("child `{}` printed `{line}`: {e}", args.join(" ")))
}

/// Wall and CPU (user + system, all threads) seconds of a piece of work.
#[derive(Clone, Copy)]
struct Timing {
    seconds: f64,
    cpu_seconds: f64,
}

/// Times `work`, which runs in this process (its threads included).
fn timed<T>(work: impl FnOnce() -> T) -> (T, Timing) {
    let (started, cpu_before) = (Instant::now(), cpu_seconds());
    let value = work();
    (value, Timing { seconds: started.elapsed().as_secs_f64(), cpu_seconds: cpu_seconds() - cpu_before })
}

/// The same text indexed by plain tantivy: one TEXT field (default tokenizer,
/// positions), title and body of each JSONL line, one commit at the end.
fn plain_tantivy(jsonl: &Path, index_dir: &Path) -> BenchResult<Timing> {
    let _ = std::fs::remove_dir_all(index_dir);
    std::fs::create_dir_all(index_dir).map_err(|e| format!("creating {}: {e}", index_dir.display()))?;
    let (outcome, timing) = timed(|| index_plainly(jsonl, index_dir));
    outcome.map(|()| timing)
}

fn index_plainly(jsonl: &Path, index_dir: &Path) -> BenchResult<()> {
    use tantivy::schema::{Schema, TEXT};
    let mut schema = Schema::builder();
    let text = schema.add_text_field("text", TEXT);
    let index = tantivy::Index::create_in_dir(index_dir, schema.build()).map_err(|e| e.to_string())?;
    let mut writer: tantivy::IndexWriter = index.writer(TANTIVY_BUDGET).map_err(|e| e.to_string())?;
    let file = std::fs::File::open(jsonl).map_err(|e| format!("cannot read {}: {e}", jsonl.display()))?;
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let article: CorpusArticle = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let mut doc = tantivy::TantivyDocument::default();
        doc.add_text(text, format!("{}\n\n{}", article.title, article.body));
        writer.add_document(doc).map_err(|e| e.to_string())?;
    }
    writer.commit().map_err(|e| e.to_string())?;
    writer.wait_merging_threads().map_err(|e| e.to_string())?;
    Ok(())
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// The index's segments after import, from its `meta.json`: documents
/// written, documents marked deleted (re-indexed claims), and how many bytes
/// of files no committed segment uses (merge output not yet collected).
#[derive(Default)]
struct IndexSegments {
    segments: usize,
    documents: u64,
    deleted: u64,
    unreferenced_bytes: u64,
}

fn index_segments(index_dir: &Path) -> IndexSegments {
    let Some(meta) = std::fs::read_to_string(index_dir.join("meta.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
    else {
        return IndexSegments::default();
    };
    let segments = meta["segments"].as_array().cloned().unwrap_or_default();
    let ids: std::collections::HashSet<String> =
        segments.iter().filter_map(|s| s["segment_id"].as_str()).map(|id| id.replace('-', "")).collect();
    let unreferenced_bytes = std::fs::read_dir(index_dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| {
                    let name = e.file_name().to_string_lossy().to_string();
                    let stem = name.split('.').next().unwrap_or_default().to_string();
                    !name.starts_with('.') && name.contains('.') && name != "meta.json" && !ids.contains(&stem)
                })
                .map(|e| e.metadata().map(|m| m.len()).unwrap_or(0))
                .sum()
        })
        .unwrap_or(0);
    IndexSegments {
        segments: segments.len(),
        documents: segments.iter().map(|s| s["max_doc"].as_u64().unwrap_or(0)).sum(),
        deleted: segments.iter().map(|s| s["deletes"]["num_deleted_docs"].as_u64().unwrap_or(0)).sum(),
        unreferenced_bytes,
    }
}

/// Database bytes: the file plus its WAL and shared-memory files.
fn database_size(library_dir: &Path) -> u64 {
    let db = library_dir.join("library.sqlite");
    ["", "-wal", "-shm"].iter().map(|suffix| file_size(Path::new(&format!("{}{suffix}", db.display())))).sum()
}

/// The FTS5 side: a table over the same claims (text and speaker, like the
/// engine's default fields) in the library's own database file.
const FTS_TABLE: &str = "bench_claims_fts";

/// Builds the FTS5 table; returns seconds taken.
fn build_fts(conn: &Connection) -> BenchResult<f64> {
    let started = Instant::now();
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS {FTS_TABLE};
         CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text, speaker, tokenize = 'porter unicode61 remove_diacritics 2');
         INSERT INTO {FTS_TABLE}(rowid, text, speaker)
           SELECT c.id, substr(a.body, c.char_start + 1, c.char_end - c.char_start),
                  CASE WHEN s.name IS NULL THEN NULL ELSE s.name || ' ' || coalesce(c.speaker_mention, '') END
           FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN speakers s ON s.id = c.speaker_id;
         INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize');"
    ))
    .map_err(|e| format!("building the FTS5 table: {e}"))?;
    Ok(started.elapsed().as_secs_f64())
}

/// Runs one query the FTS5 way: total count, top 20 by bm25 with the whole
/// claim highlighted and its kind and speaker, and, when asked, the four
/// facet counts as GROUP BY queries. Returns the total.
fn fts_query(conn: &Connection, query: &BenchQuery) -> BenchResult<u64> {
    let country = query.countries.first().map(String::as_str);
    let filter = if country.is_some() {
        // A correlated EXISTS keeps the MATCH driving the plan; `rowid IN
        // (...)` makes SQLite probe the FTS index once per tagged claim.
        "AND EXISTS (SELECT 1 FROM claim_countries cc WHERE cc.claim_id = bench_claims_fts.rowid AND cc.code = ?2)"
    } else {
        "AND ?2 IS NULL"
    };
    let matched = format!("SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?1 {filter}");
    let sql_err = |e: rusqlite::Error| format!("FTS5 query `{}`: {e}", query.query);
    let total: u64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM ({matched})"))
        .map_err(sql_err)?
        .query_row(rusqlite::params![query.query, country], |row| row.get(0))
        .map_err(sql_err)?;
    let page_sql = format!(
        "SELECT h.id, h.snippet, c.kind, s.name, a.title
         FROM (SELECT rowid AS id, highlight({FTS_TABLE}, 0, '<mark>', '</mark>') AS snippet, rank
               FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?1 {filter} ORDER BY rank LIMIT {RESULT_LIMIT}) h
         JOIN claims c ON c.id = h.id JOIN articles a ON a.id = c.article_id
         LEFT JOIN speakers s ON s.id = c.speaker_id
         ORDER BY h.rank"
    );
    let mut page = conn.prepare_cached(&page_sql).map_err(sql_err)?;
    let rows = page
        .query_map(rusqlite::params![query.query, country], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
            ))
        })
        .map_err(sql_err)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(sql_err)?;
    std::hint::black_box(rows);
    if query.facets {
        let facet_sqls = [
            format!("SELECT cc.code, count(*) FROM ({matched}) m JOIN claim_countries cc ON cc.claim_id = m.id GROUP BY cc.code"),
            format!("SELECT s.name, count(*) FROM ({matched}) m JOIN claims c ON c.id = m.id JOIN speakers s ON s.id = c.speaker_id GROUP BY s.name"),
            format!("SELECT c.kind, count(*) FROM ({matched}) m JOIN claims c ON c.id = m.id GROUP BY c.kind"),
            format!("SELECT a.outlet, count(*) FROM ({matched}) m JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id WHERE a.outlet IS NOT NULL GROUP BY a.outlet"),
        ];
        for sql in facet_sqls {
            let sql = format!("{sql} ORDER BY 2 DESC, 1 LIMIT {FACET_LIMIT}");
            let counts = conn
                .prepare_cached(&sql)
                .map_err(sql_err)?
                .query_map(rusqlite::params![query.query, country], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
                })
                .map_err(sql_err)?
                .collect::<Result<Vec<_>, _>>()
                .map_err(sql_err)?;
            std::hint::black_box(counts);
        }
    }
    Ok(total)
}

fn fts_latencies(conn: &Connection, queries: &[BenchQuery], reps: usize) -> BenchResult<(Latencies, Vec<u64>)> {
    let mut latencies = Latencies::default();
    let mut totals = Vec::new();
    for query in queries {
        totals.push(fts_query(conn, query)?);
        for _ in 0..reps {
            let started = Instant::now();
            fts_query(conn, query)?;
            latencies.samples.push((query.category.clone(), started.elapsed().as_secs_f64() * 1e6));
        }
    }
    Ok((latencies, totals))
}

/// A cold `dossier search` process: wall time from spawn to exit (median of
/// [`COLD_RUNS`]) and its max RSS from `/usr/bin/time` when present.
struct ColdStart {
    median_ms: f64,
    max_rss_kb: Option<u64>,
}

/// Cold searches without and with a country filter (which needs the
/// gazetteer to read the country name).
struct ColdStarts {
    plain: ColdStart,
    country: ColdStart,
}

fn dossier_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let binary = exe.parent()?.parent()?.join("dossier");
    binary.is_file().then_some(binary)
}

fn cold_search(binary: &Path, library_dir: &Path, workdir: &Path, search_args: &[&str]) -> BenchResult<ColdStart> {
    let time_tool = Path::new("/usr/bin/time");
    let rss_file = workdir.join("cold-search.rss");
    let mut wall = Vec::new();
    let mut max_rss = None;
    for _ in 0..COLD_RUNS {
        let mut command = if time_tool.is_file() {
            let mut c = Command::new(time_tool);
            c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(binary);
            c
        } else {
            Command::new(binary)
        };
        command.arg("--library").arg(library_dir).arg("search").args(search_args);
        let started = Instant::now();
        let output = command.output().map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        wall.push(started.elapsed().as_secs_f64() * 1000.0);
        if !output.status.success() {
            return Err(format!("`dossier search` failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
        }
        if let Ok(text) = std::fs::read_to_string(&rss_file) {
            let rss = text.lines().last().and_then(|l| l.trim().parse::<u64>().ok());
            max_rss = max_rss.max(rss);
        }
    }
    wall.sort_by(f64::total_cmp);
    Ok(ColdStart { median_ms: percentile(&wall, 0.5), max_rss_kb: max_rss })
}

/// Everything measured at one scale.
struct ScaleFigures {
    scale: usize,
    articles: usize,
    text_mb: f64,
    import: ImportFigures,
    tantivy: Timing,
    reindex: Timing,
    database_bytes: u64,
    index_bytes: u64,
    index_segments: IndexSegments,
    fts_bytes: u64,
    fts_build_seconds: f64,
    search: SearchFigures,
    fts: Latencies,
    fts_totals: Vec<u64>,
    cold: Option<ColdStarts>,
}

impl ScaleFigures {
    fn import_mb_per_s(&self) -> f64 {
        self.text_mb / self.import.seconds
    }

    fn tantivy_mb_per_s(&self) -> f64 {
        self.text_mb / self.tantivy.seconds
    }
}

fn progress(message: &str) {
    eprintln!("[{}] {message}", chrono::Local::now().format("%H:%M:%S"));
}

fn measure_scale(
    options: &Options,
    articles: &[CorpusArticle],
    queries: &[BenchQuery],
    scale: usize,
) -> BenchResult<ScaleFigures> {
    let workdir = &options.workdir;
    let jsonl = workdir.join(format!("corpus-x{scale}.jsonl"));
    let library_dir = workdir.join(format!("library-x{scale}"));
    progress(&format!("{scale}x: writing {}", jsonl.display()));
    let (count, text_bytes) = write_replica(articles, scale, &jsonl)?;
    let _ = std::fs::remove_dir_all(&library_dir);

    progress(&format!("{scale}x: importing {count} articles through the whole pipeline"));
    let import: ImportFigures =
        run_child(&["--child-import", &library_dir.display().to_string(), &jsonl.display().to_string()])?;

    progress(&format!("{scale}x: indexing the same text with plain tantivy"));
    let tantivy_dir = workdir.join(format!("plain-tantivy-x{scale}"));
    let tantivy = plain_tantivy(&jsonl, &tantivy_dir)?;
    let _ = std::fs::remove_dir_all(&tantivy_dir);

    let conn = Connection::open(library_dir.join("library.sqlite")).map_err(|e| e.to_string())?;
    conn.busy_timeout(Duration::from_secs(30)).map_err(|e| e.to_string())?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(|e| e.to_string())?;
    let database_bytes = database_size(&library_dir);
    let index_bytes = dossier_core::index::dir_size(&library_dir.join("index"));
    let index_segments = index_segments(&library_dir.join("index"));

    let reps = options.reps.unwrap_or(if scale >= 100 { 10 } else { 25 });
    progress(&format!("{scale}x: {} engine queries x {reps} in a fresh search process", queries.len()));
    let queries_path = workdir.join("queries.json");
    std::fs::write(&queries_path, serde_json::to_vec_pretty(queries).map_err(|e| e.to_string())?)
        .map_err(|e| format!("writing {}: {e}", queries_path.display()))?;
    let search: SearchFigures = run_child(&[
        "--child-search",
        &library_dir.display().to_string(),
        &queries_path.display().to_string(),
        &reps.to_string(),
    ])?;

    let cold = match dossier_binary() {
        Some(binary) => {
            progress(&format!("{scale}x: cold `dossier search` processes"));
            Some(ColdStarts {
                plain: cold_search(&binary, &library_dir, workdir, &["economy", "--limit", "20"])?,
                country: cold_search(&binary, &library_dir, workdir, &["economy", "--country", "GB", "--limit", "20"])?,
            })
        }
        None => {
            progress("no `dossier` binary next to this bench: run `cargo build --release -p dossier-cli` for the cold-start figure");
            None
        }
    };

    progress(&format!("{scale}x: rebuilding the index alone (reindex command)"));
    let library = Library::open(&library_dir).map_err(|e| e.to_string())?;
    let (reindexed, reindex) = timed(|| dispatch(&library, "reindex", serde_json::json!({})));
    reindexed.map_err(|e| e.to_string())?;
    drop(library);

    progress(&format!("{scale}x: building the FTS5 table and running the same queries"));
    let fts_build_seconds = build_fts(&conn)?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(|e| e.to_string())?;
    let fts_bytes = database_size(&library_dir).saturating_sub(database_bytes);
    let (fts, fts_totals) = fts_latencies(&conn, queries, reps)?;

    Ok(ScaleFigures {
        scale,
        articles: count,
        text_mb: text_bytes as f64 / 1e6,
        import,
        tantivy,
        reindex,
        database_bytes,
        index_bytes,
        index_segments,
        fts_bytes,
        fts_build_seconds,
        search,
        fts,
        fts_totals,
        cold,
    })
}

/// Single-core speed of extraction alone, of tagging alone (given the
/// claims extraction found) and of storing alone (given the analysed
/// articles), over the 1× corpus; and of analysis on every core.
struct StageSpeeds {
    megabytes: f64,
    extract_mb_per_s: f64,
    tag_mb_per_s: f64,
    store_mb_per_s: f64,
    analyze_all_cores_mb_per_s: f64,
}

fn stage_speeds(articles: &[CorpusArticle], workdir: &Path) -> BenchResult<StageSpeeds> {
    let bytes: usize = articles.iter().map(|a| a.title.len() + a.body.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    dossier_countries::find_mentions("Warm-up in Japan.", None);

    let (extracted, extract) = timed(|| {
        articles.iter().map(|a| dossier_extract::extract(&a.body)).collect::<Vec<Vec<dossier_extract::Claim>>>()
    });

    let ((), tag) = timed(|| {
        for (article, claims) in articles.iter().zip(&extracted) {
            let spans = dossier_core::ingest::claim_spans(claims);
            std::hint::black_box(dossier_countries::tag_article(&article.title, &article.body, None, &spans));
        }
    });

    let records = articles
        .iter()
        .map(|article| dossier_import::ArticleRecord {
            item: String::new(),
            source_id: Some(article.id.clone()),
            title: article.title.clone(),
            body: article.body.clone(),
            outlet: None,
            author: None,
            url: None,
            published: None,
        })
        .collect();
    let (analyzed, analyze) = timed(|| dossier_core::ingest::analyze_on_every_core(records));
    let analyzed = analyzed
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|failure| format!("analysing {}: {}", failure.item, failure.reason))?;

    let store_dir = workdir.join("store-alone");
    let _ = std::fs::remove_dir_all(&store_dir);
    std::fs::create_dir_all(&store_dir).map_err(|e| format!("creating {}: {e}", store_dir.display()))?;
    let store = dossier_core::store::Store::open(&store_dir.join("library.sqlite")).map_err(|e| e.to_string())?;
    let (stored, store_timing) = timed(|| {
        analyzed.chunks(BATCH_ARTICLES).try_for_each(|batch| store.insert_articles(batch, chrono::Utc::now()).map(drop))
    });
    stored.map_err(|e| e.to_string())?;
    drop(store);
    let _ = std::fs::remove_dir_all(&store_dir);

    Ok(StageSpeeds {
        megabytes,
        extract_mb_per_s: megabytes / extract.seconds,
        tag_mb_per_s: megabytes / tag.seconds,
        store_mb_per_s: megabytes / store_timing.seconds,
        analyze_all_cores_mb_per_s: megabytes / analyze.seconds,
    })
}

fn ms(micros: f64) -> String {
    if micros >= 100_000.0 {
        format!("{:.0} ms", micros / 1000.0)
    } else {
        format!("{:.2} ms", micros / 1000.0)
    }
}

/// How many times slower FTS5 is than the engine; two decimals below 1 so
/// that a small ratio does not print as 0.0×.
fn ratio(fts: f64, engine: f64) -> String {
    let r = fts / engine;
    if r < 1.0 {
        format!("{r:.2}×")
    } else {
        format!("{r:.1}×")
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn kb_as_mb(kb: u64) -> String {
    format!("{:.0} MB", kb as f64 / 1024.0)
}

/// The summary table: one column per scale.
fn summary_table(figures: &[ScaleFigures]) -> String {
    let mut out = String::new();
    let header: Vec<String> = figures.iter().map(|f| format!("{}× ({} articles)", f.scale, f.articles)).collect();
    let _ = writeln!(out, "| | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(figures.len()));
    let mut row = |label: &str, cell: &dyn Fn(&ScaleFigures) -> String| {
        let cells: Vec<String> = figures.iter().map(cell).collect();
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    };
    row("text (title + body)", &|f| format!("{:.1} MB", f.text_mb));
    row("claims stored", &|f| f.import.claims.to_string());
    row("import, whole pipeline", &|f| {
        format!(
            "{:.1} s · {:.0} art/s · {:.2} MB/s",
            f.import.seconds,
            f.import.articles as f64 / f.import.seconds,
            f.import_mb_per_s()
        )
    });
    row("plain tantivy, one text field", &|f| {
        format!(
            "{:.1} s · {:.0} art/s · {:.2} MB/s",
            f.tantivy.seconds,
            f.articles as f64 / f.tantivy.seconds,
            f.tantivy_mb_per_s()
        )
    });
    row("import CPU time (user + sys, all threads)", &|f| {
        format!(
            "{:.1} s ({:.0}% of wall × cores)",
            f.import.cpu_seconds,
            100.0 * f.import.cpu_seconds / (f.import.seconds * cores() as f64)
        )
    });
    row("import rate, first → last tenth of the articles", &|f| match f.import.first_and_last_tenth_rates() {
        Some((first, last)) => format!("{first:.0} → {last:.0} art/s"),
        None => "too few articles".into(),
    });
    row("final index commit and merges, after the last batch", &|f| match f.import.final_commit_seconds() {
        Some(seconds) => format!("{seconds:.1} s"),
        None => "—".into(),
    });
    row("pipeline / plain tantivy", &|f| format!("{:.0}%", 100.0 * f.import_mb_per_s() / f.tantivy_mb_per_s()));
    row("CPU seconds per MB of text: pipeline · plain tantivy", &|f| {
        format!("{:.2} · {:.2}", f.import.cpu_seconds / f.text_mb, f.tantivy.cpu_seconds / f.text_mb)
    });
    row("index alone (reindex command: read claims from SQLite, index, commit)", &|f| {
        format!("{:.1} s · {:.2} CPU s per MB", f.reindex.seconds, f.reindex.cpu_seconds / f.text_mb)
    });
    row("duplicates / failed", &|f| format!("{} / {}", f.import.duplicates, f.import.failed));
    row("search p50 / p99, engine", &|f| {
        let s = f.search.latencies.sorted(None);
        format!("{} / {}", ms(percentile(&s, 0.5)), ms(percentile(&s, 0.99)))
    });
    row("search p50 / p99, FTS5", &|f| {
        let s = f.fts.sorted(None);
        format!("{} / {}", ms(percentile(&s, 0.5)), ms(percentile(&s, 0.99)))
    });
    row("FTS5 ÷ engine at p50 / p99", &|f| {
        let (e, s) = (f.search.latencies.sorted(None), f.fts.sorted(None));
        format!(
            "{} / {}",
            ratio(percentile(&s, 0.5), percentile(&e, 0.5)),
            ratio(percentile(&s, 0.99), percentile(&e, 0.99))
        )
    });
    row("database (SQLite)", &|f| mb(f.database_bytes));
    row("index (tantivy)", &|f| mb(f.index_bytes));
    row("index after import: segments · docs written · marked deleted · unreferenced files", &|f| {
        let s = &f.index_segments;
        format!("{} · {} · {} · {}", s.segments, s.documents, s.deleted, mb(s.unreferenced_bytes))
    });
    row("FTS5 table (for comparison)", &|f| format!("{} · built in {:.1} s", mb(f.fts_bytes), f.fts_build_seconds));
    row("peak memory, import process", &|f| kb_as_mb(f.import.peak_kb));
    row("peak memory, search process (all queries)", &|f| kb_as_mb(f.search.peak_kb));
    row("library open in search process", &|f| format!("{:.1} ms", f.search.open_ms));
    let cold = |pick: fn(&ColdStarts) -> &ColdStart| {
        move |f: &ScaleFigures| match &f.cold {
            Some(c) => {
                let c = pick(c);
                format!("{:.0} ms · {}", c.median_ms, c.max_rss_kb.map(kb_as_mb).unwrap_or_else(|| "RSS n/a".into()))
            }
            None => "`dossier` not built".into(),
        }
    };
    row("cold `dossier search economy` (spawn → answer, median · peak RSS)", &cold(|c| &c.plain));
    row("same with `--country GB`", &cold(|c| &c.country));
    out
}

/// Per-category latency, engine next to FTS5, for one scale.
fn latency_table(f: &ScaleFigures, queries: &[BenchQuery]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| {}× query set | hits (first query) | engine p50 | engine p99 | FTS5 p50 | FTS5 p99 | FTS5 ÷ engine p50 | p99 |",
        f.scale
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let mut categories: Vec<Option<&str>> = CATEGORIES.iter().copied().map(Some).collect();
    categories.push(None);
    for category in categories {
        let engine = f.search.latencies.sorted(category);
        let fts = f.fts.sorted(category);
        let first = category.and_then(|c| queries.iter().position(|q| q.category == c));
        let hits = first
            .map(|i| {
                let engine_total = f.search.totals.get(i).copied().unwrap_or(0);
                let fts_total = f.fts_totals.get(i).copied().unwrap_or(0);
                format!("{engine_total} / {fts_total}")
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {hits} | {} | {} | {} | {} | {} | {} |",
            category.unwrap_or("**all**"),
            ms(percentile(&engine, 0.5)),
            ms(percentile(&engine, 0.99)),
            ms(percentile(&fts, 0.5)),
            ms(percentile(&fts, 0.99)),
            ratio(percentile(&fts, 0.5), percentile(&engine, 0.5)),
            ratio(percentile(&fts, 0.99), percentile(&engine, 0.99)),
        );
    }
    out
}

fn run(options: &Options) -> BenchResult<()> {
    std::fs::create_dir_all(&options.workdir).map_err(|e| format!("creating {}: {e}", options.workdir.display()))?;
    let articles = read_corpus(&options.corpus)?;
    let queries = query_set(&articles);
    let cores = cores();
    let load_at_start = load_average();

    progress("extraction, tagging and storing alone on one core");
    let stages = stage_speeds(&articles, &options.workdir)?;
    let mut figures = Vec::new();
    for &scale in &options.scales {
        figures.push(measure_scale(options, &articles, &queries, scale)?);
    }

    let mut report = String::new();
    let _ = writeln!(
        report,
        "Machine: {cores} cores ({}); load average {load_at_start} at start, {} at end. Corpus: {} ({} articles), replicated N× with distinct ids (`<id>-r<k>`); \
         copy k turns a k-specific pattern of the body's first {COPY_BITS} spaces into no-break spaces, so the \
         content-hash duplicate check keeps every copy while words, claims and tags stay the same.\n",
        cpu_model(),
        load_average(),
        options.corpus.display(),
        articles.len()
    );
    let _ = writeln!(report, "{}", summary_table(&figures));
    let _ = writeln!(
        report,
        "One core, {:.1} MB of text: extraction alone {:.2} MB/s · tagging alone (given the claims) {:.2} MB/s · \
         storing alone in SQLite (given the analysed articles, {BATCH_ARTICLES} per transaction, handing the stored claims back for the index) {:.2} MB/s · \
         extract + tag on all {cores} cores {:.2} MB/s.\n",
        stages.megabytes,
        stages.extract_mb_per_s,
        stages.tag_mb_per_s,
        stages.store_mb_per_s,
        stages.analyze_all_cores_mb_per_s
    );
    for f in &figures {
        let _ = writeln!(report, "{}", latency_table(f, &queries));
    }
    let _ = writeln!(
        report,
        "Query set ({} queries, each run once to warm up then timed; limit {RESULT_LIMIT}, snippets on every query): {}.\n\
         Engine: `dispatch(\"search\", json)` in a fresh process. FTS5: table `{FTS_TABLE}(text, speaker)` with the \
         porter tokenizer in the same library.sqlite; count(*), top {RESULT_LIMIT} by bm25 with `highlight()`, joined \
         to claims/speakers/articles; country filter via `claim_countries`; facets as four GROUP BY queries.",
        queries.len(),
        queries
            .iter()
            .map(|q| {
                let mut s = format!("`{}`", q.query);
                if !q.countries.is_empty() {
                    s.push_str(&format!(" in {}", q.countries.join(",")));
                }
                if q.facets {
                    s.push_str(" +facets");
                }
                s
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("\n{report}");
    write_readme(options, &report)
}

fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// The 1-minute load average: other work on the machine slows every
/// wall-clock figure.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name").map(|r| r.trim_start_matches([' ', '\t', ':']).to_string()))
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn write_readme(options: &Options, report: &str) -> BenchResult<()> {
    let scales: Vec<String> = options.scales.iter().map(usize::to_string).collect();
    let text = format!(
        "## Performance\n\n\
         Measured {} with `cargo bench -p dossier-core --bench pipeline -- --scale {}`.\n\n{report}\n\
         ### Reproduce\n\n\
         ```sh\n\
         export CARGO_TARGET_DIR=/var/tmp/dossier-target\n\
         cargo build --release -p dossier-cli   # the cold-start row spawns this `dossier`\n\
         cargo bench -p dossier-core --bench pipeline                       # 1× and 10×\n\
         nice -n 10 cargo bench -p dossier-core --bench pipeline -- --scale 100   # ~220k articles\n\
         # options: --corpus PATH  --workdir DIR (default {DEFAULT_WORKDIR})  --reps N  --readme PATH\n\
         ```\n",
        chrono::Local::now().format("%Y-%m-%d %H:%M"),
        scales.join(","),
    );
    if let Some(parent) = options.readme.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(&options.readme, text).map_err(|e| format!("writing {}: {e}", options.readme.display()))?;
    progress(&format!("figures written to {}", options.readme.display()));
    Ok(())
}
