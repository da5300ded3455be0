//! The analyzer of the index's text fields.
//!
//! Stemming every token was an eighth of an import's CPU time, yet news text
//! repeats a small vocabulary: [`MemoStemmer`] remembers the stems of the
//! words it has seen, so most tokens cost one hash lookup. Its stems are
//! exactly tantivy's English `Stemmer`'s (both run the same Snowball
//! algorithm), so an index written with either is searched alike.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Name of the analyzer for text fields.
pub(crate) const ANALYZER: &str = "dossier_en";
/// Words a memo holds before it starts over: bounds its memory (a few MB
/// per text field and indexing thread) while keeping a news vocabulary.
const MEMO_WORDS: usize = 50_000;

/// Simple word splitting (so that curly and straight apostrophes split
/// alike), lowercase, ASCII folding, English stemming.
pub(crate) fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(MemoStemmer)
        .build()
}

/// English stemming that remembers the stems it computed. Expects
/// lowercased tokens, like tantivy's `Stemmer`.
#[derive(Clone, Copy)]
pub(crate) struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter { inner, stems: HashMap::new() }
    }
}

/// The tokenizer [`MemoStemmer`] makes; each clone (tantivy clones an
/// analyzer per field and indexing thread) has a memo of its own, so no
/// lock is needed. The memo keeps the standard (keyed) hasher: its keys are
/// the articles' own words, and a fixed hash would let crafted text make
/// them all collide.
#[derive(Clone)]
pub(crate) struct MemoStemmerFilter<T> {
    inner: T,
    stems: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.stems.len() >= MEMO_WORDS {
            self.stems.clear();
        }
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            stems: &mut self.stems,
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

/// The token stream of [`MemoStemmerFilter`].
pub(crate) struct MemoStemmerStream<'a, T> {
    tail: T,
    stems: &'a mut HashMap<String, String>,
    stemmer: Stemmer,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.stems.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.stems.insert(word, stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Language, Stemmer as TantivyStemmer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn stems_like_tantivys_stemmer_on_first_and_repeated_words() {
        let mut tantivys = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(TantivyStemmer::new(Language::English))
            .build();
        let mut ours = analyzer();
        let text = "Negotiators said the talks were continuing; the negotiations, \
                    officials SAID, continued — Ministers' generalizations, running runners ran. \
                    Café résumé naïve Zürich 2024 x";
        for _ in 0..3 {
            assert_eq!(tokens(&mut ours, text), tokens(&mut tantivys, text));
        }
    }

    #[test]
    fn a_full_memo_starts_over_and_still_stems() {
        let mut filter = MemoStemmer.transform(SimpleTokenizer::default());
        for n in 0..MEMO_WORDS + 10 {
            let word = format!("walking{n}");
            let mut stream = filter.token_stream(&word);
            assert!(stream.advance());
            assert_eq!(stream.token().text, format!("walking{n}"));
        }
        assert!(filter.stems.len() < MEMO_WORDS);
        let mut stream = filter.token_stream("walking");
        assert!(stream.advance());
        assert_eq!(stream.token().text, "walk");
    }
}
