//! Paragraph and sentence segmentation over tokens.
//!
//! Sentences never break inside a closed quotation, so a quotation of several
//! sentences stays in one unit with its attribution ("“A. B,” she said.").
//! A quotation that ends a sentence is still kept with a following
//! attribution ("“We won!” Lane said.").

use crate::lexicon;
use crate::quotes::Quotation;
use crate::tokens::{Token, TokenKind};

/// One sentence: a token range and its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
    /// Index of the paragraph the sentence starts in.
    pub paragraph: usize,
}

/// Marks, for each token, whether it lies strictly inside a quotation.
pub fn inside_quotes(tokens: &[Token], quotes: &[Quotation]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut q = 0;
    for (i, t) in tokens.iter().enumerate() {
        while q < quotes.len() && quotes[q].end <= t.start {
            q += 1;
        }
        if let Some(quote) = quotes.get(q) {
            inside[i] = quote.start < t.start && t.end < quote.end;
        }
    }
    inside
}

/// True when a newline separates two byte offsets.
fn newline_between(text: &str, from: usize, to: usize) -> bool {
    text[from..to].contains('\n')
}

/// True when the tokens from `i` look like an attribution tail ("Lane said",
/// "said Lane", "she told reporters"): a quotation before them is not the end
/// of the sentence.
fn attribution_follows(text: &str, lower: &str, tokens: &[Token], i: usize) -> bool {
    // "… .” But, Lane said …" starts a new sentence.
    if tokens.get(i).is_some_and(|t| {
        let w = &lower[t.start..t.end];
        lexicon::is_function_word(w) && !lexicon::is_subject_pronoun(w)
    }) {
        return false;
    }
    let mut seen = 0;
    for t in tokens.iter().skip(i) {
        if t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "." | "!" | "?" | ";") {
            return false;
        }
        if t.kind == TokenKind::Quote {
            return false;
        }
        if lexicon::cue_verb(&lower[t.start..t.end]).is_some_and(|c| c.speech) {
            return tail_ends_soon(text, lower, tokens, t);
        }
        seen += 1;
        if seen > 6 {
            return false;
        }
    }
    false
}

/// True when the clause after the cue `cue` ends within a few words
/// ("Lane said last week."), unlike a new report ("Lane said that …") or a
/// frame of the next quotation ("… now.” He added, “What …").
fn tail_ends_soon(text: &str, lower: &str, tokens: &[Token], cue: &Token) -> bool {
    let after = tokens.partition_point(|t| t.start <= cue.start);
    for (k, t) in tokens.iter().enumerate().skip(after).take(8) {
        let w = &lower[t.start..t.end];
        if w == "that" || t.kind == TokenKind::Quote {
            return false;
        }
        if t.kind == TokenKind::Punct && matches!(&text[t.start..t.end], "." | "," | "!" | "?" | ";") {
            let quote_follows =
                &text[t.start..t.end] == "," && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Quote);
            return !quote_follows;
        }
    }
    false
}

/// True when a quotation opens at byte `at`.
fn opens_quote(quotes: &[Quotation], at: usize) -> bool {
    quotes.binary_search_by_key(&at, |q| q.start).is_ok()
}

/// True when token `i` is an abbreviation with periods inside ("U.S.",
/// "D.C.", "p.m.") whose last period also ends the sentence: a word that
/// only opens a sentence follows on the same line ("… attacks in the
/// U.S. He says …"). A title's period ("Gov.", "Mr.") never ends one here:
/// a name follows it.
fn abbreviation_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    // Asked of every token: most do not end in a period.
    if t.kind != TokenKind::Word || text.as_bytes()[t.end - 1] != b'.' {
        return false;
    }
    text[t.start..t.end - 1].contains('.')
        && tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && !newline_between(text, t.end, n.start)
                && matches!(
                    &text[n.start..n.end],
                    "The"
                        | "He"
                        | "She"
                        | "It"
                        | "They"
                        | "We"
                        | "I"
                        | "But"
                        | "And"
                        | "This"
                        | "That"
                        | "There"
                        | "His"
                        | "Her"
                        | "Their"
                        | "Its"
                        | "Our"
                        | "When"
                        | "If"
                        | "However"
                        | "Meanwhile"
                )
        })
}

/// Splits tokens into sentences.
pub fn sentences(text: &str, lower: &str, tokens: &[Token], quotes: &[Quotation]) -> Vec<Sentence> {
    let inside = inside_quotes(tokens, quotes);
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut first = 0;
    let mut first_paragraph = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > 0 && newline_between(text, tokens[i - 1].end, tokens[i].start) {
            paragraph += 1;
            if i > first && !inside[i] {
                out.push(Sentence { first, last: i, paragraph: first_paragraph });
                first = i;
            }
            if first == i {
                first_paragraph = paragraph;
            }
        }
        let t = tokens[i];
        let s = &text[t.start..t.end];
        let terminal = t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…");
        let closes_quote = t.kind == TokenKind::Quote
            && !inside[i]
            && i > 0
            && inside[i - 1]
            && matches!(&text[tokens[i - 1].start..tokens[i - 1].end], "." | "!" | "?");
        if abbreviation_ends_sentence(text, tokens, i) && !inside[i] {
            out.push(Sentence { first, last: i + 1, paragraph: first_paragraph });
            first = i + 1;
            first_paragraph = paragraph;
            i += 1;
            continue;
        }
        if (terminal && !inside[i]) || closes_quote {
            let mut end = i + 1;
            while end < tokens.len()
                && !inside[end]
                && (tokens[end].kind == TokenKind::Quote && !closes_quote && !opens_quote(quotes, tokens[end].start)
                    || matches!(&text[tokens[end].start..tokens[end].end], ")" | "]"))
                && !newline_between(text, tokens[end - 1].end, tokens[end].start)
            {
                end += 1;
            }
            let next_starts = match tokens.get(end) {
                None => true,
                Some(n) => {
                    let c = text[n.start..].chars().next().unwrap_or(' ');
                    // "… within reach. (The chances are slim …)", "…
                    // participate. (“We've persuaded …,” he said.)": a
                    // parenthesis that opens a sentence or a quotation.
                    let opens_parenthesis = c == '('
                        && tokens.get(end + 1).is_some_and(|w| {
                            w.kind == TokenKind::Quote || text[w.start..].chars().next().is_some_and(char::is_uppercase)
                        });
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || opens_parenthesis
                        || n.kind == TokenKind::Quote
                        || newline_between(text, tokens[end - 1].end, n.start)
                }
            };
            let keep_attribution = closes_quote && attribution_follows(text, lower, tokens, end);
            if next_starts && !keep_attribution {
                out.push(Sentence { first, last: end, paragraph: first_paragraph });
                first = end;
                first_paragraph = paragraph;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if first < tokens.len() {
        out.push(Sentence { first, last: tokens.len(), paragraph: first_paragraph });
    }
    out
}
