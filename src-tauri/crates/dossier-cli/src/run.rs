//! Runs each subcommand: builds the engine request, calls the command list,
//! hands the response to `print`.

use crate::cli::{
    Cli, Command, EvalCommand, ExportArgs, FilterArgs, Format, SearchArgs, Sort, SpeakersAction, TagArgs,
};
use crate::error::{CliError, Result};
use crate::print;
use crate::print::out;
use dossier_core::commands::{self as cmd, Command as _};
use dossier_core::Library;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

pub(crate) fn run(cli: Cli) -> Result<()> {
    let json = cli.json;
    match cli.command {
        Command::Extract { input, output } => return extract(&input, output.as_deref()),
        Command::Eval { what } => return eval(what, json),
        _ => {}
    }
    let dir = match cli.library {
        Some(dir) => dir,
        None => Library::default_dir()?,
    };
    let library = match (Library::open(&dir), &cli.command) {
        (Ok(library), _) => library,
        // A damaged database that no longer opens can still be restored.
        (Err(e), Command::Restore { file }) if !matches!(e, dossier_core::Error::LibraryTooNew { .. }) => {
            eprintln!("dossier: the library does not open ({e}); restoring it from {}", file.display());
            let report = dossier_core::maintenance::restore_unopenable(&dir, file)?;
            let message = format!(
                "Restored {} articles and {} claims from {}; the damaged database was kept beside it.",
                report.articles, report.claims, report.path
            );
            print::line(json, &report, &message);
            return Ok(());
        }
        (Err(e), _) => return Err(e.into()),
    };
    match cli.command {
        Command::Import(args) => {
            let request = cmd::ImportPathsRequest {
                paths: args.paths,
                metadata: dossier_core::commands::Metadata {
                    title: args.title,
                    outlet: args.outlet,
                    author: args.author,
                    url: args.url,
                    published: args.published,
                },
            };
            let report = with_progress("importing", || request.run(&library))?;
            print::import_report(&report, json);
            if report.failed.is_empty() {
                Ok(())
            } else {
                Err(CliError::Partial(format!("{} item(s) failed to import", report.failed.len())))
            }
        }
        Command::Search(args) => {
            let response = search_request(&args).run(&library)?;
            print::search(&response, &args, json);
            Ok(())
        }
        Command::Show { id } => show(&library, &id, json),
        Command::Claims { article } => {
            let list = cmd::ClaimsListRequest { article_id: article }.run(&library)?;
            print::claims(&list.claims, json);
            Ok(())
        }
        Command::Tag(args) => tag(&library, args, json),
        Command::Countries { exclude_context } => {
            print::countries(&cmd::CountriesRequest { exclude_context }.run(&library)?, json);
            Ok(())
        }
        Command::Speakers(args) => match args.action {
            Some(SpeakersAction::Merge { from, into }) => {
                let speaker = cmd::SpeakerMergeRequest { from, into }.run(&library)?;
                print::merged(&speaker, json);
                Ok(())
            }
            None => {
                let request = cmd::SpeakersRequest { filter: args.filter, limit: Some(args.limit), offset: 0 };
                print::speakers(&request.run(&library)?, json);
                Ok(())
            }
        },
        Command::Export(args) => export(&library, args),
        Command::Reindex => {
            let response = with_progress("reindexing", || cmd::ReindexRequest {}.run(&library))?;
            print::line(json, &response, &format!("Reindexed {} claims.", response.claims));
            Ok(())
        }
        Command::Reextract => {
            let response = with_progress("re-extracting", || cmd::ReextractRequest {}.run(&library))?;
            if !json {
                for item in &response.failed {
                    eprintln!("failed    {}", item.message);
                }
            }
            print::line(json, &response, &format!("Re-extracted {} articles.", response.articles));
            if response.failed.is_empty() {
                Ok(())
            } else {
                Err(CliError::Partial(format!(
                    "{} article(s) could not be re-extracted and keep the claims they had",
                    response.failed.len()
                )))
            }
        }
        Command::Stats => {
            print::stats(&cmd::StatsRequest {}.run(&library)?, json);
            Ok(())
        }
        Command::Serve { port, ui } => {
            let ui = ui.unwrap_or_else(default_ui_dir);
            if !ui.join("index.html").is_file() {
                return Err(CliError::Usage(format!(
                    "no UI at {} (index.html missing); pass --ui DIR pointing at Dossier's ui/ folder",
                    ui.display()
                )));
            }
            crate::serve::serve(library, port, &ui, |addr| {
                out!("Serving Dossier at http://{addr}/");
                let _ = std::io::stdout().flush();
            })
        }
        Command::Check { repair } => check(&library, repair, json),
        Command::Backup { file } => {
            let report = cmd::BackupRequest { path: file }.run(&library)?;
            let message = format!(
                "Backed up {} articles and {} claims to {} ({} bytes).",
                report.articles, report.claims, report.path, report.bytes
            );
            print::line(json, &report, &message);
            Ok(())
        }
        Command::Restore { file } => {
            let report = with_progress("restoring", || cmd::RestoreRequest { path: file }.run(&library))?;
            let message = format!(
                "Restored {} articles and {} claims from {}; index rebuilt ({} claims).",
                report.articles, report.claims, report.path, report.indexed_claims
            );
            print::line(json, &report, &message);
            Ok(())
        }
        Command::Dump { file } => {
            let report = with_progress("dumping", || cmd::DumpRequest { path: file }.run(&library))?;
            let message = format!(
                "Dumped {} articles, {} claims ({} manual), {} speakers and {} manual tags to {}.",
                report.articles, report.claims, report.manual_claims, report.speakers, report.manual_tags, report.path
            );
            print::line(json, &report, &message);
            Ok(())
        }
        Command::Load { file } => {
            let report = with_progress("loading", || cmd::LoadRequest { path: file }.run(&library))?;
            let message = format!(
                "Loaded {} articles ({} duplicates skipped), {} claims, {} new speakers and {} manual tags from {}.",
                report.articles, report.duplicates, report.claims, report.speakers, report.manual_tags, report.path
            );
            print::line(json, &report, &message);
            Ok(())
        }
        Command::Extract { .. } | Command::Eval { .. } => unreachable!("handled before opening a library"),
    }
}

/// The UI folder: next to the binary when installed (`../share/dossier/ui`
/// or `./ui`), else the source tree's `ui/` this binary was built from.
fn default_ui_dir() -> PathBuf {
    let exe_dir = std::env::current_exe().ok().and_then(|p| p.parent().map(Path::to_path_buf));
    let candidates = exe_dir
        .into_iter()
        .flat_map(|d| [d.join("ui"), d.join("../share/dossier/ui")])
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui")]);
    for candidate in candidates {
        if candidate.join("index.html").is_file() {
            return candidate;
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui")
}

fn filters_into(filters: &FilterArgs, request: &mut cmd::SearchRequest) {
    request.countries = filters.country.clone();
    request.speaker = filters.speaker.clone();
    request.kinds = filters.kind.clone();
    request.outlet = filters.outlet.clone();
    request.since = filters.since.clone();
    request.until = filters.until.clone();
    request.exclude_context = filters.exclude_context;
}

fn search_request(args: &SearchArgs) -> cmd::SearchRequest {
    let mut request = cmd::SearchRequest {
        query: args.query.clone(),
        sort: match args.sort {
            Sort::Relevance => cmd::SortOrder::Relevance,
            Sort::Date => cmd::SortOrder::Date,
        },
        limit: Some(args.limit),
        offset: args.offset,
        facets: args.facets,
        ..Default::default()
    };
    filters_into(&args.filters, &mut request);
    request
}

fn show(library: &Library, id: &str, json: bool) -> Result<()> {
    let (kind, number) = match id.split_once(':') {
        Some((kind, number)) => (kind, number),
        None => ("article", id),
    };
    let number: i64 =
        number.parse().map_err(|_| CliError::Usage(format!("`{id}` is not an id: use 12, article:12 or claim:34")))?;
    match kind {
        "article" | "a" => print::article(&cmd::ArticleGetRequest { id: number }.run(library)?, json),
        "claim" | "c" => print::claim_in_context(&cmd::ClaimGetRequest { id: number }.run(library)?, json),
        other => return Err(CliError::Usage(format!("unknown kind `{other}` in `{id}`: use article:ID or claim:ID"))),
    }
    Ok(())
}

fn tag(library: &Library, args: TagArgs, json: bool) -> Result<()> {
    let mut claim_ids = Vec::new();
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for item in &args.items {
        if let Some(code) = item.strip_prefix('+') {
            add.push(code.to_string());
        } else if let Some(code) = item.strip_prefix('-') {
            remove.push(code.to_string());
        } else {
            let number = item.strip_prefix("claim:").unwrap_or(item);
            claim_ids.push(number.parse::<i64>().map_err(|_| {
                CliError::Usage(format!("`{item}` is neither a claim id nor a tag edit (+JP adds, -CN removes)"))
            })?);
        }
    }
    if let Some(query) = args.query {
        if !claim_ids.is_empty() {
            return Err(CliError::Usage("give claim ids or --query, not both".into()));
        }
        let mut search = cmd::SearchRequest { query, ..Default::default() };
        filters_into(&args.filters, &mut search);
        let response = with_progress("tagging", || cmd::TagQueryRequest { search, add, remove }.run(library))?;
        print::line(json, &response, &format!("Tagged {} claims.", response.updated));
        return Ok(());
    }
    if claim_ids.is_empty() {
        return Err(CliError::Usage("name the claims to tag (dossier tag 12 +JP) or use --query".into()));
    }
    let response = cmd::TagRequest { claim_ids, add, remove }.run(library)?;
    print::claims(&response.claims, json);
    Ok(())
}

fn export(library: &Library, args: ExportArgs) -> Result<()> {
    let mut search = cmd::SearchRequest { query: args.query.clone(), ..Default::default() };
    filters_into(&args.filters, &mut search);
    let format = match args.format {
        Format::Csv => cmd::ExportFormat::Csv,
        Format::Json => cmd::ExportFormat::Json,
        Format::Markdown => cmd::ExportFormat::Markdown,
    };
    let request = cmd::ExportRequest { format, search };
    match args.output {
        Some(path) => {
            let file = std::fs::File::create(&path)
                .map_err(|source| CliError::Io { context: format!("creating {}", path.display()), source })?;
            let mut out = std::io::BufWriter::new(file);
            let claims = library.export_to(&request, &mut out)?;
            out.flush().map_err(|source| CliError::Io { context: format!("writing {}", path.display()), source })?;
            eprintln!("Exported {claims} claims to {}.", path.display());
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            library.export_to(&request, &mut out)?;
            out.flush().map_err(|source| CliError::Io { context: "writing the export".into(), source })?;
        }
    }
    Ok(())
}

/// Runs `f` printing its progress on stderr: a rewritten line on a
/// terminal, a line every few seconds otherwise.
fn with_progress<T>(what: &'static str, f: impl FnOnce() -> dossier_core::Result<T>) -> Result<T> {
    use std::io::IsTerminal;
    let tty = std::io::stderr().is_terminal();
    let last = std::cell::Cell::new(std::time::Instant::now() - std::time::Duration::from_secs(10));
    let reporter = Box::new(move |done: u64, total: u64, message: &str| {
        let interval = if tty { 100 } else { 2_000 };
        if last.get().elapsed().as_millis() < interval && done != total {
            return;
        }
        last.set(std::time::Instant::now());
        let counter = if total > 0 { format!("{done}/{total}") } else { done.to_string() };
        if tty {
            eprint!("\r\x1b[2K{what} {counter} {message}");
        } else {
            eprintln!("{what} {counter} {message}");
        }
    });
    let result = dossier_core::jobs::with_reporter(reporter, f);
    if tty {
        eprint!("\r\x1b[2K");
    }
    Ok(result?)
}

/// `dossier extract`: one output line per input line, nothing stored.
fn extract(input: &Path, output: Option<&Path>) -> Result<()> {
    let io_error = |context: String| move |source| CliError::Io { context, source };
    let file = std::fs::File::open(input).map_err(io_error(format!("opening {}", input.display())))?;
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(io_error(format!("creating {}", path.display())))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut failures = 0;
    for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
        let item = format!("{}:{}", input.display(), number + 1);
        let line = line.map_err(io_error(format!("reading {item}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let value = match dossier_core::ingest::extract_line(&line) {
            Ok(output) => serde_json::to_value(output).unwrap_or_default(),
            Err(message) => {
                failures += 1;
                eprintln!("dossier: {item}: {message}");
                serde_json::json!({ "id": serde_json::Value::Null, "error": message })
            }
        };
        writeln!(out, "{value}").map_err(io_error("writing output".to_string()))?;
    }
    out.flush().map_err(io_error("writing output".to_string()))?;
    if failures > 0 {
        return Err(CliError::Partial(format!("{failures} line(s) could not be read")));
    }
    Ok(())
}

fn eval(what: EvalCommand, json: bool) -> Result<()> {
    match what {
        EvalCommand::Quotes { gold } => {
            let report = dossier_core::extract::eval::evaluate_file(&gold)
                .map_err(|e| CliError::Usage(format!("eval quotes: {e}")))?;
            print::report(&report, json);
        }
        EvalCommand::Countries { gold } => {
            let report = dossier_core::countries::eval::evaluate_file(&gold)
                .map_err(|e| CliError::Usage(format!("eval countries: {e}")))?;
            print::report(&report, json);
        }
    }
    Ok(())
}

/// `dossier check [--repair]`: prints each problem and what the repair did;
/// fails (exit 1) when problems remain.
fn check(library: &Library, repair: bool, json: bool) -> Result<()> {
    let report = with_progress("checking", || cmd::CheckRequest { repair }.run(library))?;
    if json {
        print::line(true, &report, "");
    } else {
        for problem in &report.problems {
            let area = match problem.area {
                cmd::CheckArea::Database => "database",
                cmd::CheckArea::Index => "index",
            };
            out!("problem  {area}: {}", problem.message);
        }
        for action in &report.repaired {
            out!("repaired {action}");
        }
        let verdict = if report.ok { "OK" } else { "NOT OK" };
        out!(
            "{verdict}: {} articles, {} claims in the database, {} in the index",
            report.articles,
            report.claims,
            report.indexed_claims
        );
    }
    if report.remaining.is_empty() {
        return Ok(());
    }
    let advice = if report.remaining.iter().all(|p| p.repairable) {
        "run `dossier check --repair`"
    } else {
        "restore a backup with `dossier restore FILE`"
    };
    Err(CliError::Partial(format!("library check found {} problem(s); {advice}", report.remaining.len())))
}
