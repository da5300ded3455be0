//! libFuzzer target: any text through the date parser must never panic, and
//! a date it returns must read back the same from its ISO form.
#![no_main]

use dossier_import::parse_date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(date) = parse_date(text) {
        assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Some(date));
    }
});
