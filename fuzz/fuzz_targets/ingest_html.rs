//! libFuzzer target: arbitrary bytes as an HTML file through the importer
//! and the engine's analysis (extraction, tagging, offsets) must not panic,
//! and every claim must point into the stored body.
#![no_main]

use dossier_import::{read_bytes, Format, Metadata};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for record in read_bytes("fuzz.html", data, Some(Format::Html), &Metadata::default()).into_iter().flatten() {
        let analyzed = dossier_core::ingest::analyze(record);
        let body = &analyzed.record.body;
        for claim in &analyzed.claims {
            assert!(
                body.get(claim.start..claim.end).is_some(),
                "claim {}..{} outside the body",
                claim.start,
                claim.end
            );
        }
    }
});
