//! libFuzzer target: arbitrary bytes as an HTML file through the importer
//! and the engine's analysis (extraction, tagging, offsets) must not panic,
//! and every claim must point into the stored body.
#![no_main]

use dossier_import::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| dossier_fuzz::import_and_analyze("fuzz.html", data, Format::Html));
