//! The one command list. Each command is declared once — wire name, request
//! type, response type, handler — in [`command_list!`]; every host (CLI, HTTP,
//! Tauri IPC) reaches the engine through [`dispatch`] or the typed
//! [`Command`] trait, so a command cannot exist for one host and be missing
//! from another.
//!
//! Wire form: a command name plus a JSON request object; the answer is the
//! JSON response, or an error `{code, message}` ([`crate::error::WireError`]).

use crate::error::{Error, Result};
use crate::library::Library;
use crate::model::{Article, Claim, Speaker};
pub use dossier_import::Metadata;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// A command of the list: its request type knows its name, its response type
/// and how to run.
pub trait Command: DeserializeOwned + Serialize {
    /// The wire name (`search`, `tag`, ...).
    const NAME: &'static str;
    /// What the command answers.
    type Response: Serialize + DeserializeOwned;
    /// Runs the command against a library.
    fn run(self, library: &Library) -> Result<Self::Response>;
}

macro_rules! command_list {
    ($($name:literal => $req:ty => $resp:ty = $handler:path;)*) => {
        $(
            impl Command for $req {
                const NAME: &'static str = $name;
                type Response = $resp;
                fn run(self, library: &Library) -> Result<$resp> {
                    $handler(library, self)
                }
            }
        )*

        /// Every command's wire name, in declaration order.
        pub const COMMAND_NAMES: &[&str] = &[$($name),*];

        /// Runs a command given by name with a JSON request; the host-neutral
        /// entry every adapter calls.
        pub fn dispatch(
            library: &Library,
            name: &str,
            request: serde_json::Value,
        ) -> Result<serde_json::Value> {
            match name {
                $($name => run_json::<$req>(library, request),)*
                other => Err(Error::UnknownCommand(other.to_string())),
            }
        }
    };
}

/// Commands that read or write files named in their request. The hosts
/// that run web pages (the desktop window, `dossier serve`) withhold them,
/// so that a page — even a subverted one — cannot read, overwrite or
/// replace the user's files; the CLI runs them.
pub const FILE_PATH_COMMANDS: &[&str] = &["import_paths", "backup", "restore", "dump", "load"];

/// [`dispatch`] for a web page: refuses [`FILE_PATH_COMMANDS`], also when
/// asked to start one as a background job.
pub fn dispatch_for_web(library: &Library, name: &str, request: serde_json::Value) -> Result<serde_json::Value> {
    let job_command =
        (name == JobStartRequest::NAME).then(|| request.get("command").and_then(|c| c.as_str())).flatten();
    if let Some(withheld) = [Some(name), job_command].into_iter().flatten().find(|n| FILE_PATH_COMMANDS.contains(n)) {
        return Err(Error::NotForWeb(withheld.to_string()));
    }
    dispatch(library, name, request)
}

fn run_json<C: Command>(library: &Library, request: serde_json::Value) -> Result<serde_json::Value> {
    let request = if request.is_null() { serde_json::json!({}) } else { request };
    let command: C = serde_json::from_value(request)
        .map_err(|e| Error::InvalidInput(format!("bad request for `{}`: {e}", C::NAME)))?;
    let response = command.run(library)?;
    serde_json::to_value(response)
        .map_err(|e| Error::InvalidInput(format!("cannot encode response of `{}`: {e}", C::NAME)))
}

command_list! {
    "stats" => StatsRequest => Stats = crate::library::handlers::stats;
    "search" => SearchRequest => SearchResponse = crate::library::handlers::search;
    "article_get" => ArticleGetRequest => ArticleWithClaims = crate::library::handlers::article_get;
    "claim_get" => ClaimGetRequest => ClaimInContext = crate::library::handlers::claim_get;
    "claims_list" => ClaimsListRequest => ClaimsList = crate::library::handlers::claims_list;
    "claim_add" => ClaimAddRequest => Claim = crate::library::handlers::claim_add;
    "import_documents" => ImportDocumentsRequest => ImportReport = crate::library::handlers::import_documents;
    "import_paths" => ImportPathsRequest => ImportReport = crate::library::handlers::import_paths;
    "import_samples" => ImportSamplesRequest => ImportReport = crate::library::handlers::import_samples;
    "tag" => TagRequest => TagResponse = crate::library::handlers::tag;
    "tag_query" => TagQueryRequest => TagQueryResponse = crate::library::handlers::tag_query;
    "countries" => CountriesRequest => CountriesResponse = crate::library::handlers::countries;
    "country_detail" => CountryDetailRequest => CountryDetail = crate::library::handlers::country_detail;
    "gazetteer" => GazetteerRequest => GazetteerResponse = crate::library::handlers::gazetteer;
    "speakers" => SpeakersRequest => SpeakersResponse = crate::library::handlers::speakers;
    "speaker_merge" => SpeakerMergeRequest => Speaker = crate::library::handlers::speaker_merge;
    "export" => ExportRequest => ExportResponse = crate::library::handlers::export;
    "reindex" => ReindexRequest => ReindexResponse = crate::library::handlers::reindex;
    "reextract" => ReextractRequest => ReextractResponse = crate::library::handlers::reextract;
    "job_start" => JobStartRequest => JobStarted = crate::library::handlers::job_start;
    "job_status" => JobStatusRequest => crate::jobs::JobStatus = crate::library::handlers::job_status;
    "check" => CheckRequest => CheckReport = crate::maintenance::check;
    "backup" => BackupRequest => BackupReport = crate::maintenance::backup;
    "restore" => RestoreRequest => RestoreReport = crate::maintenance::restore;
    "dump" => DumpRequest => DumpReport = crate::archive::dump;
    "load" => LoadRequest => LoadReport = crate::archive::load;
}

/// `stats`: counts of what the library holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsRequest {}

/// Library statistics.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stats {
    /// Library folder.
    pub path: String,
    /// Schema version of the database.
    pub schema_version: i64,
    /// Articles stored.
    pub articles: u64,
    /// Claims stored.
    pub claims: u64,
    /// Claims per kind, `[kind, count]`.
    pub claims_by_kind: Vec<(String, u64)>,
    /// Distinct speakers.
    pub speakers: u64,
    /// Distinct countries tagged.
    pub countries: u64,
    /// Claims in the search index.
    pub indexed_claims: u64,
    /// Bytes on disk: database (with WAL).
    pub database_bytes: u64,
    /// Bytes on disk: search index.
    pub index_bytes: u64,
}

/// How search results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// BM25 relevance.
    #[default]
    Relevance,
    /// Newest article first.
    Date,
}

/// `search`: claims matching a query and filters.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SearchRequest {
    /// Query: words, "phrases", AND/OR/NOT, `prefix*`, `speaker:` `outlet:`
    /// `kind:` `country:` fields. Empty matches every claim.
    pub query: String,
    /// Only claims tagged with any of these countries (codes or names).
    pub countries: Vec<String>,
    /// Only claims by this speaker (name or alias).
    pub speaker: Option<String>,
    /// Only these kinds.
    pub kinds: Vec<String>,
    /// Only this outlet.
    pub outlet: Option<String>,
    /// Published on or after (any supported date format).
    pub since: Option<String>,
    /// Published on or before.
    pub until: Option<String>,
    /// Whether `context` country tags count for country filters (default true).
    pub exclude_context: bool,
    /// Order.
    pub sort: SortOrder,
    /// Page size (default 20; no upper cap).
    pub limit: Option<usize>,
    /// Hits to skip.
    pub offset: usize,
    /// Also compute facet counts.
    pub facets: bool,
}

/// One search hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchHit {
    /// The claim.
    pub claim: Claim,
    /// BM25 score (0 when sorted by date).
    pub score: f32,
    /// Claim text as HTML-escaped text with `<mark>` around hits.
    pub snippet: String,
}

/// A value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    /// The value (country code, speaker name, kind, outlet).
    pub value: String,
    /// Hits with that value.
    pub count: u64,
}

/// Counts over all hits of a search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// By country code.
    pub countries: Vec<FacetCount>,
    /// By speaker name.
    pub speakers: Vec<FacetCount>,
    /// By claim kind.
    pub kinds: Vec<FacetCount>,
    /// By outlet.
    pub outlets: Vec<FacetCount>,
}

/// Search results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResponse {
    /// Total hits (all pages).
    pub total: u64,
    /// This page.
    pub hits: Vec<SearchHit>,
    /// Facet counts, when asked.
    pub facets: Option<Facets>,
    /// Time spent, microseconds.
    pub took_us: u64,
}

/// `article_get`: an article with its claims.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleGetRequest {
    /// Article id.
    pub id: i64,
}

/// An article and every claim in it, in text order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleWithClaims {
    /// The article.
    pub article: Article,
    /// Its claims.
    pub claims: Vec<Claim>,
}

/// `claim_get`: one claim in context.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimGetRequest {
    /// Claim id.
    pub id: i64,
}

/// A claim with the paragraph around it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimInContext {
    /// The claim.
    pub claim: Claim,
    /// Text of the paragraph before the claim.
    pub before: String,
    /// Text of the paragraph after the claim.
    pub after: String,
}

/// `claims_list`: the claims of one article.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsListRequest {
    /// Article id.
    pub article_id: i64,
}

/// A list of claims.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimsList {
    /// Claims in text order.
    pub claims: Vec<Claim>,
}

/// `claim_add`: a claim the user marks by hand on a passage.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimAddRequest {
    /// Article id.
    pub article_id: i64,
    /// Unicode scalar offset of the passage start in the body.
    pub char_start: usize,
    /// Unicode scalar end offset (exclusive).
    pub char_end: usize,
    /// Kind (default `statement`).
    #[serde(default)]
    pub kind: Option<String>,
    /// Speaker name, if any.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Speaker role, if any.
    #[serde(default)]
    pub role: Option<String>,
}

/// A document handed over in memory (pasted, or read by the UI).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Names the item in reports ("pasted text", a file name).
    pub name: String,
    /// The document's text.
    pub content: String,
    /// Format; by default from the name's extension, else plain text.
    #[serde(default)]
    pub format: Option<dossier_import::Format>,
}

/// `import_documents`: import documents given in memory.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportDocumentsRequest {
    /// The documents.
    pub documents: Vec<Document>,
    /// Metadata that overrides what the documents say.
    #[serde(default)]
    pub metadata: Metadata,
}

/// `import_paths`: import files and folders (recursively) from disk; `-`
/// reads stdin.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportPathsRequest {
    /// Files and folders.
    pub paths: Vec<std::path::PathBuf>,
    /// Metadata that overrides what the documents say.
    #[serde(default)]
    pub metadata: Metadata,
}

/// `import_samples`: import the sample articles shipped with Dossier.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportSamplesRequest {}

/// One imported article.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImportedItem {
    /// The input item.
    pub item: String,
    /// New article id.
    pub article_id: i64,
    /// Its title.
    pub title: String,
    /// Claims extracted.
    pub claims: u64,
}

/// One input skipped as a duplicate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DuplicateItem {
    /// The input item.
    pub item: String,
    /// The article already stored.
    pub existing_id: i64,
    /// "content" or "url".
    pub reason: String,
}

/// One input that failed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FailedItem {
    /// The input item.
    pub item: String,
    /// Error code.
    pub code: String,
    /// Why it failed.
    pub message: String,
}

impl FailedItem {
    /// `item` failed with `error`, reported with the error's wire code and
    /// message.
    pub(crate) fn new(item: String, error: &Error) -> Self {
        let wire = crate::error::WireError::from(error);
        FailedItem { item, code: wire.code, message: wire.message }
    }
}

/// What an import did, item by item.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ImportReport {
    /// Imported articles.
    pub imported: Vec<ImportedItem>,
    /// Skipped duplicates.
    pub duplicates: Vec<DuplicateItem>,
    /// Failed items.
    pub failed: Vec<FailedItem>,
}

/// `tag`: add or remove country tags on claims, by hand.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagRequest {
    /// The claims.
    pub claim_ids: Vec<i64>,
    /// Countries to add (codes, names or demonyms).
    #[serde(default)]
    pub add: Vec<String>,
    /// Countries to remove.
    #[serde(default)]
    pub remove: Vec<String>,
}

/// The claims after tagging.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TagResponse {
    /// Updated claims.
    pub claims: Vec<Claim>,
}

/// `tag_query`: tag every claim a search matches.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagQueryRequest {
    /// The search (limit and offset ignored: all hits).
    pub search: SearchRequest,
    /// Countries to add.
    #[serde(default)]
    pub add: Vec<String>,
    /// Countries to remove.
    #[serde(default)]
    pub remove: Vec<String>,
}

/// How many claims a bulk tag changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TagQueryResponse {
    /// Claims the query matched (and were tagged).
    pub updated: u64,
}

/// `countries`: claim counts per country.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CountriesRequest {
    /// Whether `context` tags are left out of the counts.
    pub exclude_context: bool,
}

/// A country with its counts.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CountryCount {
    /// ISO code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Flag emoji.
    pub flag: String,
    /// Claims tagged with it.
    pub claims: u64,
    /// Articles with such claims.
    pub articles: u64,
}

/// Claim counts per country, most claims first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CountriesResponse {
    /// Countries.
    pub countries: Vec<CountryCount>,
}

/// `country_detail`: one country's timeline and neighbours.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryDetailRequest {
    /// Code, name or demonym.
    pub country: String,
}

/// Claims in one month.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MonthCount {
    /// `YYYY-MM` of the article's publication date, or `undated`.
    pub month: String,
    /// Claims.
    pub claims: u64,
}

/// A country's claims over time and the countries tagged with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CountryDetail {
    /// The country's counts.
    pub country: CountryCount,
    /// Claims per month, oldest first.
    pub timeline: Vec<MonthCount>,
    /// Countries most often on the same claims, most first.
    pub co_tagged: Vec<CountryCount>,
}

/// `gazetteer`: every country Dossier knows, for type-ahead.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerRequest {}

/// A country entry for pickers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GazetteerEntry {
    /// ISO code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Flag emoji.
    pub flag: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Demonyms.
    pub demonyms: Vec<String>,
}

/// All countries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GazetteerResponse {
    /// Countries ordered by name.
    pub countries: Vec<GazetteerEntry>,
}

/// `speakers`: speakers with their quote counts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SpeakersRequest {
    /// Only names containing this (case-insensitive).
    pub filter: Option<String>,
    /// Page size (default 100).
    pub limit: Option<usize>,
    /// Rows to skip.
    pub offset: usize,
}

/// Speakers, most claims first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpeakersResponse {
    /// Total matching speakers.
    pub total: u64,
    /// This page.
    pub speakers: Vec<Speaker>,
}

/// `speaker_merge`: the user says two speakers are one person.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerMergeRequest {
    /// Speaker to fold away (id or name).
    pub from: String,
    /// Speaker that remains (id or name).
    pub into: String,
}

/// Export formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Comma-separated values, one claim a row.
    #[default]
    Csv,
    /// A JSON array of claims.
    Json,
    /// A Markdown document, one quote block a claim.
    Markdown,
}

/// `export`: claims matching a search, as a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// Format.
    #[serde(default)]
    pub format: ExportFormat,
    /// The search (limit and offset ignored: all hits).
    #[serde(default)]
    pub search: SearchRequest,
}

/// An exported file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportResponse {
    /// Suggested file name.
    pub filename: String,
    /// MIME type.
    pub mime: String,
    /// Claims exported.
    pub claims: u64,
    /// The file's content.
    pub content: String,
}

/// `reindex`: rebuild the search index from the database.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReindexRequest {}

/// What a reindex did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReindexResponse {
    /// Claims written to the index.
    pub claims: u64,
}

/// `reextract`: run extraction and tagging again over every article (after
/// an upgrade of the extractor). Manual claims and tags are kept.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReextractRequest {}

/// What a re-extraction did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReextractResponse {
    /// Articles re-extracted.
    pub articles: u64,
    /// Articles whose analysis failed; they keep the claims they had.
    #[serde(default)]
    pub failed: Vec<FailedItem>,
}

/// `job_start`: run a long command (`reindex`, `import_documents`,
/// `import_samples`, `tag_query`) in the background; poll `job_status`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobStartRequest {
    /// The command to run.
    pub command: String,
    /// Its request.
    #[serde(default)]
    pub request: serde_json::Value,
}

/// A started job.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobStarted {
    /// Poll `job_status` with this id.
    pub job_id: u64,
}

/// `job_status`: progress of a job.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobStatusRequest {
    /// The job.
    pub job_id: u64,
}

/// `check`: verify the database (SQLite integrity, foreign keys, claim
/// spans) and that the index holds exactly the database's claims.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckRequest {
    /// Rebuild what is derived (the index) when it is wrong, then check again.
    pub repair: bool,
}

/// Which part of the library a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckArea {
    /// The SQLite database (the source of truth).
    Database,
    /// The search index (derived; rebuilt by `check --repair` or `reindex`).
    Index,
}

/// One thing `check` found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckProblem {
    /// Where.
    pub area: CheckArea,
    /// What, naming the items.
    pub message: String,
    /// Whether `check --repair` can fix it (index problems); database
    /// problems need a restore from a backup.
    pub repairable: bool,
}

/// What `check` found and did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckReport {
    /// True when nothing is wrong (after repair, if asked).
    pub ok: bool,
    /// Articles in the database.
    pub articles: u64,
    /// Claims in the database.
    pub claims: u64,
    /// Claims in the index.
    pub indexed_claims: u64,
    /// Problems found.
    pub problems: Vec<CheckProblem>,
    /// What the repair did.
    pub repaired: Vec<String>,
    /// Problems left after the repair (the same as `problems` without one).
    pub remaining: Vec<CheckProblem>,
}

/// `backup`: a consistent snapshot of the database in one file, taken with
/// SQLite's online backup while the library stays in use.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupRequest {
    /// The file to write (replaced atomically if it exists).
    pub path: std::path::PathBuf,
}

/// A written backup.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupReport {
    /// The file.
    pub path: String,
    /// Its size.
    pub bytes: u64,
    /// Schema version it holds.
    pub schema_version: i64,
    /// Articles in it.
    pub articles: u64,
    /// Claims in it.
    pub claims: u64,
}

/// `restore`: replace the library's database with a backup (checked first:
/// an SQLite file holding a Dossier library of a version this build reads),
/// then rebuild the index.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestoreRequest {
    /// The backup file.
    pub path: std::path::PathBuf,
}

/// A finished restore.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RestoreReport {
    /// The backup file.
    pub path: String,
    /// Schema version the backup had (upgraded on restore if older).
    pub schema_version_found: i64,
    /// Articles now in the library.
    pub articles: u64,
    /// Claims now in the library.
    pub claims: u64,
    /// Claims written to the rebuilt index.
    pub indexed_claims: u64,
}

/// `dump`: write the whole library (articles, claims, speakers with
/// aliases and merges, manual tags and claims) as a JSON Lines file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpRequest {
    /// The file to write.
    pub path: std::path::PathBuf,
}

/// A written dump.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DumpReport {
    /// The file.
    pub path: String,
    /// Articles written.
    pub articles: u64,
    /// Claims written.
    pub claims: u64,
    /// Of which added by hand.
    pub manual_claims: u64,
    /// Speakers written.
    pub speakers: u64,
    /// Manual country edits written.
    pub manual_tags: u64,
}

/// `load`: add a dump's contents to the library, all or nothing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadRequest {
    /// The dump file.
    pub path: std::path::PathBuf,
}

/// What a load added.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LoadReport {
    /// The dump file.
    pub path: String,
    /// Articles added.
    pub articles: u64,
    /// Articles skipped because the library already had them.
    pub duplicates: u64,
    /// Claims added.
    pub claims: u64,
    /// Speakers added (others matched existing speakers).
    pub speakers: u64,
    /// Manual country edits added.
    pub manual_tags: u64,
}
