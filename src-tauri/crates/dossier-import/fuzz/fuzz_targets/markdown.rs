//! libFuzzer target: arbitrary bytes through the markdown importer must never
//! panic, and every record must keep the invariants the engine relies on.
#![no_main]

use dossier_import::{read_bytes, Format, Metadata};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for record in read_bytes("fuzz", data, Some(Format::Md), &Metadata::default()).into_iter().flatten() {
        assert!(!record.title.trim().is_empty() && !record.body.trim().is_empty());
        assert!(!record.body.contains('\r') && !record.body.contains('\0'));
        assert!(record.url.as_deref().is_none_or(|u| u.starts_with("http://") || u.starts_with("https://")));
    }
});
