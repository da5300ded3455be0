//! What the fuzz targets share.

use dossier_import::{read_bytes, Format, Metadata};

/// Reads `data` as a file of `format` through the importer and the engine's
/// analysis (extraction, tagging, offsets); every claim must point into its
/// article's stored body. Panics otherwise, which is what libFuzzer reports.
pub fn import_and_analyze(name: &str, data: &[u8], format: Format) {
    for record in read_bytes(name, data, Some(format), &Metadata::default()).into_iter().flatten() {
        let analyzed = dossier_core::ingest::analyze(record);
        let body = &analyzed.record.body;
        for claim in &analyzed.claims {
            assert!(body.get(claim.start..claim.end).is_some(), "claim {}..{} outside the body", claim.start, claim.end);
        }
    }
}
