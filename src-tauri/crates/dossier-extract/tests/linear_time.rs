//! Extraction stays linear in the size of hostile input.
//!
//! Each input repeats a shape that used to make extraction quadratic, or
//! one an import may meet (unmatched marks, a megabyte without a full stop),
//! at a size where the quadratic code took from seconds to well over a
//! minute per input in an optimised build (over six minutes for the file),
//! while the linear code takes a fraction of a second for all of them.
//! Nothing here measures time: a regression shows as a test run that no
//! longer ends in reasonable time. The checks are on the output, which must
//! stay what the extractor's rules give, within its bounds on hostile text:
//! a reported content holds at most [`MAX_REPORT_BYTES`], and no byte lies
//! in more than [`MAX_OVERLAPPING_CLAIMS`] claims.

use dossier_extract::{extract, Claim, ClaimKind, MAX_OVERLAPPING_CLAIMS, MAX_REPORT_BYTES};

/// The text of a span.
fn text_of(text: &str, span: dossier_extract::Span) -> &str {
    &text[span.start..span.end]
}

/// The claim's cue text.
fn cue<'a>(text: &'a str, claim: &Claim) -> &'a str {
    claim.cue.map_or("", |c| text_of(text, c))
}

/// Every span of every claim lies inside the text, on character boundaries.
fn assert_spans_in(text: &str, claims: &[Claim]) {
    for claim in claims {
        let spans = [Some(claim.span), claim.cue, claim.speaker.as_ref().map(|s| s.mention)];
        for span in spans.into_iter().flatten() {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?} outside {} bytes", text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} splits a char");
        }
    }
}

/// No byte lies in more than [`MAX_OVERLAPPING_CLAIMS`] claims, and that
/// bound is all that removed claims: each content start in `candidates`
/// (where the rules give a claim) starts a claim or already lies in that
/// many claims. Returns how many claims the bound removed.
fn assert_overlap_bounded(claims: &[Claim], candidates: impl IntoIterator<Item = usize>) -> usize {
    let mut starts: Vec<usize> = claims.iter().map(|c| c.span.start).collect();
    let mut ends: Vec<usize> = claims.iter().map(|c| c.span.end).collect();
    starts.sort_unstable();
    ends.sort_unstable();
    let depth_at = |at: usize| starts.partition_point(|&s| s <= at) - ends.partition_point(|&e| e <= at);
    // A claim's first byte is where it meets the most claims that started before it.
    for claim in claims {
        assert!(depth_at(claim.span.start) <= MAX_OVERLAPPING_CLAIMS, "{:?} lies in too many claims", claim.span);
    }
    let mut removed = 0;
    for at in candidates {
        if starts.binary_search(&at).is_err() {
            assert_eq!(depth_at(at), MAX_OVERLAPPING_CLAIMS, "the claim at {at} is missing");
            removed += 1;
        }
    }
    removed
}

#[test]
fn many_short_quotes_in_one_sentence() {
    let n = 100_000;
    let text = "\"a\" ".repeat(n);
    let claims = extract(&text);
    assert_eq!(claims.len(), n);
    for (k, claim) in claims.iter().enumerate() {
        assert_eq!(claim.kind, ClaimKind::Direct);
        assert_eq!((claim.span.start, claim.span.end), (4 * k, 4 * k + 3));
        assert!(claim.speaker.is_none());
    }
}

#[test]
fn many_cues_in_one_sentence() {
    let n = 100_000;
    let text = "he said ".repeat(n);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    // Each "said" but the last two reports the rest of the sentence (as
    // much as a report holds); what follows the second to last, "he said",
    // is only an attribution. These reports overlap: the bound keeps a few
    // per report's length.
    let removed = assert_overlap_bounded(&claims, (0..n - 2).map(|k| 8 * (k + 1)));
    assert_eq!(claims.len() + removed, n - 2);
    assert!(claims.len() >= MAX_OVERLAPPING_CLAIMS * (text.len() / MAX_REPORT_BYTES), "{} claims", claims.len());
    for claim in &claims {
        assert_eq!(claim.kind, ClaimKind::Indirect);
        assert_eq!(cue(&text, claim), "said");
        // No one is named for "he" to refer to.
        assert!(claim.speaker.is_none());
        assert_eq!(claim.span.start % 8, 0);
        assert_runs_to_end_or_bound(&text, claim);
    }
}

/// The claim's content holds at most [`MAX_REPORT_BYTES`] and runs to the
/// end of the text (bar its last space) or to the last word that ends
/// within that bound.
fn assert_runs_to_end_or_bound(text: &str, claim: &Claim) {
    let (start, end) = (claim.span.start, claim.span.end);
    let bound = (start + MAX_REPORT_BYTES).min(text.len());
    assert!(end <= bound, "{start}..{end}: longer than a report holds");
    let to_end = end == text.len() - 1;
    let at_bound = !text[end..bound].trim_start().contains(' ');
    assert!(to_end || at_bound, "{start}..{end} of {} bytes", text.len());
}

#[test]
fn many_relative_clauses_that_speak() {
    // Where the content of "x, who said …" ends is looked for among the
    // commas after it, only as far as a report holds.
    let n = 100_000;
    let unit = "x, who said a, ";
    let text = unit.repeat(n);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    let first_content = unit.find("a,").unwrap();
    let removed = assert_overlap_bounded(&claims, (0..n).map(|k| first_content + k * unit.len()));
    assert_eq!(claims.len() + removed, n);
    for claim in &claims {
        assert_eq!((claim.kind, cue(&text, claim)), (ClaimKind::Indirect, "said"));
        assert!(claim.span.end - claim.span.start <= MAX_REPORT_BYTES, "{:?}", claim.span);
    }
}

#[test]
fn many_quotations_and_gerunds_in_one_sentence() {
    // A gerund's subject ("seeing") is looked for in its clause with a verb
    // and object before it, only as far as a subject is looked for.
    let n = 100_000;
    let quote = "\"The ferry is late again,\"";
    let text = format!("{quote} a young woman exclaimed upon seeing it, ").repeat(n);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    assert_overlap_bounded(&claims, []);
    let quoted: Vec<&Claim> = claims.iter().filter(|c| text_of(&text, c.span) == quote).collect();
    assert!(quoted.len() >= text.len() / MAX_REPORT_BYTES, "{} quotations", quoted.len());
    for claim in quoted {
        assert_eq!(claim.speaker.as_ref().map(|s| s.name.as_str()), Some("a young woman"));
        assert_eq!(cue(&text, claim), "exclaimed");
    }
}

#[test]
fn many_cues_after_a_long_capitalised_run() {
    // Whether the words before a role's comma are a name is asked only of a
    // few words, not of the whole clause before every cue.
    let n = 100_000;
    let text = format!("{}{}", "Ab ".repeat(20 * n), ", a spokesman said x".repeat(n));
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    assert_overlap_bounded(&claims, []);
    assert!(!claims.is_empty());
    for claim in &claims {
        assert_eq!((claim.kind, cue(&text, claim)), (ClaimKind::Indirect, "said"));
        assert_eq!(claim.speaker.as_ref().map(|s| s.name.as_str()), Some("a spokesman"));
    }
}

#[test]
fn unmatched_quote_marks() {
    for text in ["“".repeat(100_000), "\"a ".repeat(100_000), "“a\n\n".repeat(50_000), "''a ".repeat(100_000)] {
        assert_eq!(extract(&text), [], "{:?}…", &text[..12]);
    }
}

#[test]
fn quotations_closed_by_marks_of_the_other_kind() {
    let n = 100_000;
    for (unit, quote) in [("\"a ” ", "\"a ”"), ("“a \" ", "“a \"")] {
        let text = unit.repeat(n);
        let claims = extract(&text);
        assert_spans_in(&text, &claims);
        assert_eq!(claims.len(), n, "{unit}");
        assert!(claims.iter().all(|c| text_of(&text, c.span) == quote), "{unit}");
    }
}

#[test]
fn megabyte_sentence_without_punctuation() {
    let unit = "the minister said that officials in Paris want talks ";
    let n = 20_000;
    let text = unit.repeat(n);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    // Every "said" and "want" reports something, to the end of the text or
    // as much of it as a report holds, as far as the bound on overlapping
    // claims lets them.
    let first_content_of = |word: &str| claims.iter().find(|c| cue(&text, c) == word).map(|c| c.span.start);
    let (said, want) = (first_content_of("said").unwrap(), first_content_of("want").unwrap());
    assert_eq!((&unit[said..said + 9], &unit[want..]), ("officials", "talks "));
    let candidates = (0..n).flat_map(|k| [k * unit.len() + said, k * unit.len() + want]);
    let removed = assert_overlap_bounded(&claims, candidates);
    assert_eq!(claims.len() + removed, 2 * n);
    for claim in &claims {
        assert_eq!(claim.kind, ClaimKind::Indirect);
        assert!(["said", "want"].contains(&cue(&text, claim)));
        assert_runs_to_end_or_bound(&text, claim);
    }
}

#[test]
fn many_cues_and_nothing_reported() {
    // "told" is both a cue and a word that may stand between a speaker and
    // its cue ("has told"), so each one looks back over those before it.
    for text in ["said ".repeat(300_000), "told ".repeat(100_000)] {
        assert_eq!(extract(&text), [], "{:?}…", &text[..12]);
    }
}

#[test]
fn repeated_according_to() {
    let n = 200_000;
    let text = "according to ".repeat(n);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    // Each "according to" reports what stands before it or after it, as
    // much as a report holds; the reports overlap, and the bound keeps the
    // text covered that many deep.
    assert_overlap_bounded(&claims, []);
    assert!(claims.len() >= MAX_OVERLAPPING_CLAIMS * (text.len() / MAX_REPORT_BYTES), "{} claims", claims.len());
    for claim in &claims {
        assert_eq!(claim.kind, ClaimKind::Indirect);
        assert_eq!(cue(&text, claim), "according to");
        assert!(claim.span.end - claim.span.start <= MAX_REPORT_BYTES, "{:?}", claim.span);
    }
}

#[test]
fn capitalised_cues_as_a_headline() {
    let text = "Added ".repeat(30_000);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    // Each "Added" may name all the ones before it as its speaker, but a
    // name has at most 32 words: only the first 32 cues have a speaker and
    // a claim, and of those reports, which overlap, the bound keeps the first.
    assert_eq!(claims.len(), MAX_OVERLAPPING_CLAIMS.min(32));
    assert_overlap_bounded(&claims, []);
    for claim in &claims {
        assert!(claim.kind == ClaimKind::Indirect && cue(&text, claim) == "Added");
        assert!(claim.speaker.as_ref().is_some_and(|s| s.name.split(' ').all(|w| w == "Added")));
    }
    // "Said" and "Says" end a name in a title-case headline, so none of
    // them is anyone's name and nothing is reported.
    let text = "Said ".repeat(30_000);
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    assert!(claims.is_empty(), "{} claims", claims.len());
}

#[test]
fn many_people_then_pronouns_that_fit_none() {
    let n = 30_000;
    let text = format!("{}{}", "Mr. Tom Berg, ".repeat(n), "she said x ".repeat(n));
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    // Each "said" but the last reports the rest: as many as the bound keeps.
    let first_content = "Mr. Tom Berg, ".len() * n + "she said ".len();
    let removed = assert_overlap_bounded(&claims, (0..n - 1).map(|k| first_content + k * "she said x ".len()));
    assert_eq!(claims.len() + removed, n - 1);
    // "she" is not Mr. Berg: no claim has a speaker.
    assert!(claims.iter().all(|c| c.speaker.is_none()));
}

#[test]
fn many_distinct_people() {
    let n = 40_000;
    let name =
        |k: usize| format!("Q{}{}{}", (b'a' + (k % 26) as u8) as char, (b'a' + (k / 26 % 26) as u8) as char, k / 676);
    let text: String = (0..n).map(|k| format!("Anna {} said it would rain. ", name(k))).collect();
    let claims = extract(&text);
    assert_eq!(claims.len(), n);
    for (k, claim) in claims.iter().enumerate() {
        assert_eq!(claim.speaker.as_ref().map(|s| s.name.clone()), Some(format!("Anna {}", name(k))));
    }
}

#[test]
fn a_long_chain_of_possessors_and_roles() {
    let n = 50_000;
    let text = format!("{}Ben Cole opened an office and said the plan failed.", "Ada's aide ".repeat(n));
    // Reading the subject of "said" steps through one possessor at most
    // (it used to recurse through all of them and overflow the stack).
    let claims = extract(&text);
    assert_spans_in(&text, &claims);
    for claim in &claims {
        let speaker = claim.speaker.as_ref().map_or("", |s| text_of(&text, s.mention));
        assert!(speaker.len() < 100, "a speaker of {} bytes", speaker.len());
    }
}
