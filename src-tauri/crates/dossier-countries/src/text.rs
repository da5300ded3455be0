//! Small helpers to look at the words around a match: word boundaries, the
//! neighbouring words and whether a position starts a sentence.

/// Whether `c` can be part of a word (so a name must not touch it).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text[start..end]` stands as whole words.
pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start].chars().next_back().is_none_or(|c| !is_word_char(c));
    // A name ending in '.' ("U.S.", "Ky.") may be followed by anything.
    let ends_with_period = text[..end].ends_with('.');
    let after_ok = ends_with_period || text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before_ok && after_ok
}

/// A word next to a match and what separates it from the match.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Neighbour<'a> {
    /// The word without a trailing period.
    pub word: &'a str,
    /// The word as written, with any trailing period ("Mr.", "Ky.").
    pub raw: &'a str,
    /// The characters between the match and the word, e.g. " " or ", ".
    pub gap: &'a str,
    /// Byte offset of the word's start.
    pub start: usize,
}

impl Neighbour<'_> {
    /// Separated by plain spaces only (no punctuation).
    pub fn adjacent(&self) -> bool {
        !self.gap.is_empty() && self.gap.chars().all(|c| c == ' ')
    }

    pub fn capitalized(&self) -> bool {
        self.word.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn all_caps(&self) -> bool {
        self.word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !self.word.chars().any(char::is_lowercase)
    }
}

/// The word after `end`, within a short gap of spaces and punctuation.
pub(crate) fn next_word(text: &str, end: usize) -> Option<Neighbour<'_>> {
    let rest = &text[end..];
    let gap_len = rest.find(|c: char| is_word_char(c))?;
    let gap = &rest[..gap_len];
    if gap.chars().count() > 3 || gap.contains('\n') {
        return None;
    }
    let word_start = end + gap_len;
    let word_len = text[word_start..]
        .find(|c: char| !(is_word_char(c) || c == '.' || c == '-'))
        .unwrap_or(text.len() - word_start);
    let raw = &text[word_start..word_start + word_len];
    Some(Neighbour { word: raw.trim_end_matches('.'), raw, gap, start: word_start })
}

/// The word before `start`, within a short gap of spaces and punctuation.
pub(crate) fn previous_word(text: &str, start: usize) -> Option<Neighbour<'_>> {
    let before = &text[..start];
    let is_part = |c: char| is_word_char(c) || c == '.' || c == '-';
    let (last_index, last_char) = before.char_indices().rev().find(|&(_, c)| is_part(c))?;
    let word_end = last_index + last_char.len_utf8();
    let gap = &before[word_end..];
    if gap.chars().count() > 3 || gap.contains('\n') {
        return None;
    }
    let word_start = before[..word_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_part(c) || is_apostrophe(c))
        .last()
        .map_or(word_end, |(i, _)| i);
    let raw = &before[word_start..word_end];
    Some(Neighbour { word: raw.trim_end_matches('.'), raw, gap, start: word_start })
}

/// An apostrophe inside a word ("University’s", "O'Brien").
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether `start` begins a sentence: start of text or line, or after
/// sentence-ending punctuation, a dash or a closing bracket (datelines), and
/// any opening quotes or brackets.
pub(crate) fn starts_sentence(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            ' ' | '\t' | '"' | '“' | '‘' | '\'' | '(' | '[' => continue,
            // A dash or bracket ends a dateline ("CROMWELL — Police said").
            '\n' | '.' | '!' | '?' | ':' | ';' | '”' | '—' | '–' | '-' | ')' | '\u{97}' => return true,
            _ => return false,
        }
    }
    true
}

/// Whether the text around a match is mostly capitals (a shouted headline),
/// where acronyms like "US" cannot be told from ordinary words.
pub(crate) fn in_all_caps_run(text: &str, start: usize, end: usize) -> bool {
    let window_start = floor_char_boundary(text, start.saturating_sub(40));
    let window_end = ceil_char_boundary(text, (end + 40).min(text.len()));
    let around = text[window_start..start].chars().chain(text[end..window_end].chars());
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in around {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 6 && upper > lower
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn ceil_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_skip_short_punctuation() {
        let text = "in Paris, Ky. today";
        let next = next_word(text, 8).unwrap();
        assert_eq!(next.word, "Ky");
        assert_eq!(next.gap, ", ");
        let previous = previous_word(text, 3).unwrap();
        assert_eq!(previous.word, "in");
        assert!(previous.adjacent());
    }

    #[test]
    fn previous_word_keeps_possessives_whole() {
        let text = "at Fudan University’s Center";
        let previous = previous_word(text, text.find("Center").unwrap()).unwrap();
        assert_eq!(previous.word, "University’s");
        assert!(previous.capitalized());
    }

    #[test]
    fn sentence_starts_after_period_and_quotes() {
        let text = "It rained. “Turkey said";
        assert!(starts_sentence(text, text.find("Turkey").unwrap()));
        assert!(!starts_sentence(text, text.find("rained").unwrap()));
        assert!(starts_sentence(text, 0));
    }

    #[test]
    fn boundaries_reject_name_inside_word() {
        assert!(!at_word_boundaries("Omaha", 0, 4));
        assert!(at_word_boundaries("China’s", 0, 5));
        assert!(at_word_boundaries("anti-American", 5, 13));
    }

    #[test]
    fn all_caps_run_is_detected() {
        let text = "LET US GO HOME NOW";
        assert!(in_all_caps_run(text, 4, 6));
        let text = "The US said on Monday that talks would go on";
        assert!(!in_all_caps_run(text, 4, 6));
    }
}
