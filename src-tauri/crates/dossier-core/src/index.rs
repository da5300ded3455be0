//! The search index: tantivy, one document per claim, derived entirely from
//! the database and rebuildable at any time.
//!
//! This module is the search seam: the engine asks it to [`SearchIndex::sync`]
//! with the store and to [`SearchIndex::search`]; nothing else sees tantivy,
//! so a distributed engine (Quickwit) could stand behind the same methods.
//!
//! Freshness: every commit records `{generation, change_seq}` of the database
//! state it reflects as the commit payload. On open and before searches the
//! index compares that with the database and catches up the articles changed
//! since (or rebuilds, when the database is another lineage, e.g. after a
//! restore). A crash between the database commit and the index commit
//! therefore loses nothing: the next sync re-applies it.

mod analyzer;
mod facets;
mod query;

pub use query::SearchFilters;

use crate::commands::{Facets, SortOrder};
use crate::error::{Error, Result};
use crate::model::{Claim, TagSource};
use crate::store::{ArticleClaims, InsertedBatch, Store};
use analyzer::{analyzer, ANALYZER};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tantivy::collector::{Count, TopDocs};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument, Term,
};

/// Articles read from the database at a time while catching up.
const SYNC_CHUNK: usize = 2_000;
/// How often a write session commits: often enough that other processes
/// see an import's progress, rarely enough that commits (which flush a
/// segment each and start merges) stay a small part of an import.
const SESSION_COMMIT_INTERVAL: Duration = Duration::from_secs(3);
/// Memory for the index writer.
const WRITER_BUDGET: usize = 128 * 1024 * 1024;
/// How long a reindex waits for another process's index writer.
const WRITER_WAIT: Duration = Duration::from_secs(10);
/// The published value of undated articles: sorts after every dated one.
pub(crate) const UNDATED: i64 = i64::MIN / 2;

/// The fields of a claim document.
#[derive(Clone, Copy)]
pub(crate) struct Fields {
    pub claim_id: Field,
    pub article_id: Field,
    pub text: Field,
    pub speaker: Field,
    pub role: Field,
    pub title: Field,
    pub outlet: Field,
    pub kind: Field,
    pub country: Field,
    pub country_direct: Field,
    pub speaker_id: Field,
    pub speaker_name: Field,
    pub outlet_name: Field,
    pub published: Field,
    pub month: Field,
    pub view: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text_indexing =
        TextFieldIndexing::default().set_tokenizer(ANALYZER).set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = TextOptions::default().set_indexing_options(text_indexing.clone());
    let fields = Fields {
        // Only a column: claims are found by their stored view and deleted by
        // article, so indexing the id would add a term per claim to the
        // dictionary (5% of the index, 2% of an import's CPU) for no query.
        claim_id: b.add_u64_field("claim_id", FAST),
        article_id: b.add_u64_field("article_id", INDEXED),
        text: b.add_text_field("text", text.clone()),
        speaker: b.add_text_field("speaker", text.clone()),
        role: b.add_text_field("role", text.clone()),
        title: b.add_text_field("title", text.clone()),
        outlet: b.add_text_field("outlet", text),
        kind: b.add_text_field("kind", STRING | FAST),
        country: b.add_text_field("country", STRING | FAST),
        country_direct: b.add_text_field("country_direct", STRING | FAST),
        speaker_id: b.add_u64_field("speaker_id", INDEXED),
        speaker_name: b.add_text_field("speaker_name", STRING | FAST),
        outlet_name: b.add_text_field("outlet_name", STRING | FAST),
        published: b.add_i64_field("published", INDEXED | FAST),
        month: b.add_text_field("month", STRING | FAST),
        view: b.add_bytes_field("view", STORED),
    };
    (b.build(), fields)
}

/// What else runs while a writer indexes, which decides its threads.
#[derive(Clone, Copy)]
enum Indexing {
    /// An import: extraction, tagging and storing keep half the cores busy.
    AlongsideAnalysis,
    /// A catch-up or rebuild: indexing is all the work.
    Alone,
}

impl Indexing {
    /// Each indexing thread cuts its own segments from its share of the
    /// writer's budget, so fewer threads make fewer, larger segments and
    /// less merging: on two cores an import with one indexing thread took
    /// 7% less CPU and 5% less time than with two, and held 40 MB less
    /// memory. A rebuild, with nothing else to run, uses every core (at
    /// most 8, as tantivy's default).
    fn threads(self) -> usize {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        match self {
            Indexing::AlongsideAnalysis => (cores / 2).max(1),
            Indexing::Alone => cores,
        }
    }
}

/// Where the index stands relative to the database.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
struct SyncPoint {
    generation: String,
    change_seq: i64,
}

/// One page of results with optional facets.
pub struct SearchPage {
    /// Total hits.
    pub total: u64,
    /// Claims of this page with score and highlighted snippet.
    pub hits: Vec<(Claim, f32, String)>,
    /// Facet counts, when asked.
    pub facets: Option<Facets>,
}

/// The tantivy index of a library.
pub struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// This process's index writer while a write session (an import) holds
    /// it; serialises this process's writes. Other processes are kept out
    /// by tantivy's lock file.
    session: Mutex<Option<SessionWriter>>,
    /// The whole library's facets for one searcher generation and
    /// context setting.
    whole_library_facets: Mutex<Option<((u64, bool), Facets)>>,
    /// The sync point this process last saw, so that a search on a current
    /// index costs one small database read, not a read of the index meta.
    known_point: Mutex<SyncPoint>,
}

/// The index writer of a write session, with what it wrote but has not
/// committed yet.
struct SessionWriter {
    writer: IndexWriter,
    /// The database state the uncommitted documents bring the index to.
    uncommitted: Option<SyncPoint>,
    last_commit: Instant,
}

/// Holds the index writer for a series of syncs (an import), so that merges
/// started by one commit go on in the background instead of being abandoned
/// and restarted, and so that commits can be spaced out. End it with
/// [`WriteSession::finish`]; dropping it unfinished (on an error) discards
/// the uncommitted documents, which the next sync writes again from the
/// database.
pub struct WriteSession<'a> {
    index: &'a SearchIndex,
}

impl WriteSession<'_> {
    /// Commits what the session wrote, waits for its merges and releases
    /// the writer for other processes.
    pub fn finish(self) -> Result<()> {
        let session = self.index.session.lock().unwrap_or_else(|p| p.into_inner()).take();
        let Some(mut session) = session else { return Ok(()) };
        if let Some(point) = session.uncommitted.clone() {
            self.index.commit(&mut session, &point)?;
        }
        session.writer.wait_merging_threads()?;
        self.index.store_facets_for_next_process();
        Ok(())
    }
}

impl Drop for WriteSession<'_> {
    fn drop(&mut self) {
        let session = self.index.session.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(session) = session {
            let _ = session.writer.wait_merging_threads();
        }
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it when missing and recreating it
    /// when it cannot be opened (it is derived data). Call [`Self::sync`]
    /// afterwards to catch up with the database.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let mut index = match open_existing(dir, &schema) {
            Some(index) => index,
            None => {
                if dir.exists() {
                    std::fs::remove_dir_all(dir)
                        .map_err(|e| Error::io(format!("removing unreadable index {}", dir.display()), e))?;
                }
                std::fs::create_dir_all(dir)
                    .map_err(|e| Error::io(format!("creating index folder {}", dir.display()), e))?;
                Index::create_in_dir(dir, schema)?
            }
        };
        index.tokenizers().register(ANALYZER, analyzer());
        // Searches visit the segments on every core: a large library has a
        // dozen segments, and a frequent word's hits are spread over them.
        index.set_default_multithread_executor()?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        Ok(SearchIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            session: Mutex::new(None),
            whole_library_facets: Mutex::new(None),
            known_point: Mutex::new(SyncPoint::default()),
        })
    }

    /// Claims in the index.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Bytes on disk.
    pub fn disk_bytes(&self) -> u64 {
        dir_size(&self.dir)
    }

    fn sync_point(&self) -> Result<SyncPoint> {
        let metas = self.index.load_metas()?;
        Ok(metas.payload.and_then(|p| serde_json::from_str(&p).ok()).unwrap_or_default())
    }

    /// Whether the index reflects the database's current state.
    pub fn is_current(&self, store: &Store) -> Result<bool> {
        let (seq, generation) = store.change_state()?;
        let point = self.sync_point()?;
        Ok(point.generation == generation && point.change_seq == seq)
    }

    /// Starts a write session: this process keeps the index writer until the
    /// session ends. When another process holds the writer, the session is
    /// empty and syncs fall back to per-call writers.
    pub fn write_session(&self) -> Result<WriteSession<'_>> {
        let mut slot = self.session.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = self.acquire_writer(false, Indexing::AlongsideAnalysis)?.map(|writer| SessionWriter {
                writer,
                uncommitted: None,
                last_commit: Instant::now(),
            });
        }
        Ok(WriteSession { index: self })
    }

    /// Brings the index up to the database: re-indexes articles changed
    /// since the last commit, or everything when the index belongs to
    /// another database lineage. Returns the number of claims written.
    /// When another process holds the index writer and `wait` is false,
    /// does nothing (that process, or a later sync, catches up).
    ///
    /// Inside a write session the changes are committed at most every
    /// [`SESSION_COMMIT_INTERVAL`] (and when the session finishes), so an
    /// import pays for a few large commits instead of one per batch.
    pub fn sync(&self, store: &Store, wait: bool, progress: &dyn Fn(u64, u64)) -> Result<u64> {
        let (db_seq, generation) = store.change_state()?;
        let target = SyncPoint { generation, change_seq: db_seq };
        if *self.known_point.lock().unwrap_or_else(|p| p.into_inner()) == target {
            return Ok(0);
        }
        let mut slot = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let committed = self.sync_point()?;
        if committed == target {
            *self.known_point.lock().unwrap_or_else(|p| p.into_inner()) = committed;
            return Ok(0);
        }
        if let Some(session) = slot.as_mut() {
            let base = session.uncommitted.clone().unwrap_or(committed);
            let written = self.write_changes(&mut session.writer, store, &base, &target, progress)?;
            self.session_reached(session, target)?;
            return Ok(written);
        }
        let Some(writer) = self.acquire_writer(wait, Indexing::Alone)? else { return Ok(0) };
        self.write_once(writer, store, &committed, target, progress)
    }

    /// Indexes a batch an import just stored from the batch itself, without
    /// reading it back, when this process's write session holds the index
    /// exactly where the database stood before the batch (the usual case:
    /// the session wrote everything before it) and the batch changed no
    /// earlier article. Otherwise catches up from the database like
    /// [`Self::sync`] (without waiting for a busy writer).
    pub fn index_inserted(&self, store: &Store, batch: &InsertedBatch, progress: &dyn Fn(u64, u64)) -> Result<u64> {
        let before = SyncPoint { generation: batch.generation.clone(), change_seq: batch.change_seq - 1 };
        {
            let mut slot = self.session.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(session) = slot.as_mut() {
                let base = match &session.uncommitted {
                    Some(point) => point.clone(),
                    None => self.sync_point()?,
                };
                if base == before && !batch.touched_earlier_articles {
                    let mut written = 0;
                    for article in &batch.stored {
                        written += self.add_article(&session.writer, article)?;
                    }
                    let articles = batch.stored.len() as u64;
                    progress(articles, articles);
                    let target = SyncPoint { generation: batch.generation.clone(), change_seq: batch.change_seq };
                    self.session_reached(session, target)?;
                    return Ok(written);
                }
            }
        }
        self.sync(store, false, progress)
    }

    /// Records that a session's writer now holds the database state
    /// `target`: commits when the last commit is [`SESSION_COMMIT_INTERVAL`]
    /// old, else leaves it for a later commit.
    fn session_reached(&self, session: &mut SessionWriter, target: SyncPoint) -> Result<()> {
        if session.last_commit.elapsed() >= SESSION_COMMIT_INTERVAL {
            self.commit(session, &target)
        } else {
            session.uncommitted = Some(target);
            Ok(())
        }
    }

    /// Rebuilds the whole index from the database.
    pub fn rebuild(&self, store: &Store, progress: &dyn Fn(u64, u64)) -> Result<u64> {
        let mut slot = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let (db_seq, generation) = store.change_state()?;
        let target = SyncPoint { generation, change_seq: db_seq };
        // A point of no lineage: `write_changes` clears the index and writes all.
        let from_scratch = SyncPoint::default();
        if let Some(session) = slot.as_mut() {
            let written = self.write_changes(&mut session.writer, store, &from_scratch, &target, progress)?;
            self.commit(session, &target)?;
            return Ok(written);
        }
        let writer = self
            .acquire_writer(true, Indexing::Alone)?
            .ok_or_else(|| Error::LibraryBusy(self.dir.display().to_string()))?;
        self.write_once(writer, store, &from_scratch, target, progress)
    }

    /// Counts the whole library's facets on the index as now committed and
    /// merged, and stores them (see [`Self::facets_of_everything`]), so that
    /// the next process to open the library, often the desktop app after an
    /// import, answers its first screen from a small file. Best effort: a
    /// failure here only costs that process a recount.
    fn store_facets_for_next_process(&self) {
        if self.reader.reload().is_err() {
            return;
        }
        let searcher = self.reader.searcher();
        for exclude_context in [false, true] {
            let _ = self.facets_of_everything(&searcher, exclude_context);
        }
    }

    /// Outside a write session: writes the changes from `from` to `target`
    /// with a writer of its own, commits, waits for the merges (even after
    /// an error, so they are not left behind), releases the writer and
    /// stores the whole library's facets of the new index, so that the next
    /// launch after a tag edit, a merge of speakers or a rebuild is spared
    /// the count as after an import.
    fn write_once(
        &self,
        mut writer: IndexWriter,
        store: &Store,
        from: &SyncPoint,
        target: SyncPoint,
        progress: &dyn Fn(u64, u64),
    ) -> Result<u64> {
        let written = self
            .write_changes(&mut writer, store, from, &target, progress)
            .and_then(|written| commit(&mut writer, &target).map(|()| written));
        writer.wait_merging_threads()?;
        let written = written?;
        self.now_at(target)?;
        self.store_facets_for_next_process();
        Ok(written)
    }

    /// Commits a session's writer at `point` and makes it visible here.
    fn commit(&self, session: &mut SessionWriter, point: &SyncPoint) -> Result<()> {
        commit(&mut session.writer, point)?;
        session.uncommitted = None;
        session.last_commit = Instant::now();
        self.now_at(point.clone())
    }

    /// Records that the committed index reflects `point` and lets this
    /// process's searches see it.
    fn now_at(&self, point: SyncPoint) -> Result<()> {
        self.reader.reload()?;
        *self.known_point.lock().unwrap_or_else(|p| p.into_inner()) = point;
        Ok(())
    }

    fn acquire_writer(&self, wait: bool, indexing: Indexing) -> Result<Option<IndexWriter>> {
        let deadline = Instant::now() + if wait { WRITER_WAIT } else { Duration::ZERO };
        loop {
            match self.index.writer_with_num_threads::<TantivyDocument>(indexing.threads(), WRITER_BUDGET) {
                Ok(writer) => {
                    // A writer killed before its commit leaves files no
                    // commit refers to. Its delete files are named after
                    // the segment and the opstamp, and opstamps restart
                    // from the last commit, so this writer would try to
                    // create the same names and fail. Collect them first.
                    writer.garbage_collect_files().wait()?;
                    return Ok(Some(writer));
                }
                Err(tantivy::TantivyError::LockFailure(..)) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                Err(tantivy::TantivyError::LockFailure(..)) if !wait => return Ok(None),
                Err(tantivy::TantivyError::LockFailure(..)) => {
                    return Err(Error::LibraryBusy(self.dir.display().to_string()))
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Adds to the writer every article that changed between the database
    /// states `from` and `to` (everything, after deleting all documents,
    /// when `from` is another lineage), reading them [`SYNC_CHUNK`] at a
    /// time. Leaves the commit to the caller: the writer flushes segments
    /// within its memory budget on its own, and committing along the way
    /// would only cut more small segments to merge again and show searches
    /// a half-rebuilt index. An interrupted catch-up leaves the last commit
    /// as it was and simply starts over.
    fn write_changes(
        &self,
        writer: &mut IndexWriter,
        store: &Store,
        from: &SyncPoint,
        to: &SyncPoint,
        progress: &dyn Fn(u64, u64),
    ) -> Result<u64> {
        let since = if from.generation != to.generation || from.change_seq > to.change_seq {
            writer.delete_all_documents()?;
            -1
        } else {
            from.change_seq
        };
        let total = store.articles_changed_count(since, to.change_seq)?;
        // Keyset cursor just past every article of `since` itself.
        let mut cursor = (since, i64::MAX);
        let mut written = 0u64;
        let mut done = 0u64;
        loop {
            let changed = store.articles_changed_after(cursor, to.change_seq, SYNC_CHUNK)?;
            let Some(&last) = changed.last() else { break };
            let ids: Vec<i64> = changed.iter().map(|&(id, _)| id).collect();
            for id in &ids {
                writer.delete_term(Term::from_field_u64(self.fields.article_id, *id as u64));
            }
            for article in &store.articles_claims(&ids)? {
                written += self.add_article(writer, article)?;
            }
            done += ids.len() as u64;
            progress(done, total);
            cursor = (last.1, last.0);
            if changed.len() < SYNC_CHUNK {
                break;
            }
        }
        Ok(written)
    }

    fn add_article(&self, writer: &IndexWriter, article: &ArticleClaims) -> Result<u64> {
        let f = &self.fields;
        let published = article.article.published.map(days_since_epoch).unwrap_or(UNDATED);
        let month =
            article.article.published.map(|d| d.format("%Y-%m").to_string()).unwrap_or_else(|| "undated".to_string());
        for claim in &article.claims {
            let mut doc = TantivyDocument::default();
            doc.add_u64(f.claim_id, claim.id as u64);
            doc.add_u64(f.article_id, claim.article_id as u64);
            doc.add_text(f.text, &claim.text);
            doc.add_text(f.title, &article.article.title);
            if let Some(speaker) = &claim.speaker {
                doc.add_text(f.speaker, &speaker.name);
                doc.add_text(f.speaker, &speaker.mention);
                doc.add_text(f.speaker_name, &speaker.name);
                doc.add_u64(f.speaker_id, speaker.id as u64);
                if let Some(role) = &speaker.role {
                    doc.add_text(f.role, role);
                }
            }
            if let Some(outlet) = &article.article.outlet {
                doc.add_text(f.outlet, outlet);
                doc.add_text(f.outlet_name, outlet);
            }
            doc.add_text(f.kind, claim.kind.as_str());
            for tag in &claim.countries {
                doc.add_text(f.country, &tag.code);
                if tag.source != TagSource::Context {
                    doc.add_text(f.country_direct, &tag.code);
                }
            }
            doc.add_i64(f.published, published);
            doc.add_text(f.month, &month);
            let view = serde_json::to_vec(claim).map_err(|e| Error::Index(e.to_string()))?;
            doc.add_bytes(f.view, &view);
            writer.add_document(doc)?;
        }
        Ok(article.claims.len() as u64)
    }

    /// Runs a search.
    pub fn search(
        &self,
        query_text: &str,
        filters: &SearchFilters,
        sort: SortOrder,
        limit: usize,
        offset: usize,
        with_facets: bool,
    ) -> Result<SearchPage> {
        let searcher = self.reader.searcher();
        let query::BuiltQuery { user: user_query, prefixes, full: full_query, matches_all } =
            query::build(&self.index, &self.fields, query_text, filters)?;
        let page_size = limit.max(1);
        let top = TopDocs::with_limit(page_size).and_offset(offset);
        let facet_field = if filters.exclude_context { self.fields.country_direct } else { self.fields.country };
        let facet_collector = facets::FacetCollector::new(facet_field);
        let (facets_in_search, facets_of_everything) = match (with_facets, matches_all) {
            (false, _) => (None, None),
            (true, false) => (Some(facet_collector), None),
            (true, true) => (None, Some(self.facets_of_everything(&searcher, filters.exclude_context)?)),
        };
        let (total, addresses, facets) = match sort {
            // Without query text every claim scores the same, so a page is
            // the next live claims in index order (what TopDocs returns for
            // equal scores), found without visiting all the others.
            SortOrder::Relevance if matches_all => {
                (searcher.num_docs() as usize, live_docs_in_order(&searcher, offset, page_size), None)
            }
            SortOrder::Relevance => searcher.search(&*full_query, &(Count, top, facets_in_search))?,
            SortOrder::Date => {
                let by_date = top.order_by_fast_field::<i64>("published", Order::Desc);
                let (total, docs, facets) = searcher.search(&*full_query, &(Count, by_date, facets_in_search))?;
                (total, docs.into_iter().map(|(_, addr)| (0.0, addr)).collect::<Vec<_>>(), facets)
            }
        };
        let facets = facets.or(facets_of_everything);
        let addresses: Vec<(f32, DocAddress)> = if limit == 0 { Vec::new() } else { addresses };
        let mut highlighter = Highlighter::new(user_query.as_deref(), prefixes, self.fields.text, analyzer());
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, addr) in addresses {
            let claim = self.claim_at(&searcher, addr)?;
            let snippet = highlighter.highlight(&claim.text);
            hits.push((claim, score, snippet));
        }
        Ok(SearchPage { total: total as u64, hits, facets })
    }

    /// The claim stored in a document.
    fn claim_at(&self, searcher: &Searcher, address: DocAddress) -> Result<Claim> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let view = doc
            .get_first(self.fields.view)
            .and_then(|v| v.as_bytes())
            .ok_or_else(|| Error::Index("claim document without stored view".into()))?;
        serde_json::from_slice(view).map_err(|e| Error::Index(e.to_string()))
    }

    /// Every claim a search matches, in the order of `sort`, each loaded
    /// when the iterator reaches it: an export of millions of claims holds
    /// their addresses, not the claims.
    pub fn all_hits(&self, query_text: &str, filters: &SearchFilters, sort: SortOrder) -> Result<AllHits<'_>> {
        let searcher = self.reader.searcher();
        let built = query::build(&self.index, &self.fields, query_text, filters)?;
        let total = searcher.search(&*built.full, &Count)?;
        let addresses: Vec<DocAddress> = match sort {
            _ if total == 0 => Vec::new(),
            // The order a search pages through (see `search`).
            SortOrder::Relevance if built.matches_all => {
                live_docs_in_order(&searcher, 0, total).into_iter().map(|(_, address)| address).collect()
            }
            SortOrder::Relevance => {
                searcher.search(&*built.full, &TopDocs::with_limit(total))?.into_iter().map(|(_, a)| a).collect()
            }
            SortOrder::Date => {
                let by_date = TopDocs::with_limit(total).order_by_fast_field::<i64>("published", Order::Desc);
                searcher.search(&*built.full, &by_date)?.into_iter().map(|(_, a)| a).collect()
            }
        };
        Ok(AllHits { index: self, searcher, addresses: addresses.into_iter() })
    }

    /// The facets of the whole library (the first screen's): kept in memory
    /// until the index changes, and on disk for the next process that opens
    /// the same index. Counting them reads whole columns of every segment,
    /// which on a large library is the bulk of what the first screen maps
    /// into memory; a file of a few kilobytes answers instead.
    fn facets_of_everything(&self, searcher: &Searcher, exclude_context: bool) -> Result<Facets> {
        let key = (searcher.generation().generation_id(), exclude_context);
        let mut cached = self.whole_library_facets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((cached_key, facets)) = cached.as_ref() {
            if *cached_key == key {
                return Ok(facets.clone());
            }
        }
        let content = searcher_content(searcher);
        let path = self.dir.join(if exclude_context { FACETS_DIRECT_FILE } else { FACETS_FILE });
        let stored = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<StoredFacets>(&bytes).ok())
            .filter(|stored| stored.content == content);
        let facets = match stored {
            Some(stored) => stored.facets,
            None => {
                let field = if exclude_context { self.fields.country_direct } else { self.fields.country };
                let facets = facets::collect_every_doc(searcher, &facets::FacetCollector::new(field))?;
                store_facets(&path, &StoredFacets { content, facets: facets.clone() });
                facets
            }
        };
        *cached = Some((key, facets.clone()));
        Ok(facets)
    }

    /// Claim ids of every hit of a search (for bulk operations).
    pub fn all_claim_ids(&self, query_text: &str, filters: &SearchFilters) -> Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let full_query = query::build(&self.index, &self.fields, query_text, filters)?.full;
        let ids = searcher.search(&*full_query, &facets::ClaimIdCollector)?;
        Ok(ids)
    }

    /// Counts by country (and by month and co-tagged country for one
    /// country) over the whole library, from the index's fast fields.
    pub fn facet_counts(&self, filters: &SearchFilters, field: &str) -> Result<Vec<(String, u64)>> {
        let searcher = self.reader.searcher();
        let query = query::build(&self.index, &self.fields, "", filters)?;
        let schema = self.index.schema();
        let collector = facets::FieldCountCollector::new(schema.get_field(field)?);
        let counts = if query.matches_all {
            facets::collect_every_doc(&searcher, &collector)?
        } else {
            searcher.search(&*query.full, &collector)?
        };
        Ok(counts)
    }
}

/// The claims of [`SearchIndex::all_hits`], loaded one at a time.
pub struct AllHits<'a> {
    index: &'a SearchIndex,
    /// The index as of the search, so the addresses stay valid.
    searcher: Searcher,
    addresses: std::vec::IntoIter<DocAddress>,
}

impl Iterator for AllHits<'_> {
    type Item = Result<Claim>;

    fn next(&mut self) -> Option<Result<Claim>> {
        let address = self.addresses.next()?;
        Some(self.index.claim_at(&self.searcher, address))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.addresses.size_hint()
    }
}

impl ExactSizeIterator for AllHits<'_> {}

/// The live documents `offset..offset + limit` in index order, each with
/// the score every document gets from an empty query.
fn live_docs_in_order(searcher: &Searcher, offset: usize, limit: usize) -> Vec<(f32, DocAddress)> {
    let mut skip = offset;
    let mut page = Vec::with_capacity(limit);
    for (ordinal, reader) in searcher.segment_readers().iter().enumerate() {
        let live = reader.num_docs() as usize;
        if skip >= live {
            skip -= live;
            continue;
        }
        let docs: Box<dyn Iterator<Item = DocId>> = match reader.alive_bitset() {
            Some(alive) => Box::new(alive.iter_alive()),
            None => Box::new(0..reader.max_doc()),
        };
        for doc in docs.skip(skip).take(limit - page.len()) {
            page.push((1.0, DocAddress::new(ordinal as u32, doc)));
        }
        skip = 0;
        if page.len() == limit {
            break;
        }
    }
    page
}

fn commit(writer: &mut IndexWriter, point: &SyncPoint) -> Result<()> {
    let payload = serde_json::to_string(point).map_err(|e| Error::Index(e.to_string()))?;
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    Ok(())
}

fn open_existing(dir: &Path, schema: &Schema) -> Option<Index> {
    let index = Index::open_in_dir(dir).ok()?;
    // An index with another schema (from another version) is rebuilt.
    if index.schema() != *schema {
        return None;
    }
    // Opening a reader validates the segment files the meta points at.
    index.tokenizers().register(ANALYZER, analyzer());
    let reader: IndexReader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().ok()?;
    let searcher = reader.searcher();
    for segment in searcher.segment_readers() {
        segment.get_store_reader(0).ok()?;
    }
    Some(index)
}

/// Marks the words of a claim that the query matched. Runs the claim text
/// through the same analyzer as the index and marks every token whose term
/// the query looks for, so stemmed and case-folded matches are marked too,
/// over the whole claim (not a fragment of it).
struct Highlighter {
    terms: std::collections::HashSet<String>,
    prefixes: Vec<String>,
    analyzer: TextAnalyzer,
}

impl Highlighter {
    fn new(
        query: Option<&dyn tantivy::query::Query>,
        prefixes: Vec<String>,
        field: Field,
        analyzer: TextAnalyzer,
    ) -> Self {
        let mut terms = std::collections::HashSet::new();
        if let Some(query) = query {
            query.query_terms(&mut |term, _| {
                if term.field() == field {
                    if let Some(text) = term.value().as_str() {
                        terms.insert(text.to_string());
                    }
                }
            });
        }
        Highlighter { terms, prefixes, analyzer }
    }

    fn highlight(&mut self, text: &str) -> String {
        if self.terms.is_empty() && self.prefixes.is_empty() {
            return escape_html(text);
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut last = 0;
        let mut stream = self.analyzer.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            let hit =
                self.terms.contains(&token.text) || self.prefixes.iter().any(|p| token.text.starts_with(p.as_str()));
            if hit && token.offset_from >= last {
                out.push_str(&escape_html(&text[last..token.offset_from]));
                out.push_str("<mark>");
                out.push_str(&escape_html(&text[token.offset_from..token.offset_to]));
                out.push_str("</mark>");
                last = token.offset_to;
            }
        }
        out.push_str(&escape_html(&text[last..]));
        out
    }
}

/// Escapes text for HTML.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole library's facets as kept on disk, in the index folder (an
/// index recreated after damage starts without them), with the searcher
/// content they were counted on.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredFacets {
    content: String,
    facets: Facets,
}

/// The file of [`StoredFacets`] counting context tags, and the one that
/// does not.
const FACETS_FILE: &str = "dossier-facets.json";
const FACETS_DIRECT_FILE: &str = "dossier-facets-direct.json";

/// What a searcher sees: each segment with the version of its deletions.
/// Segments never change once written, so two searchers with the same
/// content count the same facets.
fn searcher_content(searcher: &Searcher) -> String {
    let mut segments: Vec<String> = searcher
        .segment_readers()
        .iter()
        .map(|r| format!("{}:{}:{:?}", r.segment_id().uuid_string(), r.num_deleted_docs(), r.delete_opstamp()))
        .collect();
    segments.sort_unstable();
    segments.join(",")
}

/// Writes stored facets whole or not at all (a temporary file renamed over
/// the old one). A failure only costs the next process a recount, so it is
/// not an error.
fn store_facets(path: &Path, stored: &StoredFacets) {
    let Ok(bytes) = serde_json::to_vec(stored) else { return };
    let temporary = path.with_extension(format!("json.{}.tmp", std::process::id()));
    let written = std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

/// Days since 1970-01-01.
pub(crate) fn days_since_epoch(date: chrono::NaiveDate) -> i64 {
    date.signed_duration_since(chrono::NaiveDate::default()).num_days()
}

/// Bytes on disk of a folder and everything in it (the index's size in
/// `stats`, and in the benchmark).
pub fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}
