//! How results look on a terminal (and as JSON with `--json`).

use crate::cli::SearchArgs;
use dossier_core::commands as cmd;
use dossier_core::model::{Claim, Speaker};
use serde::Serialize;
use std::io::IsTerminal;

/// `println!` to standard output, except that a reader who closed the pipe
/// (`dossier search x | head`) ends the program quietly with success
/// instead of a panic: the reader has all it wanted.
macro_rules! out {
    () => {
        $crate::print::write_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::print::write_line(format_args!($($arg)*))
    };
}
pub(crate) use out;

/// Writes one line to standard output for [`out!`].
pub(crate) fn write_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(e) = writeln!(std::io::stdout().lock(), "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("dossier: error: writing to standard output: {e}");
        std::process::exit(1);
    }
}

fn json_out<T: Serialize>(value: &T) {
    out!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
}

/// Prints a one-line message, or the response as JSON.
pub(crate) fn line<T: Serialize>(json: bool, value: &T, message: &str) {
    if json {
        json_out(value)
    } else {
        out!("{message}")
    }
}

/// Prints an evaluation report.
pub(crate) fn report<T: Serialize + std::fmt::Display>(report: &T, json: bool) {
    if json {
        json_out(report)
    } else {
        out!("{report}")
    }
}

pub(crate) fn import_report(report: &cmd::ImportReport, json: bool) {
    if json {
        return json_out(report);
    }
    for item in &report.imported {
        out!("imported  article:{}  {}  ({} claims)  [{}]", item.article_id, item.title, item.claims, item.item);
    }
    for item in &report.duplicates {
        out!("duplicate {}: same {} as article:{} — skipped", item.item, item.reason, item.existing_id);
    }
    for item in &report.failed {
        eprintln!("failed    {}", item.message);
    }
    out!(
        "{} imported, {} duplicate(s) skipped, {} failed",
        report.imported.len(),
        report.duplicates.len(),
        report.failed.len()
    );
}

/// Turns the engine's `<mark>` snippet into terminal text: bold on a
/// terminal, plain otherwise.
fn snippet_text(snippet: &str) -> String {
    let (on, off) = if std::io::stdout().is_terminal() { ("\x1b[1;33m", "\x1b[0m") } else { ("", "") };
    snippet
        .replace("<mark>", on)
        .replace("</mark>", off)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn who(claim: &Claim) -> String {
    match &claim.speaker {
        Some(s) => match &s.role {
            Some(role) => format!("{} ({role})", s.name),
            None => s.name.clone(),
        },
        None => "reporter".to_string(),
    }
}

fn source_line(claim: &Claim) -> String {
    let mut parts = vec![claim.article.title.clone()];
    parts.extend(claim.article.outlet.clone());
    parts.extend(claim.article.published.map(|d| d.to_string()));
    let countries: Vec<String> = claim.countries.iter().map(|t| format!("{}({})", t.code, t.source.as_str())).collect();
    let mut line = format!("article:{} {}", claim.article_id, parts.join(" · "));
    if !countries.is_empty() {
        line.push_str(&format!(" · countries: {}", countries.join(" ")));
    }
    line
}

pub(crate) fn search(response: &cmd::SearchResponse, args: &SearchArgs, json: bool) {
    if json {
        return json_out(response);
    }
    for hit in &response.hits {
        let claim = &hit.claim;
        out!("claim:{}  {}  {}", claim.id, claim.kind.as_str(), who(claim));
        out!("  {}", snippet_text(&hit.snippet));
        out!("  — {}", source_line(claim));
        out!();
    }
    let shown_to = args.offset + response.hits.len();
    if response.total == 0 {
        out!("No claims match. Try fewer words, or remove a filter.");
    } else {
        out!(
            "{}–{} of {} claims ({:.2} ms)",
            (args.offset + 1).min(shown_to),
            shown_to,
            response.total,
            response.took_us as f64 / 1000.0
        );
    }
    if let Some(facets) = &response.facets {
        let groups = [
            ("countries", &facets.countries),
            ("speakers", &facets.speakers),
            ("kinds", &facets.kinds),
            ("outlets", &facets.outlets),
        ];
        for (name, counts) in groups {
            let listed: Vec<String> = counts.iter().take(15).map(|c| format!("{} {}", c.value, c.count)).collect();
            out!("{name}: {}", if listed.is_empty() { "—".to_string() } else { listed.join(", ") });
        }
    }
}

pub(crate) fn claims(claims: &[Claim], json: bool) {
    if json {
        return json_out(&claims);
    }
    for claim in claims {
        print_claim(claim);
    }
    if claims.is_empty() {
        out!("No claims.");
    }
}

fn print_claim(claim: &Claim) {
    let manual = if claim.manual { " (added by hand)" } else { "" };
    out!("claim:{}  {}{}  {}", claim.id, claim.kind.as_str(), manual, who(claim));
    out!("  {}", claim.text);
    if let Some(cue) = &claim.cue {
        out!("  cue: {cue}");
    }
    for tag in &claim.countries {
        out!("  country {} ({}): {}", tag.code, tag.source.as_str(), tag.evidence);
    }
    out!();
}

pub(crate) fn article(response: &cmd::ArticleWithClaims, json: bool) {
    if json {
        return json_out(response);
    }
    let a = &response.article;
    out!("article:{}  {}", a.summary.id, a.summary.title);
    for (label, value) in [
        ("outlet", a.summary.outlet.clone()),
        ("author", a.summary.author.clone()),
        ("published", a.summary.published.map(|d| d.to_string())),
        ("url", a.summary.url.clone()),
    ] {
        if let Some(value) = value {
            out!("{label}: {value}");
        }
    }
    out!("\n{}\n", a.body.trim_end());
    out!("{} claims:\n", response.claims.len());
    for claim in &response.claims {
        print_claim(claim);
    }
}

pub(crate) fn claim_in_context(response: &cmd::ClaimInContext, json: bool) {
    if json {
        return json_out(response);
    }
    print_claim(&response.claim);
    let (on, off) = if std::io::stdout().is_terminal() { ("\x1b[1m", "\x1b[0m") } else { ("»", "«") };
    out!("{}{on}{}{off}{}", response.before, response.claim.text, response.after);
    out!("\n— {}", source_line(&response.claim));
}

pub(crate) fn countries(response: &cmd::CountriesResponse, json: bool) {
    if json {
        return json_out(response);
    }
    for c in &response.countries {
        out!("{} {}  {:<28} {:>8} claims {:>6} articles", c.flag, c.code, c.name, c.claims, c.articles);
    }
    if response.countries.is_empty() {
        out!("No country tags yet. Import articles first.");
    }
}

pub(crate) fn speakers(response: &cmd::SpeakersResponse, json: bool) {
    if json {
        return json_out(response);
    }
    for s in &response.speakers {
        let role = s.role.as_deref().map(|r| format!(" — {r}")).unwrap_or_default();
        let aliases = if s.aliases.is_empty() { String::new() } else { format!(" (also: {})", s.aliases.join(", ")) };
        out!("speaker:{}  {} [{}]{role}{aliases}  {} claims", s.id, s.name, s.kind.as_str(), s.claims);
    }
    out!("{} of {} speakers", response.speakers.len(), response.total);
}

pub(crate) fn merged(speaker: &Speaker, json: bool) {
    line(json, speaker, &format!("Merged into speaker:{} {} ({} claims).", speaker.id, speaker.name, speaker.claims));
}

pub(crate) fn stats(stats: &cmd::Stats, json: bool) {
    if json {
        return json_out(stats);
    }
    out!("library:   {}", stats.path);
    out!("schema:    v{}", stats.schema_version);
    out!("articles:  {}", stats.articles);
    let kinds: Vec<String> = stats.claims_by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
    out!("claims:    {} ({})", stats.claims, kinds.join(", "));
    out!("speakers:  {}", stats.speakers);
    out!("countries: {}", stats.countries);
    out!("indexed:   {} claims", stats.indexed_claims);
    out!("disk:      {:.1} MB database, {:.1} MB index", mb(stats.database_bytes), mb(stats.index_bytes));
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}
