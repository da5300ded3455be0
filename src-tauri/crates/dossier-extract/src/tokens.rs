//! Tokenization: words, numbers, punctuation and quote marks with byte spans.
//!
//! Words keep internal apostrophes and hyphens ("Japan’s", "mid-tier") and
//! abbreviation periods ("U.S.", "Mr."), so later stages can compare whole
//! words and the sentence splitter never breaks after "Mr.".

use crate::lexicon;
use crate::quotes::{is_quote_char, single_quote_at};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with internal apostrophes, hyphens, abbreviation periods).
    Word,
    /// Digits, possibly with separators ("40%", "1,200", "3.5").
    Number,
    /// A quote mark (“, ”, ", '', «, …).
    Quote,
    /// Any other single punctuation character.
    Punct,
}

/// One token with its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte (inclusive).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// The token's kind.
    pub kind: TokenKind,
}

/// True for characters that may join two word parts ("don’t", "mid-tier").
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// True when `rest` is one space and then a word.
fn word_follows(rest: &str) -> bool {
    rest.strip_prefix(' ').and_then(|after| after.chars().next()).is_some_and(char::is_alphanumeric)
}

/// True for an abbreviation, alone ("Sen") or after a hyphenated prefix
/// ("then-Sen", "ex-Gov"), whose period does not end the sentence. After a
/// prefix only a capitalised title counts: the lowercase "hit-or-miss." or
/// "car-wash." end a sentence.
fn is_abbreviation_with_prefix(word: &str) -> bool {
    match word.rsplit_once('-') {
        Some((_, last)) => {
            let lower = last.to_ascii_lowercase();
            last.starts_with(|c: char| c.is_ascii_uppercase())
                && lexicon::is_abbreviation(last)
                && (lexicon::is_title_word(&format!("{lower}.")) || lexicon::is_honorific(&lower))
        }
        None => lexicon::is_abbreviation(word),
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    // Whether a single curly quotation (‘…) is open in this paragraph: its
    // ’ after a plural closes it ("the word ‘yes’ is"); otherwise such a
    // ’ is the plural's possessive ("Sanders’ allies").
    let mut single_quote_open = false;
    while let Some((start, c)) = chars.next() {
        if c == '\n' {
            single_quote_open = false;
        }
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            let mut has_letter = c.is_alphabetic();
            let mut has_inner_period = false;
            loop {
                match chars.peek().copied() {
                    Some((_, n)) if n.is_alphanumeric() || n == '%' => {
                        has_letter |= n.is_alphabetic();
                        end += n.len_utf8();
                        chars.next();
                    }
                    // "the players' union": a straight apostrophe after a
                    // plural is its possessive (straight single quotes mark
                    // no quotation, so it closes none).
                    Some((j, '\'')) if text[start..end].ends_with(['s', 'S']) && word_follows(&text[j + 1..]) => {
                        end = j + 1;
                        chars.next();
                        break;
                    }
                    Some((j, '’'))
                        if !single_quote_open
                            && text[start..end].ends_with(['s', 'S'])
                            && word_follows(&text[j + '’'.len_utf8()..]) =>
                    {
                        end = j + '’'.len_utf8();
                        chars.next();
                        break;
                    }
                    // "1,500" and "10:03" are one number each.
                    Some((j, n)) if is_joiner(n) || (matches!(n, ',' | ':') && !has_letter) => {
                        let after = text[j + n.len_utf8()..].chars().next();
                        let in_number = matches!(n, ',' | ':');
                        if after.is_some_and(|a| a.is_alphanumeric() && (!in_number || a.is_ascii_digit())) {
                            // "U.S." has abbreviation periods; the decimal
                            // point of "$10.9bn" is none.
                            let after_letter = text[..j].chars().next_back().is_some_and(char::is_alphabetic);
                            has_inner_period |= n == '.' && after_letter;
                            end = j + n.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            // Abbreviation periods belong to the word: "Mr.", "U.S.", "J.".
            if let Some(&(j, '.')) = chars.peek() {
                let word = &text[start..end];
                let initial = word.chars().count() == 1 && c.is_uppercase();
                // Asked only of a listed abbreviation: most words before a
                // period end a sentence anyway.
                let ends_sentence = || {
                    lexicon::is_state_abbreviation_word(&word.to_ascii_lowercase())
                        && !text[..start].trim_end().ends_with(',')
                        && text[j + 1..].trim_start().chars().next().is_none_or(char::is_uppercase)
                };
                if has_letter && (has_inner_period || initial || is_abbreviation_with_prefix(word) && !ends_sentence())
                {
                    end = j + 1;
                    chars.next();
                }
            }
            let kind = if has_letter { TokenKind::Word } else { TokenKind::Number };
            tokens.push(Token { start, end, kind });
        } else if c == '\'' && text[start + 1..].starts_with('\'') {
            chars.next();
            tokens.push(Token { start, end: start + 2, kind: TokenKind::Quote });
        } else {
            if let Some(opens) = single_quote_at(text, start) {
                single_quote_open = opens;
            }
            let kind = if is_quote_char(c) { TokenKind::Quote } else { TokenKind::Punct };
            tokens.push(Token { start, end: start + c.len_utf8(), kind });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn a_plural_keeps_its_straight_possessive_apostrophe() {
        assert_eq!(words("the players' union"), ["the", "players'", "union"]);
        assert_eq!(words("said 'no' to the players'."), ["said", "'", "no", "'", "to", "the", "players", "'", "."]);
    }

    #[test]
    fn a_plural_keeps_its_curly_possessive_apostrophe_outside_single_quotes() {
        assert_eq!(words("Sanders’ allies"), ["Sanders’", "allies"]);
        assert_eq!(words("the word ‘yes’ is"), ["the", "word", "‘", "yes", "’", "is"]);
        assert_eq!(words("the ‘Tories’ plan’ failed"), ["the", "‘", "Tories", "’", "plan", "’", "failed"]);
    }

    #[test]
    fn keeps_abbreviations_and_apostrophes() {
        assert_eq!(
            words("Mr. Lane’s U.S. plan, 1,200 jobs."),
            ["Mr.", "Lane’s", "U.S.", "plan", ",", "1,200", "jobs", "."]
        );
    }

    #[test]
    fn a_decimal_point_or_an_acronym_has_no_abbreviation_period() {
        assert_eq!(words("rose to $10.9bn. Its"), ["rose", "to", "$", "10.9bn", ".", "Its"]);
        assert_eq!(words("the U.S. Its"), ["the", "U.S.", "Its"]);
        assert_eq!(words("tell the FT. But"), ["tell", "the", "FT", ".", "But"], "an acronym");
        assert_eq!(words("MR. FINCH, 6 ft. tall"), ["MR.", "FINCH", ",", "6", "ft.", "tall"]);
    }

    #[test]
    fn a_state_abbreviation_that_is_a_word_ends_a_sentence_unless_a_place_and_comma_come_first() {
        assert_eq!(words("in Boston, Mass. The mayor"), ["in", "Boston", ",", "Mass.", "The", "mayor"]);
        assert_eq!(words("his Midnight Mass. The cardinal"), ["his", "Midnight", "Mass", ".", "The", "cardinal"]);
        assert_eq!(words("the iron ore. Prices"), ["the", "iron", "ore", ".", "Prices"]);
        assert_eq!(words("(R-Miss.) said"), ["(", "R-Miss.", ")", "said"]);
        assert_eq!(words("Del. Stacey Plaskett"), ["Del.", "Stacey", "Plaskett"], "a delegate's title");
    }

    #[test]
    fn a_time_of_day_is_one_number() {
        assert_eq!(words("At 10:03 p.m.: the end"), ["At", "10:03", "p.m.", ":", "the", "end"]);
        assert_eq!(words("the score: 3: 1"), ["the", "score", ":", "3", ":", "1"]);
    }

    #[test]
    fn a_title_after_a_hyphenated_prefix_keeps_its_period() {
        assert_eq!(words("and then-Sen. Barack Obama"), ["and", "then-Sen.", "Barack", "Obama"]);
        assert_eq!(words("it was hit-or-miss. Then"), ["it", "was", "hit-or-miss", ".", "Then"]);
    }

    #[test]
    fn quote_marks_are_tokens() {
        assert_eq!(words("“Yes,” she said ''no''"), ["“", "Yes", ",", "”", "she", "said", "''", "no", "''"]);
    }
}
