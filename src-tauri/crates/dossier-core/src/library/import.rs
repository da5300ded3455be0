//! The ingest pipeline's storing half: records in, articles stored and
//! indexed, with a per-item report. Records are taken in batches: each batch
//! is analysed on all cores, then stored in one transaction, then indexed,
//! while the next batch is analysed; an interrupted import keeps every batch
//! committed before it.

use super::Library;
use crate::commands::{DuplicateItem, FailedItem, ImportReport, ImportedItem};
use crate::error::{Error, Result, WireError};
use crate::ingest::{analyze_on_every_core, join, AnalysisFailure, AnalyzedArticle};
use crate::store::InsertOutcome;
use dossier_import::{ArticleRecord, ImportError, Metadata};
use std::path::PathBuf;
use std::thread::ScopedJoinHandle;

/// Articles per transaction.
pub const BATCH_ARTICLES: usize = 512;
/// Body bytes per transaction.
const BATCH_BYTES: usize = 16 * 1024 * 1024;

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Metadata that overrides what the documents say.
    pub metadata: Metadata,
}

impl Library {
    /// Imports files and folders (recursively); `-` reads stdin.
    pub fn import_paths(&self, paths: &[PathBuf], options: &ImportOptions) -> Result<ImportReport> {
        let mut report = ImportReport::default();
        let mut files = Vec::new();
        for expanded in dossier_import::expand_paths(paths) {
            match expanded {
                Ok(path) => files.push(path),
                Err(e) => report.failed.push(failed_import(e)),
            }
        }
        let total = files.len() as u64;
        let metadata = options.metadata.clone();
        let records = files.into_iter().enumerate().flat_map(move |(i, path)| {
            crate::jobs::report(i as u64, total, &path.display().to_string());
            dossier_import::read_path(&path, &metadata)
        });
        self.import_records(records, &mut report)?;
        crate::jobs::report(total, total, "done");
        Ok(report)
    }

    /// Imports records as they come, recording each item's fate in `report`.
    /// Fails only when the library itself fails (disk, database); a bad item
    /// is reported and the rest go on.
    ///
    /// Two stages overlap: while this thread stores and indexes one batch,
    /// the next is analysed on the other cores. Records are read on this
    /// thread, so progress reports reach the caller's job.
    pub fn import_records(
        &self,
        records: impl Iterator<Item = Result<ArticleRecord, ImportError>>,
        report: &mut ImportReport,
    ) -> Result<()> {
        let session = self.index().write_session()?;
        std::thread::scope(|scope| {
            let mut analysing: Option<ScopedJoinHandle<'_, Vec<Result<AnalyzedArticle, AnalysisFailure>>>> = None;
            let mut records = records.peekable();
            while records.peek().is_some() {
                let batch = next_batch(&mut records, report);
                let next = (!batch.is_empty()).then(|| scope.spawn(move || analyze_on_every_core(batch)));
                if let Some(previous) = std::mem::replace(&mut analysing, next) {
                    self.store_batch(join(previous), report)?;
                }
            }
            if let Some(last) = analysing {
                self.store_batch(join(last), report)?;
            }
            Ok::<_, Error>(())
        })?;
        session.finish()?;
        self.refresh_after_write()
    }

    /// Stores a batch's analysed articles; one whose analysis failed is
    /// reported and left out.
    fn store_batch(
        &self,
        analyses: Vec<Result<AnalyzedArticle, AnalysisFailure>>,
        report: &mut ImportReport,
    ) -> Result<()> {
        let mut analyzed = Vec::with_capacity(analyses.len());
        for analysis in analyses {
            match analysis {
                Ok(article) => analyzed.push(article),
                Err(failure) => report.failed.push(failure.into()),
            }
        }
        let batch = self.store().insert_articles(&analyzed, chrono::Utc::now())?;
        for (article, outcome) in analyzed.iter().zip(&batch.outcomes) {
            let item = article.record.item.clone();
            match *outcome {
                InsertOutcome::Inserted { id, claims } => report.imported.push(ImportedItem {
                    item,
                    article_id: id,
                    title: article.record.title.clone(),
                    claims,
                }),
                InsertOutcome::Duplicate { existing_id, reason } => {
                    report.duplicates.push(DuplicateItem { item, existing_id, reason: reason.to_string() })
                }
            }
        }
        let done = (report.imported.len() + report.duplicates.len() + report.failed.len()) as u64;
        crate::jobs::report(done, 0, "stored");
        self.index_inserted(&batch)?;
        Ok(())
    }
}

/// Takes records up to one batch ([`BATCH_ARTICLES`] or [`BATCH_BYTES`]),
/// reporting the ones that failed to read.
fn next_batch(
    records: &mut impl Iterator<Item = Result<ArticleRecord, ImportError>>,
    report: &mut ImportReport,
) -> Vec<ArticleRecord> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    for record in records {
        match record {
            Ok(record) => {
                bytes += record.body.len();
                batch.push(record);
            }
            Err(e) => report.failed.push(failed_import(e)),
        }
        if batch.len() >= BATCH_ARTICLES || bytes >= BATCH_BYTES {
            break;
        }
    }
    batch
}

fn failed_import(error: ImportError) -> FailedItem {
    let item = error.item().to_string();
    let wire = WireError::from(&Error::Import(error));
    FailedItem { item, code: wire.code, message: wire.message }
}
