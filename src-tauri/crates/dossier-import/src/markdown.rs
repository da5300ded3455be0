//! Markdown: front matter for metadata, and the Markdown body turned into
//! plain paragraphs (markup gone, link text kept, images and raw HTML
//! dropped) so that claim offsets point into readable text.
//!
//! The body is parsed with `pulldown-cmark`, a CommonMark parser that is
//! itself fuzzed and linear-time; hand-rolled Markdown stripping gets
//! emphasis, nested lists and code spans wrong in ways that corrupt quotes.

use crate::front_matter::split_front_matter;
use crate::record::{collapse_whitespace, Draft};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A Markdown document as a draft. When front matter gives no title, a
/// heading that opens the document is the title.
pub(crate) fn parse_markdown(item: &str, text: &str) -> Draft {
    let (mut meta, markdown) = split_front_matter(text);
    let (body, opening_heading) = markdown_to_text(markdown);
    if meta.title.is_none() {
        meta.title = opening_heading;
    }
    Draft { item: item.to_string(), body, meta, ..Draft::default() }
}

/// Plain text of a Markdown body, blocks separated by blank lines, and the
/// text of the heading that opens it, if it opens with one.
fn markdown_to_text(markdown: &str) -> (String, Option<String>) {
    let mut text = String::with_capacity(markdown.len());
    let mut block = String::new();
    let mut opening_heading = None;
    let mut blocks_done = 0usize;
    let mut image_depth = 0usize;
    let mut in_heading = false;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut text, &mut block, &mut blocks_done);
                in_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => {
                if blocks_done == 0 {
                    opening_heading = Some(collapse_whitespace(&block)).filter(|h| !h.is_empty());
                }
                in_heading = false;
                flush(&mut text, &mut block, &mut blocks_done);
            }
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => flush(&mut text, &mut block, &mut blocks_done),
            Event::End(TagEnd::TableCell) => block.push_str(" | "),
            Event::Text(t) | Event::Code(t) => block.push_str(&t),
            Event::SoftBreak => block.push(' '),
            Event::HardBreak => block.push(if in_heading { ' ' } else { '\n' }),
            _ => {}
        }
    }
    flush(&mut text, &mut block, &mut blocks_done);
    (text, opening_heading)
}

/// Ends the current block: its text (trimmed, table pipes tidied) becomes a
/// paragraph of the output.
fn flush(text: &mut String, block: &mut String, blocks_done: &mut usize) {
    let paragraph = block.trim().trim_end_matches('|').trim_end();
    if !paragraph.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(paragraph);
        *blocks_done += 1;
    }
    block.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::finish;
    use crate::Metadata;
    use chrono::NaiveDate;

    #[test]
    fn front_matter_gives_metadata_and_markup_is_stripped() {
        let text = "---\ntitle: Grain deal signed\noutlet: Coastal Wire\nauthor: Lea Brandt\nurl: https://example.com/grain\npublished: Nov. 28, 2026\n---\n\n# Grain deal signed\n\n“We are *very* pleased,” said **Amara Okafor**, a [trade envoy](https://example.com/envoy).\n\n![chart](https://example.com/c.png)\n\n> She added that `talks` would go on.\n\n- one\n- two\n";
        let record = finish(parse_markdown("a.md", text), &Metadata::default()).unwrap();
        assert_eq!(record.title, "Grain deal signed");
        assert_eq!(record.outlet.as_deref(), Some("Coastal Wire"));
        assert_eq!(record.author.as_deref(), Some("Lea Brandt"));
        assert_eq!(record.url.as_deref(), Some("https://example.com/grain"));
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(
            record.body,
            "“We are very pleased,” said Amara Okafor, a trade envoy.\n\nShe added that talks would go on.\n\none\n\ntwo"
        );
    }

    #[test]
    fn opening_heading_is_the_title_without_front_matter() {
        let record =
            finish(parse_markdown("b.md", "## Floods in Recife\n\nRivers rose overnight.\n"), &Metadata::default())
                .unwrap();
        assert_eq!(record.title, "Floods in Recife");
        assert_eq!(record.body, "Rivers rose overnight.");
    }

    #[test]
    fn later_heading_is_not_the_title() {
        let record = finish(parse_markdown("c.md", "Intro line.\n\n# Later\n\nMore.\n"), &Metadata::default()).unwrap();
        assert_eq!(record.title, "Intro line.");
        assert_eq!(record.body, "Later\n\nMore.");
    }

    #[test]
    fn raw_html_is_dropped() {
        let record = finish(
            parse_markdown("d.md", "# T\n\n<script>alert(1)</script>\n\nSafe <b>text</b>.\n"),
            &Metadata::default(),
        )
        .unwrap();
        assert_eq!(record.body, "Safe text.");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let text = format!("{}deep\n\n{}x", ">".repeat(50_000), "- ".repeat(20_000));
        let draft = parse_markdown("e.md", &text);
        assert!(draft.body.contains("deep"));
    }
}
