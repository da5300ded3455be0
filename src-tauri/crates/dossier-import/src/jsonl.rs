//! JSONL: one article a line, read as a stream so a file of hundreds of
//! megabytes never sits in memory. Each line succeeds or fails on its own
//! (`path:LINE` names it), blank lines are skipped, and a line longer than
//! the limit is skipped without being buffered.

use crate::decode::refuse_non_text;
use crate::json::article_from_value;
use crate::{ArticleRecord, ImportError, Metadata};
use std::io::BufRead;

/// Longest JSONL line accepted, in bytes.
pub const MAX_LINE_BYTES: usize = 10 * 1024 * 1024;

/// Reads articles from a JSONL stream, line by line.
pub(crate) struct JsonlReader<R> {
    reader: R,
    item: String,
    overrides: Metadata,
    line_limit: usize,
    line_number: usize,
    articles_seen: bool,
    finished: bool,
}

/// What reading one line gave.
enum Line {
    Text(Vec<u8>),
    TooLong,
    End,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(reader: R, item: &str, overrides: &Metadata) -> Self {
        Self::with_line_limit(reader, item, overrides, MAX_LINE_BYTES)
    }

    pub(crate) fn with_line_limit(reader: R, item: &str, overrides: &Metadata, line_limit: usize) -> Self {
        JsonlReader {
            reader,
            item: item.to_string(),
            overrides: overrides.clone(),
            line_limit,
            line_number: 0,
            articles_seen: false,
            finished: false,
        }
    }

    /// Reads up to the next `\n`, keeping at most `line_limit` bytes; the
    /// rest of an overlong line is consumed and thrown away.
    fn read_line(&mut self) -> std::io::Result<Line> {
        let mut line = Vec::new();
        let mut too_long = false;
        let mut read_any = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            read_any = true;
            let (part, found_end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], true),
                None => (chunk, false),
            };
            if !too_long {
                if line.len() + part.len() > self.line_limit {
                    too_long = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(part);
                }
            }
            let consumed = part.len() + usize::from(found_end);
            self.reader.consume(consumed);
            if found_end {
                break;
            }
        }
        Ok(match (read_any, too_long) {
            (false, _) => Line::End,
            (true, true) => Line::TooLong,
            (true, false) => Line::Text(line),
        })
    }

    fn line_item(&self) -> String {
        format!("{}:{}", self.item, self.line_number)
    }

    /// Turns one line into an article; `None` for a blank line.
    fn parse_line(&self, mut bytes: Vec<u8>) -> Option<Result<ArticleRecord, ImportError>> {
        let item = self.line_item();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        let start = if self.line_number == 1 && bytes.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
        let text = match std::str::from_utf8(&bytes[start..]) {
            Ok(text) => text,
            Err(e) => return Some(Err(ImportError::InvalidUtf8 { item, offset: start + e.valid_up_to() })),
        };
        if text.trim().is_empty() {
            return None;
        }
        Some(match serde_json::from_str(text) {
            Ok(value) => article_from_value(&item, value, &self.overrides),
            Err(e) => Err(ImportError::MalformedJson { item, message: message_for_line(&e) }),
        })
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<ArticleRecord, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.finished {
            if self.line_number == 0 {
                match self.reader.fill_buf() {
                    Ok(start) => {
                        if let Err(error) = refuse_non_text(&self.item, start) {
                            self.finished = true;
                            return Some(Err(error));
                        }
                    }
                    Err(source) => {
                        self.finished = true;
                        return Some(Err(ImportError::Io { item: self.item.clone(), source }));
                    }
                }
            }
            let line = match self.read_line() {
                Ok(line) => line,
                Err(source) => {
                    self.finished = true;
                    return Some(Err(ImportError::Io { item: self.line_item(), source }));
                }
            };
            self.line_number += 1;
            match line {
                Line::End => {
                    self.finished = true;
                    if !self.articles_seen {
                        return Some(Err(if self.line_number == 1 {
                            ImportError::Empty { item: self.item.clone() }
                        } else {
                            ImportError::NoText { item: self.item.clone() }
                        }));
                    }
                }
                Line::TooLong => {
                    self.articles_seen = true;
                    return Some(Err(ImportError::LineTooLong {
                        item: self.line_item(),
                        limit: self.line_limit as u64,
                    }));
                }
                Line::Text(bytes) => {
                    if let Some(result) = self.parse_line(bytes) {
                        self.articles_seen = true;
                        return Some(result);
                    }
                }
            }
        }
        None
    }
}

/// serde's message says "at line 1 column N" of the one-line document it
/// saw; within a file that line number would mislead, so only the column
/// stays.
fn message_for_line(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(position) => format!("{} (column {})", &message[..position], error.column()),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read(input: &[u8], limit: usize) -> Vec<Result<ArticleRecord, ImportError>> {
        JsonlReader::with_line_limit(Cursor::new(input.to_vec()), "feed.jsonl", &Metadata::default(), limit).collect()
    }

    #[test]
    fn one_article_a_line_with_errors_in_between() {
        let input = b"\xef\xbb\xbf{\"title\":\"A\",\"body\":\"Alpha\"}\r\n\n{\"title\": broken\n{\"title\":\"C\"}\n{\"title\":\"D\",\"text\":\"Delta\"}";
        let results = read(input, 1000);
        assert_eq!(results.len(), 4);
        assert_eq!(results[0].as_ref().unwrap().item, "feed.jsonl:1");
        assert_eq!(results[0].as_ref().unwrap().body, "Alpha");
        let err = results[1].as_ref().unwrap_err();
        assert!(matches!(err, ImportError::MalformedJson { .. }));
        assert!(err.to_string().starts_with("feed.jsonl:3: malformed JSON: expected value (column 11)"), "{err}");
        assert!(matches!(results[2], Err(ImportError::MissingBody { .. })));
        assert_eq!(results[3].as_ref().unwrap().title, "D");
    }

    #[test]
    fn overlong_line_is_an_error_naming_the_line() {
        let long = format!("{{\"title\":\"L\",\"body\":\"{}\"}}", "x".repeat(500));
        let input = format!("{{\"title\":\"A\",\"body\":\"a\"}}\n{long}\n{{\"title\":\"B\",\"body\":\"b\"}}\n");
        let results = read(input.as_bytes(), 100);
        assert_eq!(results.len(), 3);
        let err = results[1].as_ref().unwrap_err();
        assert!(err.is_too_large());
        assert_eq!(err.item(), "feed.jsonl:2");
        assert_eq!(results[2].as_ref().unwrap().title, "B");
    }

    #[test]
    fn invalid_utf8_line_names_line_and_offset() {
        let results = read(b"{\"title\":\"caf\xe9\",\"body\":\"x\"}\n", 1000);
        let err = results[0].as_ref().unwrap_err();
        assert!(matches!(err, ImportError::InvalidUtf8 { offset: 13, .. }), "{err}");
        assert_eq!(err.item(), "feed.jsonl:1");
    }

    #[test]
    fn empty_blank_and_binary_inputs() {
        assert!(matches!(read(b"", 1000)[..], [Err(ImportError::Empty { .. })]));
        assert!(matches!(read(b"\n  \n", 1000)[..], [Err(ImportError::NoText { .. })]));
        assert!(matches!(read(b"\x00\x01\x02binary", 1000)[..], [Err(ImportError::Binary { .. })]));
        assert!(matches!(read(b"\xff\xfe{\x00}\x00", 1000)[..], [Err(ImportError::Utf16 { .. })]));
    }
}
