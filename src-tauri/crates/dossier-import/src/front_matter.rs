//! Markdown front matter: a block of `key: value` lines between `---` lines
//! at the very top (YAML style), or `key = "value"` lines between `+++`
//! lines (TOML style). Only the flat keys Dossier uses are read, so a small
//! tolerant reader replaces a full YAML parser: a malformed block never
//! fails the import, unknown keys and nested structures are ignored.

use crate::record::DocumentMetadata;

/// Splits front matter off the text. Returns the metadata and the rest of
/// the document; text without a closed front-matter block is all body.
pub(crate) fn split_front_matter(text: &str) -> (DocumentMetadata, &str) {
    let (fence, separator) = if text.starts_with("---\n") {
        ("---", ':')
    } else if text.starts_with("+++\n") {
        ("+++", '=')
    } else {
        return (DocumentMetadata::default(), text);
    };
    let after_open = &text[4..];
    let mut offset = 0;
    let mut lines = Vec::new();
    for line in after_open.split_inclusive('\n') {
        offset += line.len();
        let content = line.trim_end();
        if content == fence || (fence == "---" && content == "...") {
            return (read_fields(&lines, separator), &after_open[offset..]);
        }
        lines.push(content);
    }
    (DocumentMetadata::default(), text)
}

/// Reads the known keys; a key followed by an indented `- item` list (YAML)
/// or an inline `[a, b]` list gets its items joined with ", ".
fn read_fields(lines: &[&str], separator: char) -> DocumentMetadata {
    let mut meta = DocumentMetadata::default();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        if line.starts_with([' ', '\t', '#']) {
            continue;
        }
        let Some((key, value)) = line.split_once(separator) else {
            continue;
        };
        let mut value = unquote(value.trim());
        if value.is_empty() {
            let mut items = Vec::new();
            while let Some(item) = lines.get(index).and_then(|l| l.trim_start().strip_prefix("- ")) {
                items.push(unquote(item.trim()));
                index += 1;
            }
            value = items.join(", ");
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            value = inner.split(',').map(|item| unquote(item.trim())).collect::<Vec<_>>().join(", ");
        }
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => &mut meta.title,
            "outlet" | "source" | "publication" | "publisher" | "site" => &mut meta.outlet,
            "author" | "authors" | "byline" | "by" => &mut meta.author,
            "url" | "link" | "canonical" | "canonical_url" => &mut meta.url,
            "date" | "published" | "published_at" | "pubdate" => &mut meta.published,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    meta
}

/// Removes matching surrounding quotes and resolves the escapes a quoted
/// scalar commonly carries (`\"`, `\\`, and `''` in single quotes).
fn unquote(value: &str) -> String {
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        let inner = &value[1..value.len() - 1];
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push(' '),
                    Some('t') => out.push(' '),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        value[1..value.len() - 1].replace("''", "'")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_fields() {
        let text = "---\ntitle: \"Talks resume: \\\"a new start\\\"\"\nsource: Harbour Ledger\nauthor:\n  - Ana Souza\n  - Kenji Mori\nurl: https://example.com/a\ndate: 2026-11-28\ntags: [trade, ports]\n---\n# Heading\n\nBody.\n";
        let (meta, rest) = split_front_matter(text);
        assert_eq!(meta.title.as_deref(), Some("Talks resume: \"a new start\""));
        assert_eq!(meta.outlet.as_deref(), Some("Harbour Ledger"));
        assert_eq!(meta.author.as_deref(), Some("Ana Souza, Kenji Mori"));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(meta.published.as_deref(), Some("2026-11-28"));
        assert_eq!(rest, "# Heading\n\nBody.\n");
    }

    #[test]
    fn toml_fields_and_single_quotes() {
        let text = "+++\ntitle = 'It''s late'\npublication = \"The Ledger\"\n+++\nBody";
        let (meta, rest) = split_front_matter(text);
        assert_eq!(meta.title.as_deref(), Some("It's late"));
        assert_eq!(meta.outlet.as_deref(), Some("The Ledger"));
        assert_eq!(rest, "Body");
    }

    #[test]
    fn unclosed_block_is_body() {
        let text = "---\ntitle: x\nno end";
        let (meta, rest) = split_front_matter(text);
        assert_eq!(meta, DocumentMetadata::default());
        assert_eq!(rest, text);
    }

    #[test]
    fn no_front_matter() {
        let (meta, rest) = split_front_matter("Just text\n---\n");
        assert_eq!(meta, DocumentMetadata::default());
        assert_eq!(rest, "Just text\n---\n");
    }
}
