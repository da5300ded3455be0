//! The analysed article: text, tokens, quotations and sentences, with the
//! small per-token queries every later stage asks.

use crate::lexicon;
use crate::quotes::{self, Quotation};
use crate::segment::{self, Sentence};
use crate::tokens::{self, Token, TokenKind};
use std::collections::HashSet;

/// A quotation located in tokens as well as bytes.
#[derive(Debug, Clone, Copy)]
pub struct QuoteTokens {
    /// The quotation's byte range.
    pub quote: Quotation,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
}

/// An article prepared for extraction.
pub struct Doc<'a> {
    /// The original text.
    pub text: &'a str,
    /// The text ASCII-lowercased (same byte offsets) for lexicon lookups.
    pub lower: String,
    /// All tokens.
    pub tokens: Vec<Token>,
    /// All quotations, in text order.
    pub quotes: Vec<QuoteTokens>,
    /// All sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// For each token, whether it is strictly inside a quotation.
    pub inside: Vec<bool>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each sentence, whether it is set in title case (a headline:
    /// "Trump Says He Will Win"), where verbs are capitalised too.
    pub title_case: Vec<bool>,
    /// For each token, whether it is a word starting with an uppercase
    /// letter (see [`Doc::is_capitalized`]).
    capitalized: Vec<bool>,
    /// For each token, whether it could be part of a proper name (see
    /// [`Doc::is_name_word`]).
    name_word: Vec<bool>,
    /// For each token, the first token of its clause (see [`Doc::clause_start`]).
    clause_first: Vec<usize>,
    /// For each token (and the end), the first word token at or after it.
    next_word: Vec<usize>,
}

impl<'a> Doc<'a> {
    /// Tokenizes and segments `text`.
    pub fn new(text: &'a str) -> Self {
        let lower = text.to_ascii_lowercase();
        let tokens = tokens::tokenize(text);
        let found = quotes::scan(text);
        let sentences = segment::sentences(text, &lower, &tokens, &found);
        let inside = segment::inside_quotes(&tokens, &found);
        let mut sentence_of = vec![0; tokens.len()];
        for (s, sentence) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[sentence.first..sentence.last] {
                *slot = s;
            }
        }
        let quotes = found
            .into_iter()
            .filter_map(|quote| {
                let open = tokens.partition_point(|t| t.start < quote.start);
                let close = tokens.partition_point(|t| t.end < quote.end);
                (open < close && close < tokens.len()).then_some(QuoteTokens { quote, open, close })
            })
            .collect();
        // Asked of the same tokens many times over by every later stage, so
        // answered once here.
        let capitalized: Vec<bool> = tokens
            .iter()
            .map(|t| t.kind == TokenKind::Word && text[t.start..].chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut name_word: Vec<bool> = tokens
            .iter()
            .zip(&capitalized)
            .map(|(t, &capital)| {
                capital
                    && (!lexicon::is_function_word(strip_possessive(&lower[t.start..t.end]))
                        || lexicon::is_us_initials(&text[t.start..t.end]))
            })
            .collect();
        for sentence in &sentences {
            for i in sentence_opening_non_names(text, &lower, &tokens, sentence) {
                name_word[i] = false;
            }
        }
        let title_case: Vec<bool> = sentences.iter().map(|s| is_title_case(&tokens, &capitalized, s)).collect();
        for i in opening_common_words(&lower, &tokens, &sentences, &capitalized, &title_case) {
            name_word[i] = false;
        }
        // "Trump Says Clinton Would …", "Sanders Believes He Can …": in a
        // headline set in title case a reporting verb is capitalised too,
        // but it ends the name before it.
        for (sentence, _) in sentences.iter().zip(&title_case).filter(|(_, &title)| title) {
            for i in sentence.first..sentence.last {
                let w = &lower[tokens[i].start..tokens[i].end];
                let reports = (w.ends_with('s') || matches!(w, "said" | "told")) && lexicon::cue_verb(w).is_some();
                if reports {
                    name_word[i] = false;
                }
            }
        }
        // "Theresa May", "Mrs May's": a capitalised "May" right after a name
        // or an honorific is a surname, neither the verb nor the month
        // ("in May"). A headline in title case capitalises the verb too
        // ("Trump May Pull Out"), so there only a given name or an honorific
        // makes it a surname.
        for i in 1..tokens.len() {
            if !capitalized[i] || strip_possessive(&lower[tokens[i].start..tokens[i].end]) != "may" {
                continue;
            }
            let before = &lower[tokens[i - 1].start..tokens[i - 1].end];
            name_word[i] = lexicon::is_honorific(before)
                || lexicon::is_given_name(before) && capitalized[i - 1]
                || name_word[i - 1] && !title_case[sentence_of[i]];
        }
        // "Charles A Blixt": a capital "A" between a given name and another
        // name is a middle initial written without its period, not the
        // article.
        for i in 1..tokens.len().saturating_sub(1) {
            let initial = text.as_bytes()[tokens[i].start] == b'A'
                && tokens[i].end == tokens[i].start + 1
                && capitalized[i - 1]
                && lexicon::is_given_name(&lower[tokens[i - 1].start..tokens[i - 1].end])
                && name_word[i + 1]
                && !title_case[sentence_of[i]];
            if initial {
                name_word[i] = true;
            }
        }
        let mut next_word = vec![tokens.len(); tokens.len() + 1];
        for i in (0..tokens.len()).rev() {
            next_word[i] = if tokens[i].kind == TokenKind::Word { i } else { next_word[i + 1] };
        }
        let mut doc = Doc {
            text,
            lower,
            tokens,
            quotes,
            sentences,
            inside,
            sentence_of,
            title_case,
            capitalized,
            name_word,
            clause_first: Vec::new(),
            next_word,
        };
        doc.clause_first = clause_starts(&doc);
        doc
    }

    /// The first word token at or after token `from` (the token count if
    /// none): answers "no words between" in constant time however long the
    /// run of punctuation and quote marks.
    pub fn next_word(&self, from: usize) -> usize {
        self.next_word[from]
    }

    /// The quotation whose opening mark is token `i`, if any.
    pub fn quote_opening_at(&self, i: usize) -> Option<&QuoteTokens> {
        self.quotes.binary_search_by_key(&i, |q| q.open).ok().map(|k| &self.quotes[k])
    }

    /// The first token of the clause holding token `at`: the sentence start,
    /// or just after a semicolon, or after whole quotations that open the
    /// clause ("“…,” she said, adding …"), past any commas, dashes and quote
    /// marks there (but never past `at` itself).
    pub fn clause_start(&self, at: usize) -> usize {
        self.clause_first[at]
    }

    /// The token's original text.
    pub fn word(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The token's lowercase text.
    pub fn low(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.lower[t.start..t.end]
    }

    /// The token's lowercase text without a possessive ending.
    pub fn low_bare(&self, i: usize) -> &str {
        strip_possessive(self.low(i))
    }

    /// True when the token is the punctuation character `p`.
    pub fn is(&self, i: usize, p: &str) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokenKind::Punct && self.word(i) == p
    }

    /// True when the token is the punctuation `p` outside any quotation.
    pub fn is_outside(&self, i: usize, p: &str) -> bool {
        self.is(i, p) && !self.inside[i]
    }

    /// True when the token is a quote mark.
    pub fn is_quote(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Quote
    }

    /// True when the token is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// True when the token is a number ("8", "2,400", "10:03").
    pub fn is_number(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Number
    }

    /// True when the token is a word starting with an uppercase letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.capitalized[i]
    }

    /// True when the token could be part of a proper name.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.name_word[i]
    }

    /// True when the token is a possessive ("Japan’s").
    pub fn is_possessive(&self, i: usize) -> bool {
        let w = self.low(i);
        // "he's" is "he is", not a possessive.
        w.len() > 2
            && (w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'"))
            && lexicon::subject_pronoun_of(w).is_none()
    }

    /// The byte range text of tokens `first..last`.
    pub fn slice(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.tokens[first].start..self.tokens[last - 1].end]
    }

    /// True when a token is a sentence-ending punctuation mark.
    pub fn is_terminal(&self, i: usize) -> bool {
        self.is(i, ".") || self.is(i, "!") || self.is(i, "?") || self.is(i, "…")
    }
}

/// True when a sentence is set in title case: it has at least three words
/// longer than three letters, and all of them are capitalised.
fn is_title_case(tokens: &[Token], capitalized: &[bool], sentence: &Sentence) -> bool {
    let mut long_words = 0;
    for i in sentence.first..sentence.last {
        if tokens[i].kind == TokenKind::Word && tokens[i].end - tokens[i].start > 3 {
            if !capitalized[i] {
                return false;
            }
            long_words += 1;
        }
    }
    long_words >= 3
}

/// The clause start of every token, in one pass per sentence: asking each
/// token's clause by scanning from the sentence start would take time
/// quadratic in the sentence length, and a sentence may be a whole hostile
/// input ("“a” “a” “a” …" with no full stop).
fn clause_starts(doc: &Doc) -> Vec<usize> {
    let n = doc.tokens.len();
    // Where the run of commas, dashes and outside quote marks from each token ends.
    let mut run_end = vec![n; n + 1];
    for i in (0..n).rev() {
        let skipped = doc.is(i, ",") || doc.is(i, "—") || doc.is_quote(i) && !doc.inside[i];
        run_end[i] = if skipped { run_end[i + 1] } else { i };
    }
    let mut first = vec![0; n];
    for sentence in &doc.sentences {
        // The raw clause start for the tokens seen so far, whether a word
        // came since it, and the closing mark of a quotation that opened the
        // clause and is still open: the clause starts after it only once it
        // has closed.
        let mut start = sentence.first;
        let mut word_since_start = false;
        let mut opening_quote_close = None;
        for t in sentence.first..sentence.last {
            first[t] = run_end[start].min(t);
            match opening_quote_close {
                Some(close) if t == close => {
                    start = close + 1;
                    word_since_start = false;
                    opening_quote_close = None;
                }
                Some(_) => {}
                // "There is less consensus: 47% say …": a colon outside a
                // quotation opens a clause, as a semicolon does.
                None if (doc.is(t, ";") || doc.is(t, ":")) && !doc.inside[t] => {
                    start = t + 1;
                    word_since_start = false;
                }
                None if doc.is_word(t) => word_since_start = true,
                None if !word_since_start && doc.is_quote(t) && !doc.inside[t] => {
                    opening_quote_close = doc.quote_opening_at(t).map(|q| q.close);
                }
                None => {}
            }
        }
    }
    first
}

/// Removes a possessive ending from a lowercase word.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).or_else(|| w.strip_suffix(['’', '\''])).unwrap_or(w)
}

/// Words that open a sentence with a capital that is the sentence's, not a
/// name's: a plural noun the document writes in lowercase elsewhere
/// ("Profits fell …" beside "pre-tax profits"), or a plural of people by
/// what they do before a verb of saying ("Campaigners say", "Bookmakers
/// said"), which the document never writes with a capital inside a
/// sentence. (A singular may open a role: "Former governor Ed Rendell",
/// "former" written elsewhere.) "Sanders said" opens a sentence too, but
/// the article also writes "Bernie Sanders"; "Rangers manager Alex
/// McLeish" is left alone. Headlines in title case are left alone.
fn opening_common_words(
    lower: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    capitalized: &[bool],
    title_case: &[bool],
) -> Vec<usize> {
    let word = |i: usize| strip_possessive(&lower[tokens[i].start..tokens[i].end]);
    // The lowercase word at token `k`, if it is one.
    let word_at = |k: usize| {
        (k < tokens.len() && tokens[k].kind == TokenKind::Word).then(|| &lower[tokens[k].start..tokens[k].end])
    };
    let next_word = |i: usize| word_at(i + 1);
    // "Campaigners say", "Judges said", "Prosecutors have said": people in
    // the plural before a verb of saying, perhaps after its auxiliary.
    let agents_speaking = |i: usize, w: &str| {
        let people = lexicon::is_plural_of_doers(w) || lexicon::is_unnamed_source_noun(w);
        let saying = |k: usize| word_at(k).is_some_and(|v| lexicon::cue_verb(v).is_some());
        let auxiliary = next_word(i).is_some_and(lexicon::is_finite_auxiliary);
        people && (saying(i + 1) || auxiliary && saying(i + 2))
    };
    // "Schools Minister Stephen Twigg", "Universities Scotland", "Referees
    // chief Keith Hackett": a plural that qualifies what follows is part of
    // a name or role.
    let qualifies_next = |i: usize| {
        capitalized.get(i + 1).copied().unwrap_or(false)
            || next_word(i).is_some_and(|next| {
                lexicon::is_title_word(next) || lexicon::is_role_word(next) || lexicon::ends_like_occupation(next)
            })
    };
    let openings: Vec<usize> = sentences
        .iter()
        .zip(title_case)
        .filter(|(_, &title)| !title)
        .filter_map(|(s, _)| (s.first..s.last).find(|&i| tokens[i].kind == TokenKind::Word))
        .collect();
    // Each opening that either reading could make a common word, with
    // whether it needs the word in lowercase elsewhere (a plural noun) or
    // not (a plural of people before a verb of saying).
    let mut candidates: Vec<(usize, &str, bool)> = Vec::new();
    for &i in &openings {
        let w = word(i);
        if !capitalized[i] || !lexicon::is_plural_noun(w) {
            continue;
        }
        if agents_speaking(i, w) {
            candidates.push((i, w, false));
        } else if !qualifies_next(i) && !lexicon::is_title_word(w) {
            candidates.push((i, w, true));
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    // One pass over the words that end like a candidate (in "s", or its
    // possessive), for the candidates written in lowercase or with a
    // capital inside a sentence.
    let wanted: HashSet<&str> = candidates.iter().map(|&(_, w, _)| w).collect();
    // Most words are ruled out by their length or first letter before any
    // hashing.
    let lengths = wanted.iter().fold(0u64, |mask, w| mask | 1 << w.len().min(63));
    let first_letters = wanted.iter().fold(0u32, |mask, w| mask | 1 << (w.as_bytes()[0] % 32));
    let mut openings = openings.into_iter().peekable();
    let mut written_as_names = HashSet::new();
    let mut written_lowercase = HashSet::new();
    for i in 0..tokens.len() {
        let opening = openings.next_if_eq(&i).is_some();
        let t = tokens[i];
        if t.kind != TokenKind::Word || !lower[t.start..t.end].ends_with(['s', '\'', '’']) {
            continue;
        }
        let w = word(i);
        if lengths & 1 << w.len().min(63) == 0
            || first_letters & 1 << (w.as_bytes()[0] % 32) == 0
            || !wanted.contains(w)
        {
            continue;
        }
        if !capitalized[i] {
            written_lowercase.insert(w);
        } else if !opening {
            written_as_names.insert(w);
        }
    }
    candidates
        .into_iter()
        .filter(|&(_, w, needs_lowercase)| {
            !written_as_names.contains(w) && (!needs_lowercase || written_lowercase.contains(w))
        })
        .map(|(i, _, _)| i)
        .collect()
}

/// The tokens opening a sentence that are capitalised only by their place
/// and name no one, so that they start no name and gather no pronouns:
/// a dateline ("WASHINGTON (AP) —", "NEW YORK —"), a sentence adverb
/// ("Ultimately", "Similarly", "Later") that is no first name, or a credit label
/// ("Contributing: …").
fn sentence_opening_non_names(
    text: &str,
    lower: &str,
    tokens: &[Token],
    sentence: &Sentence,
) -> std::ops::Range<usize> {
    let Some(first) = (sentence.first..sentence.last).find(|&i| tokens[i].kind == TokenKind::Word) else {
        return 0..0;
    };
    let word = |i: usize| &text[tokens[i].start..tokens[i].end];
    let punct_is =
        |i: usize, marks: &[&str]| i < sentence.last && tokens[i].kind == TokenKind::Punct && marks.contains(&word(i));
    let upper = |i: usize| {
        tokens[i].kind == TokenKind::Word
            && word(i).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word(i).chars().any(char::is_lowercase)
    };
    // A place in capitals, then a dash, directly or after the wire's mark,
    // the state and the date ("PASADENA, Calif., Jan. 1 (UPI) —"); not
    // "CNN, like the AP, declared …" or "FBI (the bureau) said …".
    let dateline_end = (first..sentence.last).find(|&i| !upper(i)).unwrap_or(sentence.last);
    let dashes = ["—", "–", "-"];
    let dateline = punct_is(dateline_end, &["(", ",", "—", "–", "-"])
        && (dateline_end..(dateline_end + 12).min(sentence.last)).any(|i| punct_is(i, &dashes));
    if dateline_end > first && dateline {
        return first..dateline_end;
    }
    let w = &lower[tokens[first].start..tokens[first].end];
    let sentence_adverb = w.len() >= 6 && lexicon::is_ly_adverb(w) && !lexicon::is_given_name(w)
        || matches!(
            w,
            "nonetheless"
                | "nevertheless"
                | "regardless"
                | "moreover"
                | "furthermore"
                | "likewise"
                | "later"
                | "earlier"
                | "yesterday"
                | "tonight"
                | "then"
                | "also"
                | "again"
        );
    let credit_label = w.ends_with("ing") && punct_is(first + 1, &[":"]);
    if sentence_adverb || credit_label {
        first..first + 1
    } else {
        0..0
    }
}
