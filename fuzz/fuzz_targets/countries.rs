//! libFuzzer target: any UTF-8 text through the country tagger (mentions
//! and article tagging with the claims the extractor finds) must not panic,
//! and every mention must be an ISO code over a span inside the text.
#![no_main]

use dossier_countries::ClaimSpan;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for mention in dossier_countries::find_mentions(text, None) {
        assert!(mention.code.len() == 2 && mention.code.bytes().all(|b| b.is_ascii_uppercase()));
        assert!(
            mention.start < mention.end && text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end)
        );
    }
    let claims = dossier_extract::extract(text);
    let spans: Vec<ClaimSpan<'_>> = claims
        .iter()
        .map(|c| ClaimSpan {
            start: c.span.start,
            end: c.span.end,
            speaker_name: c.speaker.as_ref().map(|s| s.name.as_str()),
            speaker_role: c.speaker.as_ref().and_then(|s| s.role.as_deref()),
        })
        .collect();
    let tags = dossier_countries::tag_article("", text, None, &spans);
    assert_eq!(tags.claims.len(), spans.len());
});
