//! The ingest pipeline's storing half: records in, articles stored and
//! indexed, with a per-item report. Records are taken in batches: each batch
//! is analysed on all cores, then stored in one transaction, then indexed,
//! while the next batch is analysed; an interrupted import keeps every batch
//! committed before it.

use super::Library;
use crate::commands::{DuplicateItem, FailedItem, ImportReport, ImportedItem};
use crate::error::{Error, Result};
use crate::ingest::{analyze_on_every_core_with, join, AnalysisFailure, AnalyzedArticle};
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
        let analysis = self.analysis();
        std::thread::scope(|scope| {
            let mut analysing: Option<ScopedJoinHandle<'_, Vec<Result<AnalyzedArticle, AnalysisFailure>>>> = None;
            let mut records = records.peekable();
            while records.peek().is_some() {
                let batch = next_batch(&mut records, report);
                let next =
                    (!batch.is_empty()).then(|| scope.spawn(move || analyze_on_every_core_with(analysis, batch)));
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
    FailedItem::new(error.item().to_string(), &Error::Import(error))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{ReextractRequest, SearchRequest};
    use crate::ingest;
    use crate::library::handlers;

    /// The article every analysis below trips on.
    const TRIPWIRE: &str = "Tripwire";

    /// [`ingest::analyze`], except that it panics on an article whose body
    /// holds [`TRIPWIRE`], as a bug in extraction or tagging would.
    fn analysis_with_a_bug(record: ArticleRecord) -> AnalyzedArticle {
        assert!(!record.body.contains(TRIPWIRE), "index out of bounds while reading {}", record.item);
        ingest::analyze(record)
    }

    fn record(item: &str, body: &str) -> std::result::Result<ArticleRecord, ImportError> {
        Ok(ArticleRecord {
            item: item.into(),
            source_id: None,
            title: format!("Harbour news ({item})"),
            body: body.into(),
            outlet: None,
            author: None,
            url: None,
            published: None,
        })
    }

    fn hits(library: &Library, query: &str) -> u64 {
        handlers::search(library, SearchRequest { query: query.into(), ..SearchRequest::default() }).unwrap().total
    }

    #[test]
    fn a_failing_analysis_costs_an_import_that_article_alone() {
        let dir = tempfile::tempdir().unwrap();
        let mut library = Library::open(dir.path()).unwrap();
        library.replace_analysis(analysis_with_a_bug);
        let records = vec![
            record("first.txt", "Ada Finch said the ferry would sail on Monday."),
            record("broken.txt", "Tomas Reyes said the Tripwire pier would close."),
            record("last.txt", "Ines Holt said the bridge would stay open."),
        ];
        let mut report = ImportReport::default();
        library.import_records(records.into_iter(), &mut report).unwrap();

        let imported: Vec<&str> = report.imported.iter().map(|item| item.item.as_str()).collect();
        assert_eq!(imported, ["first.txt", "last.txt"]);
        let [failed] = report.failed.as_slice() else { panic!("one failure expected: {report:?}") };
        assert_eq!((failed.item.as_str(), failed.code.as_str()), ("broken.txt", "internal"));
        assert!(failed.message.contains("index out of bounds while reading broken.txt"), "{}", failed.message);
        assert_eq!(library.store().counts().unwrap().articles, 2);
        assert_eq!(hits(&library, "\"ferry would sail\""), 1);
        assert_eq!(hits(&library, "\"bridge would stay open\""), 1);
        assert_eq!(hits(&library, "pier"), 0);
    }

    #[test]
    fn a_failing_analysis_leaves_a_reextracted_article_its_claims() {
        let dir = tempfile::tempdir().unwrap();
        let mut report = ImportReport::default();
        let records = vec![
            record("first.txt", "Ada Finch said the ferry would sail on Monday."),
            record("tripwire.txt", "Tomas Reyes said the Tripwire pier would close."),
        ];
        Library::open(dir.path()).unwrap().import_records(records.into_iter(), &mut report).unwrap();
        assert_eq!(report.imported.len(), 2, "{report:?}");

        let mut library = Library::open(dir.path()).unwrap();
        library.replace_analysis(analysis_with_a_bug);
        let response = handlers::reextract(&library, ReextractRequest {}).unwrap();
        assert_eq!(response.articles, 1);
        let [failed] = response.failed.as_slice() else { panic!("one failure expected: {response:?}") };
        assert_eq!(failed.code, "internal");
        assert!(failed.message.contains("index out of bounds while reading"), "{}", failed.message);
        assert_eq!(hits(&library, "\"Tripwire pier would close\""), 1, "the article keeps the claims it had");
        assert_eq!(hits(&library, "\"ferry would sail\""), 1);
    }
}
