//! Quotation scanning: finds every quotation in a text, whatever its marks.
//!
//! Handles straight and curly double quotes, doubled apostrophes (`''`, used
//! by some wire services), « », „ “, 「」 and 『』, top-level curly single
//! quotes, and quotations that run over several paragraphs (the convention is
//! to omit the closing mark at a paragraph end and repeat the opening mark at
//! the start of the next paragraph). An opening mark that is never closed is
//! skipped on its own, so one stray mark never hides the other quotations.

/// One quotation found in the text, marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just past the closing mark.
    pub end: usize,
    /// True when the quotation runs over more than one paragraph.
    pub multi_paragraph: bool,
}

/// The family of marks a quotation opened with decides which marks close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// “ … ” (and the German „ … “ / „ … ”).
    Curly,
    /// German low-high: „ … “.
    Low,
    /// " … " or '' … ''.
    Straight,
    /// « … ».
    Guillemet,
    /// 「 … 」.
    Corner,
    /// 『 … 』.
    WhiteCorner,
    /// ‘ … ’ at top level (nested single quotes are simply content).
    Single,
}

/// How many families of marks there are.
const FAMILIES: usize = 7;

/// A quote mark at a position: its family, whether it opens, and its length.
#[derive(Debug, Clone, Copy)]
struct Mark {
    family: Family,
    opens: bool,
    len: usize,
}

/// True for characters after which a straight quote mark opens a quotation.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘'),
    }
}

/// True for the bytes a quote mark may start with: `"`, `'` and the first
/// bytes of the UTF-8 encodings of « » (C2), of the curly marks and „ (E2)
/// and of the corner brackets (E3). Any other byte is rejected without
/// decoding the characters around it.
const fn may_start_mark(byte: u8) -> bool {
    matches!(byte, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)
}

/// For each byte value, whether the scans stop at it: a newline (a
/// quotation may end with its paragraph) or a byte a quote mark may start
/// with. A table, because the scans ask about every byte of the text and a
/// lookup is several times faster than the comparisons.
static STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        stops[byte] = byte == b'\n' as usize || may_start_mark(byte as u8);
        byte += 1;
    }
    stops
};

/// The first byte at or after `from` that the scans stop at (see
/// [`STOPS`]), or the end of the text. No other byte can start a mark or
/// end a paragraph, so the scans jump over them. A stop is ASCII or the
/// first byte of a character, so always on a character boundary.
fn next_stop(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&byte| STOPS[usize::from(byte)]).map_or(bytes.len(), |skip| from + skip)
}

/// Whether the character at byte `i` of `text` is a curly single quote
/// mark that opens (`Some(true)`) or closes (`Some(false)`) a quotation.
pub(crate) fn single_quote_at(text: &str, i: usize) -> Option<bool> {
    mark_at(text, i).filter(|mark| mark.family == Family::Single).map(|mark| mark.opens)
}

/// Classifies the character at byte `i` of `text` as a quote mark, if it is one.
fn mark_at(text: &str, i: usize) -> Option<Mark> {
    if !text.as_bytes().get(i).copied().is_some_and(may_start_mark) {
        return None;
    }
    let rest = &text[i..];
    let c = rest.chars().next()?;
    let prev = text[..i].chars().next_back();
    let next = rest[c.len_utf8()..].chars().next();
    let mark = |family, opens, len| Some(Mark { family, opens, len });
    match c {
        '“' => mark(Family::Curly, true, c.len_utf8()),
        // "”Fear. I am truly afraid …": a closing mark typed where an
        // opening one belongs, after a space or a paragraph's start and
        // before a word, opens.
        '”' => {
            let opens = prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric);
            mark(Family::Curly, opens, c.len_utf8())
        }
        '„' => mark(Family::Low, true, c.len_utf8()),
        '«' => mark(Family::Guillemet, true, c.len_utf8()),
        '»' => mark(Family::Guillemet, false, c.len_utf8()),
        '「' => mark(Family::Corner, true, c.len_utf8()),
        '」' => mark(Family::Corner, false, c.len_utf8()),
        '『' => mark(Family::WhiteCorner, true, c.len_utf8()),
        '』' => mark(Family::WhiteCorner, false, c.len_utf8()),
        '"' => {
            let opens = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
            mark(Family::Straight, opens, 1)
        }
        '\'' if next == Some('\'') => {
            let after = rest[2..].chars().next();
            let opens = opens_after(prev) && after.is_some_and(|n| !n.is_whitespace());
            mark(Family::Straight, opens, 2)
        }
        '‘' if opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
            mark(Family::Single, true, c.len_utf8())
        }
        '’' if prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(|n| n.is_alphanumeric()) => {
            mark(Family::Single, false, c.len_utf8())
        }
        _ => None,
    }
}

/// True when `mark` closes a quotation opened with `family`.
fn closes(family: Family, mark: Mark) -> bool {
    if mark.opens && family != Family::Low {
        return false;
    }
    match family {
        Family::Low => mark.family == Family::Curly,
        other => mark.family == other,
    }
}

/// Where scanning for the close of a quotation stopped.
enum Close {
    /// Closed at the byte offset just past the closing mark.
    At { end: usize, multi_paragraph: bool },
    /// Never closed: the opening mark is stray. No closing mark comes
    /// before byte `searched`, where the scan gave up.
    Unbalanced { searched: usize },
}

/// Scans forward from just after an opening mark for its closing mark.
/// `may_span` says whether the quotation may run into later paragraphs: only
/// one opened at a paragraph start (or right after a colon) may.
fn find_close(text: &str, open: Mark, from: usize, may_span: bool) -> Close {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut multi_paragraph = false;
    // “…" or "…” (double marks of the two kinds mixed, as typed in
    // haste): the first closing mark of the other kind that no opening one
    // of that kind pairs with, used when no close of the quotation's own
    // kind comes in the paragraph.
    let other_kind = match open.family {
        Family::Curly => Some(Family::Straight),
        Family::Straight => Some(Family::Curly),
        _ => None,
    };
    let mut other_open = false;
    let mut other_close = None;
    let mixed_close = |other_close: Option<usize>, searched: usize| match other_close {
        Some(end) => Close::At { end, multi_paragraph: false },
        None => Close::Unbalanced { searched },
    };
    loop {
        i = next_stop(bytes, i);
        if i == text.len() {
            break;
        }
        if bytes[i] == b'\n' {
            // A paragraph ended inside the quotation: it continues only if
            // the next paragraph opens with a mark of the same family.
            let mut j = i;
            while j < text.len() && text[j..].starts_with(char::is_whitespace) {
                j += text[j..].chars().next().map_or(1, char::len_utf8);
            }
            match mark_at(text, j) {
                Some(m) if may_span && m.opens && m.family == open.family && j < text.len() && !multi_paragraph => {
                    if other_close.is_some() {
                        return mixed_close(other_close, i);
                    }
                    multi_paragraph = true;
                    i = j + m.len;
                    continue;
                }
                Some(m) if may_span && m.opens && m.family == open.family && j < text.len() => {
                    i = j + m.len;
                    continue;
                }
                _ if multi_paragraph => return Close::Unbalanced { searched: i },
                _ => return mixed_close(other_close, i),
            }
        }
        if let Some(m) = mark_at(text, i) {
            if closes(open.family, m) {
                return Close::At { end: i + m.len, multi_paragraph };
            }
            if Some(m.family) == other_kind && !multi_paragraph {
                if m.opens {
                    other_open = true;
                } else if other_open {
                    other_open = false;
                } else if other_close.is_none() {
                    other_close = Some(i + m.len);
                }
            }
            // A fresh opener of the same family before any close means the
            // first one was stray (nested quotes use the other family), or
            // closed by a mark of the other kind already seen. Straight
            // marks do not nest, so only the latter stops their search
            // ("a ” "b ” …: each search stops at the next opener, which
            // keeps a text of them linear).
            if m.opens && m.family == open.family && (open.family != Family::Straight || other_close.is_some()) {
                return if multi_paragraph { Close::Unbalanced { searched: i } } else { mixed_close(other_close, i) };
            }
            i += m.len;
            continue;
        }
        i += 1;
    }
    if multi_paragraph {
        Close::Unbalanced { searched: text.len() }
    } else {
        mixed_close(other_close, text.len())
    }
}

/// How far the searches from stray opening marks of each family found no
/// closing mark. Such a search can run far: a straight mark's to the end
/// of its paragraph (straight marks do not nest, so a fresh opener does not
/// stop it), any mark's over many paragraphs that each open with a mark of
/// its family (the multi-paragraph convention). A later opener of the same
/// family that a search passed over would search the same stretch and find
/// no close either; knowing that keeps texts of unclosed quotations (`"a "a
/// "a …`, `“a¶¶“a¶¶“a …`) from being scanned again from every mark.
#[derive(Default)]
struct Strays {
    /// For each family, up to where a search from an opener that may span
    /// paragraphs found no close, and up to where any search did.
    searched: [(usize, usize); FAMILIES],
}

impl Strays {
    /// True when an opener of `family` at byte `at` is known to be stray: a
    /// search that may span paragraphs passed over it, or any search did
    /// and this opener may not span paragraphs (so it stops sooner).
    fn known(&self, family: Family, at: usize, may_span: bool) -> bool {
        let (spanning, any) = self.searched[family as usize];
        at < if may_span { spanning } else { any }
    }

    /// Records a search from an opener of `family` that found no close
    /// before byte `searched`.
    fn record(&mut self, family: Family, searched: usize, may_span: bool) {
        let (spanning, any) = &mut self.searched[family as usize];
        if may_span {
            *spanning = searched.max(*spanning);
        }
        *any = searched.max(*any);
    }
}

/// True when the mark at byte `i` opens its paragraph or follows a colon.
fn starts_paragraph(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '\u{a0}']);
    before.is_empty() || before.ends_with('\n') || before.ends_with(':')
}

/// Finds every top-level quotation in `text`, in text order.
pub fn scan(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut strays = Strays::default();
    let mut i = 0;
    loop {
        i = next_stop(text.as_bytes(), i);
        if i == text.len() {
            break;
        }
        match mark_at(text, i) {
            Some(m) if m.opens => {
                let may_span = starts_paragraph(text, i);
                let close = if strays.known(m.family, i, may_span) {
                    Close::Unbalanced { searched: i }
                } else {
                    find_close(text, m, i + m.len, may_span)
                };
                match close {
                    Close::At { end, multi_paragraph } => {
                        found.push(Quotation { start: i, end, multi_paragraph });
                        i = end;
                    }
                    Close::Unbalanced { searched } => {
                        strays.record(m.family, searched, may_span);
                        i += m.len;
                    }
                }
            }
            Some(m) => i += m.len,
            None => i += 1,
        }
    }
    found
}

/// True when the character starting at byte `i` is any quote mark (used by
/// the tokenizer to keep marks out of words).
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '‘' | '’')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        scan(text).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn every_mark_starts_with_a_byte_the_scan_stops_at() {
        for mark in ['"', '\'', '“', '”', '„', '«', '»', '「', '」', '『', '』', '‘', '’'] {
            assert!(may_start_mark(mark.to_string().as_bytes()[0]), "{mark}");
        }
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        let text = "He said “the vote is close” and \"we will win.\"";
        assert_eq!(quoted(text), ["“the vote is close”", "\"we will win.\""]);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        let text = "“They told me ‘no way’ twice,” she said.";
        assert_eq!(quoted(text), ["“They told me ‘no way’ twice,”"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "The mayor’s plan isn’t ‘final’ yet, officials’ notes show.";
        assert_eq!(quoted(text), ["‘final’"]);
    }

    #[test]
    fn european_and_cjk_marks() {
        let text = "«Nous partons» dit-il. „Wir bleiben“ sagte sie. 「はい」と『いいえ』.";
        assert_eq!(quoted(text), ["«Nous partons»", "„Wir bleiben“", "「はい」", "『いいえ』"]);
    }

    #[test]
    fn doubled_apostrophes_quote() {
        let text = "Mr. Lane said, ''We are ready,'' before leaving.";
        assert_eq!(quoted(text), ["''We are ready,''"]);
    }

    #[test]
    fn multi_paragraph_quotation() {
        let text = "She said:\n\n“The first part goes on.\n\n“And the second part ends here.”\n\nDone.";
        let found = scan(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].multi_paragraph);
        assert!(text[found[0].start..found[0].end].ends_with("here.”"));
    }

    #[test]
    fn double_marks_of_two_kinds_may_pair() {
        let text = "“Deals should not be required,\" Ada Finch said. “They told me \"no\" twice,” she said.";
        assert_eq!(quoted(text), ["“Deals should not be required,\"", "“They told me \"no\" twice,”"]);
        let text = "\"But Wilson won,” Axelrod said. \"I know,” Henry said.";
        assert_eq!(quoted(text), ["\"But Wilson won,”", "\"I know,”"]);
    }

    #[test]
    fn a_closing_mark_before_a_word_opens() {
        let text = "Getty.\n\n”Fear. I am afraid he will win.” ― Ada Finch.\n\n“Next,” she said.";
        assert_eq!(quoted(text), ["”Fear. I am afraid he will win.”", "“Next,”"]);
    }

    #[test]
    fn stray_mark_does_not_hide_other_quotes() {
        let text = "A stray “ mark here.\n\n“This one is fine,” he said. Another “stray one.\n\n“Last,” she said.";
        assert_eq!(quoted(text), ["“This one is fine,”", "“Last,”"]);
    }
}
