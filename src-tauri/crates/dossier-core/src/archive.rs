//! `dump` and `load`: a library as a JSON Lines file and back. The format
//! and the database work are the store's ([`crate::store::archive`]); this
//! module handles the files.

use crate::commands::{DumpReport, DumpRequest, LoadReport, LoadRequest};
use crate::error::{Error, Result};
use crate::library::Library;
use std::io::BufWriter;

/// `dump`: writes the whole library to a JSONL file, from one consistent
/// snapshot; written beside the target and renamed, so an interrupted dump
/// never leaves a truncated file under the target's name.
pub(crate) fn dump(library: &Library, request: DumpRequest) -> Result<DumpReport> {
    let target = request.path;
    let mut partial_name = target.as_os_str().to_os_string();
    partial_name.push(".partial");
    let partial = std::path::PathBuf::from(partial_name);
    let io = |what: &str, e| Error::io(format!("{what} {}", partial.display()), e);
    let file = std::fs::File::create(&partial).map_err(|e| io("creating", e))?;
    let mut out = BufWriter::new(file);
    let result = library.store().dump_into(&mut out);
    let report = result.and_then(|report| {
        let file = out.into_inner().map_err(|e| io("writing", e.into_error()))?;
        file.sync_all().map_err(|e| io("writing", e))?;
        std::fs::rename(&partial, &target)
            .map_err(|e| Error::io(format!("moving the dump into place at {}", target.display()), e))?;
        Ok(report)
    });
    if report.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    let mut report = report?;
    report.path = target.display().to_string();
    Ok(report)
}

/// `load`: adds a dump's contents to the library in one transaction (all of
/// it, or nothing when any line is bad). Into an empty library the dumped
/// ids are kept, so `claim:12` still names the same claim; otherwise ids
/// are renumbered and articles already present are skipped as duplicates.
pub(crate) fn load(library: &Library, request: LoadRequest) -> Result<LoadReport> {
    let path = request.path;
    let file = std::fs::File::open(&path).map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
    let reader = std::io::BufReader::new(file);
    let report = library.store().load_from(reader, &path)?;
    library.refresh_after_write()?;
    Ok(report)
}
