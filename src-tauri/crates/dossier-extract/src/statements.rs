//! Statement selection: the reporter's own factual assertions worth keeping.
//!
//! A sentence is a statement when nobody is quoted or reported in it, it is
//! a complete declarative sentence (not a headline or a question), it speaks
//! in the third person, and it reports an action ("banned", "imposed") or a
//! figure ("40%", "$2 billion"). Opinion and scene-setting are left out.

use crate::doc::Doc;
use crate::lexicon;

/// Token ranges of the sentences that are statements, with the verb or
/// figure that made each one count (used as its cue).
pub fn find_statements(doc: &Doc, claimed: &[bool]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if claimed[s] {
            continue;
        }
        let (a, b) = (sentence.first, sentence.last);
        if b <= a + 1 || !doc.is(b - 1, ".") {
            continue;
        }
        let words = (a..b).filter(|&i| doc.is_word(i)).count();
        if !(8..=70).contains(&words) {
            continue;
        }
        let personal = (a..b).any(|i| {
            doc.is_quote(i)
                || matches!(doc.low(i), "i" | "we" | "you" | "my" | "our" | "your" | "me" | "us")
                || doc.is(i, "?")
        });
        if personal {
            continue;
        }
        let evidence = (a..b).find(|&i| {
            (doc.is_number(i) && !doc.word(i).chars().all(|c| c.is_ascii_digit() && doc.word(i).len() == 4))
                || lexicon::is_figure_word(doc.low(i))
                || doc.word(i).starts_with('$')
                || (lexicon::is_action_verb(doc.low(i)) && i > a)
        });
        if let Some(cue) = evidence {
            out.push((a, b - 1, cue));
        }
    }
    out
}
