//! Tagging stays linear in the size of a long article. Each claim used to go
//! through all of the article's mentions, and each town read from "a Peru
//! man" through all such readings before it: an article of many claims and
//! mentions took time growing with its square. Nothing here measures time:
//! a regression shows as a test run that no longer ends in reasonable time.
//! The checks are on the tags, which must stay what the rules give.

use dossier_countries::{tag_article, ClaimSpan, TagSource};

#[test]
fn a_long_article_of_many_claims_and_mentions() {
    let n = 100_000;
    let unit = "Officials in Paris said talks with Japan would go on. A Peru man said so. ";
    let body = unit.repeat(n);
    let (talks, talks_end) = (unit.find("talks").unwrap(), unit.find(" go on").unwrap() + " go on".len());
    let (so, so_end) = (unit.find("so.").unwrap(), unit.find("so.").unwrap() + "so".len());
    let claims: Vec<ClaimSpan<'_>> = (0..n)
        .flat_map(|k| {
            let at = k * unit.len();
            [(at + talks, at + talks_end), (at + so, at + so_end)]
        })
        .map(|(start, end)| ClaimSpan { start, end, speaker_name: None, speaker_role: None })
        .collect();
    let tags = tag_article("", &body, None, &claims);
    assert_eq!(tags.claims.len(), 2 * n);
    for pair in tags.claims.chunks(2) {
        let (talks_tags, so_tags) = (&pair[0], &pair[1]);
        assert_eq!(talks_tags.len(), 1, "{talks_tags:?}");
        assert_eq!(
            (talks_tags[0].code, talks_tags[0].source, talks_tags[0].evidence.as_str()),
            ("JP", TagSource::Mentioned, "Japan")
        );
        // "so" names no country: it takes the article's focus.
        assert!(!so_tags.is_empty() && so_tags.iter().all(|t| t.source == TagSource::Context), "{so_tags:?}");
    }
    let countries: Vec<&str> = tags.countries.iter().map(|c| c.code).collect();
    assert!(countries.contains(&"FR") && countries.contains(&"JP"), "{countries:?}");
}
