//! libFuzzer target: any UTF-8 text through claim extraction must not
//! panic, and every span must lie inside the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let inside = |start: usize, end: usize| start <= end && text.is_char_boundary(start) && text.is_char_boundary(end);
    for claim in dossier_extract::extract(text) {
        assert!(inside(claim.span.start, claim.span.end), "claim span {:?}", claim.span);
        assert!(claim.cue.is_none_or(|cue| inside(cue.start, cue.end)), "cue {:?}", claim.cue);
        assert!(claim.speaker.as_ref().is_none_or(|s| inside(s.mention.start, s.mention.end)), "speaker mention");
    }
});
