//! Writes claims as CSV, JSON or Markdown files, streaming: each claim with its
//! speaker, role, countries, article title, outlet, date and URL.

use crate::commands::ExportFormat;
use crate::error::{Error, Result};
use crate::model::Claim;
use serde::Serializer as _;
use std::io::Write;

/// CSV header, one column per exported attribute.
const CSV_COLUMNS: &[&str] = &[
    "claim_id",
    "kind",
    "text",
    "speaker",
    "role",
    "cue",
    "countries",
    "article_id",
    "title",
    "outlet",
    "published",
    "url",
];

/// Writes claims in a format, one claim at a time, so that exporting a
/// million claims holds one of them in memory, not all. `claims` yields the
/// claims in order; the first error stops the export and is returned.
/// Returns how many claims were written.
pub fn write(format: ExportFormat, claims: impl Iterator<Item = Result<Claim>>, out: &mut dyn Write) -> Result<u64> {
    let mut written = 0u64;
    let mut failure = None;
    let claims = claims.map_while(|claim| claim.map_err(|e| failure = Some(e)).ok()).inspect(|_| written += 1);
    let outcome = match format {
        ExportFormat::Csv => csv(claims, out),
        ExportFormat::Json => json(claims, out),
        ExportFormat::Markdown => markdown(claims, out),
    };
    if let Some(error) = failure {
        return Err(error);
    }
    outcome.map_err(|e| Error::io("writing the export", e))?;
    Ok(written)
}

/// The suggested file name and MIME type of an export.
pub fn file_type(format: ExportFormat) -> (&'static str, &'static str) {
    match format {
        ExportFormat::Csv => ("dossier-claims.csv", "text/csv"),
        ExportFormat::Json => ("dossier-claims.json", "application/json"),
        ExportFormat::Markdown => ("dossier-claims.md", "text/markdown"),
    }
}

fn countries(claim: &Claim) -> String {
    claim.countries.iter().map(|t| t.code.as_str()).collect::<Vec<_>>().join(" ")
}

fn csv(claims: impl Iterator<Item = Claim>, out: &mut dyn Write) -> std::io::Result<()> {
    write!(out, "{}\r\n", CSV_COLUMNS.join(","))?;
    for claim in claims {
        let speaker = claim.speaker.as_ref();
        let fields = [
            claim.id.to_string(),
            claim.kind.as_str().to_string(),
            claim.text.clone(),
            speaker.map(|s| s.name.clone()).unwrap_or_default(),
            speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
            claim.cue.clone().unwrap_or_default(),
            countries(&claim),
            claim.article_id.to_string(),
            claim.article.title.clone(),
            claim.article.outlet.clone().unwrap_or_default(),
            claim.article.published.map(|d| d.to_string()).unwrap_or_default(),
            claim.article.url.clone().unwrap_or_default(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        write!(out, "{}\r\n", row.join(","))?;
    }
    Ok(())
}

/// Quotes a CSV field when needed (RFC 4180), and defuses spreadsheet
/// formulas by prefixing `'` to fields that start with `= + - @`.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A pretty-printed JSON array of the claims.
fn json(claims: impl Iterator<Item = Claim>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(out);
    serializer.collect_seq(claims).map_err(std::io::Error::from)
}

fn markdown(claims: impl Iterator<Item = Claim>, out: &mut dyn Write) -> std::io::Result<()> {
    write!(out, "# Dossier export\n\n")?;
    for claim in claims {
        write!(out, "> {}\n\n", claim.text.replace('\n', "\n> "))?;
        let mut who = claim.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_else(|| "Reporter".to_string());
        if let Some(role) = claim.speaker.as_ref().and_then(|s| s.role.as_deref()) {
            who.push_str(&format!(", {role}"));
        }
        write!(out, "— {who} ({})\n\n", claim.kind.as_str())?;
        let mut source = format!("*{}*", claim.article.title);
        if let Some(outlet) = &claim.article.outlet {
            source.push_str(&format!(", {outlet}"));
        }
        if let Some(date) = claim.article.published {
            source.push_str(&format!(", {date}"));
        }
        if let Some(url) = &claim.article.url {
            source.push_str(&format!(" <{url}>"));
        }
        write!(out, "{source}\n\n")?;
        if !claim.countries.is_empty() {
            write!(out, "Countries: {}\n\n", countries(&claim))?;
        }
        write!(out, "---\n\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
    }
}
