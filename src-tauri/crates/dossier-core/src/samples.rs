//! Sample articles shipped with Dossier (written for it, invented news),
//! offered on first run so that a new user sees the app working before
//! importing anything.

/// `(file name, Markdown with front matter)` of each sample article.
pub const SAMPLES: &[(&str, &str)] = &[
    ("amazon-summit-belem.md", include_str!("../samples/amazon-summit-belem.md")),
    ("dengue-vaccine-manila.md", include_str!("../samples/dengue-vaccine-manila.md")),
    ("hydrogen-pipeline-europe.md", include_str!("../samples/hydrogen-pipeline-europe.md")),
    ("kenya-ethiopia-power-line.md", include_str!("../samples/kenya-ethiopia-power-line.md")),
    ("nickel-rules-jakarta.md", include_str!("../samples/nickel-rules-jakarta.md")),
    ("yen-exporters-seoul.md", include_str!("../samples/yen-exporters-seoul.md")),
];
