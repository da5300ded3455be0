//! A tolerant HTML tokenizer: start tags with attributes, end tags, text,
//! and the raw-text content of `<script>`, `<style>`, `<title>` and the
//! like. Comments, doctypes and processing instructions are skipped.
//!
//! It never fails and never backtracks: every step consumes input, so time
//! is linear in the page size, and nothing recurses. Unclosed quotes,
//! stray `<`, missing `>` and truncated pages all tokenize to something.

/// One token of an HTML page. Names are ASCII-lowercased; attribute values
/// are still entity-encoded (the consumer decodes only what it keeps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// `<name attr=value ...>`
    StartTag { name: String, attrs: Vec<(String, &'a str)>, self_closing: bool },
    /// `</name>`
    EndTag { name: String },
    /// Text between tags, entity-encoded.
    Text(&'a str),
    /// Everything inside a raw-text element up to its end tag.
    RawText { element: String, text: &'a str },
}

/// Elements whose content is not markup: read verbatim up to `</name`.
const RAW_TEXT_ELEMENTS: [&str; 9] =
    ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Iterates over the tokens of an HTML page.
pub(crate) struct Tokenizer<'a> {
    html: &'a str,
    pos: usize,
    /// A raw-text element whose content comes next.
    pending_raw: Option<String>,
}

impl<'a> Tokenizer<'a> {
    pub(crate) fn new(html: &'a str) -> Self {
        Tokenizer { html, pos: 0, pending_raw: None }
    }

    fn rest(&self) -> &'a str {
        &self.html[self.pos..]
    }

    /// Skips to just after `terminator`, or to the end.
    fn skip_past(&mut self, terminator: &str) {
        match self.rest().find(terminator) {
            Some(i) => self.pos += i + terminator.len(),
            None => self.pos = self.html.len(),
        }
    }

    /// Content of a raw-text element up to (not including) its end tag.
    fn raw_text(&mut self, element: String) -> Token<'a> {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let mut search_from = 0;
        let end = loop {
            match rest[search_from..].find("</") {
                None => break rest.len(),
                Some(i) => {
                    let start = search_from + i;
                    let name_end = start + 2 + element.len();
                    let name_matches =
                        bytes.get(start + 2..name_end).is_some_and(|n| n.eq_ignore_ascii_case(element.as_bytes()));
                    let boundary =
                        bytes.get(name_end).is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/');
                    if name_matches && boundary {
                        break start;
                    }
                    search_from = start + 2;
                }
            }
        };
        self.pos += end;
        Token::RawText { element, text: &rest[..end] }
    }

    /// Reads a tag name starting at `self.pos`.
    fn tag_name(&mut self) -> String {
        let rest = self.rest();
        let len = rest.bytes().take_while(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'/').count();
        self.pos += len;
        rest[..len].to_ascii_lowercase()
    }

    /// Reads attributes up to and including the closing `>`.
    fn attributes(&mut self) -> (Vec<(String, &'a str)>, bool) {
        let html = self.html;
        let bytes = html.as_bytes();
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            match bytes.get(self.pos) {
                None => return (attrs, self_closing),
                Some(b'>') => {
                    self.pos += 1;
                    return (attrs, self_closing);
                }
                Some(b'/') => {
                    self.pos += 1;
                    self_closing = bytes.get(self.pos) == Some(&b'>');
                    continue;
                }
                Some(_) => self_closing = false,
            }
            let name_start = self.pos;
            // The first character is taken whatever it is (`=` included), so the loop always advances.
            self.pos += 1;
            while self.pos < bytes.len()
                && !bytes[self.pos].is_ascii_whitespace()
                && !matches!(bytes[self.pos], b'=' | b'>' | b'/')
            {
                self.pos += 1;
            }
            let name = html[name_start..self.pos].to_ascii_lowercase();
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            let mut value = "";
            if bytes.get(self.pos) == Some(&b'=') {
                self.pos += 1;
                while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                    self.pos += 1;
                }
                value = match bytes.get(self.pos) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        let start = self.pos + 1;
                        let end = html[start..].find(quote as char).map_or(html.len(), |i| start + i);
                        self.pos = (end + 1).min(html.len());
                        &html[start..end]
                    }
                    _ => {
                        let start = self.pos;
                        while self.pos < bytes.len()
                            && !bytes[self.pos].is_ascii_whitespace()
                            && bytes[self.pos] != b'>'
                        {
                            self.pos += 1;
                        }
                        &html[start..self.pos]
                    }
                };
            }
            attrs.push((name, value));
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(element) = self.pending_raw.take() {
            return Some(self.raw_text(element));
        }
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            let Some(lt) = rest.find('<') else {
                self.pos = self.html.len();
                return Some(Token::Text(rest));
            };
            if lt > 0 {
                self.pos += lt;
                return Some(Token::Text(&rest[..lt]));
            }
            let after = &rest.as_bytes()[1..];
            if rest.starts_with("<!--") {
                self.pos += 4;
                self.skip_past("-->");
            } else if matches!(after.first(), Some(b'!' | b'?')) {
                self.skip_past(">");
            } else if after.first() == Some(&b'/') && after.get(1).is_some_and(u8::is_ascii_alphabetic) {
                self.pos += 2;
                let name = self.tag_name();
                self.skip_past(">");
                return Some(Token::EndTag { name });
            } else if after.first().is_some_and(u8::is_ascii_alphabetic) {
                self.pos += 1;
                let name = self.tag_name();
                let (attrs, self_closing) = self.attributes();
                if RAW_TEXT_ELEMENTS.contains(&name.as_str()) && !self_closing {
                    self.pending_raw = Some(name.clone());
                }
                return Some(Token::StartTag { name, attrs, self_closing });
            } else {
                self.pos += 1;
                return Some(Token::Text("<"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        Tokenizer::new(html).collect()
    }

    #[test]
    fn tags_attributes_and_text() {
        let got = tokens("<P class=\"lead x\" data-x='1' hidden>Hi &amp; bye</p><br/>");
        assert_eq!(
            got,
            vec![
                Token::StartTag {
                    name: "p".into(),
                    attrs: vec![("class".into(), "lead x"), ("data-x".into(), "1"), ("hidden".into(), "")],
                    self_closing: false
                },
                Token::Text("Hi &amp; bye"),
                Token::EndTag { name: "p".into() },
                Token::StartTag { name: "br".into(), attrs: vec![], self_closing: true },
            ]
        );
    }

    #[test]
    fn raw_text_runs_to_its_own_end_tag() {
        let got = tokens("<script>if (a < b) { x = '</div>'; }</SCRIPT >after");
        assert_eq!(got[1], Token::RawText { element: "script".into(), text: "if (a < b) { x = '</div>'; }" });
        assert_eq!(got[2], Token::EndTag { name: "script".into() });
        assert_eq!(got[3], Token::Text("after"));
    }

    #[test]
    fn comments_and_doctype_are_skipped() {
        let got = tokens("<!DOCTYPE html><!-- <p>hidden</p> -->x<?php y ?>");
        assert_eq!(got, vec![Token::Text("x")]);
    }

    #[test]
    fn broken_markup_still_tokenizes() {
        for html in [
            "<",
            "<a",
            "<a href=\"unclosed",
            "</",
            "</a",
            "<!--",
            "a < b",
            "<a =x>",
            "<p/ / >",
            "<script>",
            "<a b='",
            "<é>",
        ] {
            let _ = tokens(html);
        }
        assert_eq!(tokens("a < b"), vec![Token::Text("a "), Token::Text("<"), Token::Text(" b")]);
        assert_eq!(
            tokens("<a =x>")[0],
            Token::StartTag { name: "a".into(), attrs: vec![("=x".into(), "")], self_closing: false }
        );
    }
}
