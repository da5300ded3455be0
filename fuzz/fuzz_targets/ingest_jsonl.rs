//! libFuzzer target: arbitrary bytes as a JSONL file through the importer
//! and the engine's analysis must not panic, and every claim must point
//! into its article's body.
#![no_main]

use dossier_import::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| dossier_fuzz::import_and_analyze("fuzz.jsonl", data, Format::Jsonl));
