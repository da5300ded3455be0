//! Renders claims as CSV, JSON or Markdown files: each claim with its
//! speaker, role, countries, article title, outlet, date and URL.

use crate::commands::{ExportFormat, ExportResponse};
use crate::model::Claim;

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

/// Renders claims in a format.
pub fn render(format: ExportFormat, claims: &[Claim]) -> ExportResponse {
    let (extension, mime, content) = match format {
        ExportFormat::Csv => ("csv", "text/csv", csv(claims)),
        ExportFormat::Json => ("json", "application/json", json(claims)),
        ExportFormat::Markdown => ("md", "text/markdown", markdown(claims)),
    };
    ExportResponse {
        filename: format!("dossier-claims.{extension}"),
        mime: mime.to_string(),
        claims: claims.len() as u64,
        content,
    }
}

fn countries(claim: &Claim) -> String {
    claim.countries.iter().map(|t| t.code.as_str()).collect::<Vec<_>>().join(" ")
}

fn csv(claims: &[Claim]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for claim in claims {
        let speaker = claim.speaker.as_ref();
        let fields = [
            claim.id.to_string(),
            claim.kind.as_str().to_string(),
            claim.text.clone(),
            speaker.map(|s| s.name.clone()).unwrap_or_default(),
            speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
            claim.cue.clone().unwrap_or_default(),
            countries(claim),
            claim.article_id.to_string(),
            claim.article.title.clone(),
            claim.article.outlet.clone().unwrap_or_default(),
            claim.article.published.map(|d| d.to_string()).unwrap_or_default(),
            claim.article.url.clone().unwrap_or_default(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
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

fn json(claims: &[Claim]) -> String {
    serde_json::to_string_pretty(claims).unwrap_or_else(|_| "[]".to_string())
}

fn markdown(claims: &[Claim]) -> String {
    let mut out = String::from("# Dossier export\n\n");
    for claim in claims {
        out.push_str(&format!("> {}\n\n", claim.text.replace('\n', "\n> ")));
        let mut who = claim.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_else(|| "Reporter".to_string());
        if let Some(role) = claim.speaker.as_ref().and_then(|s| s.role.as_deref()) {
            who.push_str(&format!(", {role}"));
        }
        out.push_str(&format!("— {who} ({})\n\n", claim.kind.as_str()));
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
        out.push_str(&format!("{source}\n\n"));
        if !claim.countries.is_empty() {
            out.push_str(&format!("Countries: {}\n\n", countries(claim)));
        }
        out.push_str("---\n\n");
    }
    out
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
