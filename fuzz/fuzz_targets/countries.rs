//! libFuzzer target: any UTF-8 text through the country tagger (mentions
//! and article tagging with the claims the extractor finds) must not panic,
//! and every mention must be an ISO code over a span inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for mention in dossier_countries::find_mentions(text, None) {
        assert!(mention.code.len() == 2 && mention.code.bytes().all(|b| b.is_ascii_uppercase()));
        assert!(
            mention.start < mention.end && text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end)
        );
    }
    let claims = dossier_extract::extract(text);
    let spans = dossier_core::ingest::claim_spans(&claims);
    let tags = dossier_countries::tag_article("", text, None, &spans);
    assert_eq!(tags.claims.len(), spans.len());
});
