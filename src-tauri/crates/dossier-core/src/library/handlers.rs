//! The command handlers: one function per entry of the command list, each
//! taking the library and its request and returning its response.

use super::Library;
use crate::commands::*;
use crate::error::{Error, Result};
use crate::index::SearchFilters;
use crate::model::{Claim, Speaker};
use crate::store::TagEdit;
use dossier_extract::ClaimKind;
use std::time::Instant;

/// Default page size of `search`.
const DEFAULT_LIMIT: usize = 20;

pub(crate) fn stats(library: &Library, _: StatsRequest) -> Result<Stats> {
    let crate::store::Counts { articles, claims, speakers, claims_by_kind } = library.store().counts()?;
    let countries = library.index().facet_counts(&SearchFilters::default(), "country")?.len() as u64;
    let db_path = library.store().path();
    let database_bytes = ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", db_path.display())).ok())
        .map(|m| m.len())
        .sum();
    Ok(Stats {
        path: library.dir().display().to_string(),
        schema_version: crate::store::SCHEMA_VERSION,
        articles,
        claims,
        claims_by_kind,
        speakers,
        countries,
        indexed_claims: library.index().num_docs(),
        database_bytes,
        index_bytes: library.index().disk_bytes(),
    })
}

/// Resolves a search request's filters against the library.
pub(crate) fn filters(library: &Library, request: &SearchRequest) -> Result<SearchFilters> {
    let countries = request.countries.iter().map(|c| country_code(c)).collect::<Result<Vec<_>>>()?;
    let kinds = request
        .kinds
        .iter()
        .map(|k| {
            ClaimKind::parse(&k.to_lowercase()).map(|k| k.as_str().to_string()).ok_or_else(|| {
                Error::InvalidInput(format!("unknown claim kind `{k}`: use direct, partial, indirect or statement"))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let speaker_id = match request.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(name) => Some(
            library.store().find_speaker(name)?.ok_or_else(|| Error::not_found("speaker", format!("`{name}`")))?.id,
        ),
        None => None,
    };
    let date = |value: &Option<String>, what: &str| -> Result<Option<chrono::NaiveDate>> {
        match value.as_deref().filter(|v| !v.trim().is_empty()) {
            Some(v) => dossier_import::parse_date(v).map(Some).ok_or_else(|| {
                Error::InvalidInput(format!("cannot read {what} date `{v}`: use e.g. 2026-01-31 or \"31 Jan 2026\""))
            }),
            None => Ok(None),
        }
    };
    Ok(SearchFilters {
        countries,
        speaker_id,
        kinds,
        outlet: request.outlet.clone().filter(|o| !o.trim().is_empty()),
        since: date(&request.since, "--since")?,
        until: date(&request.until, "--until")?,
        exclude_context: request.exclude_context,
    })
}

/// A country code from a code, name or demonym.
pub(crate) fn country_code(input: &str) -> Result<String> {
    dossier_countries::lookup(input.trim()).map(|c| c.code.to_string()).ok_or_else(|| {
        Error::InvalidInput(format!(
            "unknown country `{input}`: use an ISO code (JP), a name (Japan) or a demonym (Japanese)"
        ))
    })
}

pub(crate) fn search(library: &Library, request: SearchRequest) -> Result<SearchResponse> {
    let started = Instant::now();
    let filters = filters(library, &request)?;
    library.catch_up_index(false)?;
    let limit = request.limit.unwrap_or(DEFAULT_LIMIT);
    let page = library.index().search(&request.query, &filters, request.sort, limit, request.offset, request.facets)?;
    Ok(SearchResponse {
        total: page.total,
        hits: page.hits.into_iter().map(|(claim, score, snippet)| SearchHit { claim, score, snippet }).collect(),
        facets: page.facets,
        took_us: started.elapsed().as_micros() as u64,
    })
}

pub(crate) fn article_get(library: &Library, request: ArticleGetRequest) -> Result<ArticleWithClaims> {
    let article = library.store().article(request.id)?;
    let claims = library.store().article_claims(request.id)?.claims;
    Ok(ArticleWithClaims { article, claims })
}

pub(crate) fn claim_get(library: &Library, request: ClaimGetRequest) -> Result<ClaimInContext> {
    let claim = library.store().claim(request.id)?;
    let body = library.store().article(claim.article_id)?.body;
    let paragraph_start = body[..claim.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let paragraph_end = body[claim.end..].find('\n').map(|i| claim.end + i).unwrap_or(body.len());
    Ok(ClaimInContext {
        before: body[paragraph_start..claim.start].to_string(),
        after: body[claim.end..paragraph_end].to_string(),
        claim,
    })
}

pub(crate) fn claims_list(library: &Library, request: ClaimsListRequest) -> Result<ClaimsList> {
    Ok(ClaimsList { claims: library.store().article_claims(request.article_id)?.claims })
}

pub(crate) fn claim_add(library: &Library, request: ClaimAddRequest) -> Result<Claim> {
    let body = library.store().article(request.article_id)?.body;
    let kind = match request.kind.as_deref() {
        Some(k) => ClaimKind::parse(&k.to_lowercase())
            .ok_or_else(|| Error::InvalidInput(format!("unknown claim kind `{k}`")))?,
        None => ClaimKind::Statement,
    };
    let (Some(start), Some(end)) =
        (crate::ingest::byte_offset(&body, request.char_start), crate::ingest::byte_offset(&body, request.char_end))
    else {
        return Err(Error::InvalidInput(format!(
            "passage {}..{} is outside article {}",
            request.char_start, request.char_end, request.article_id
        )));
    };
    if start >= end || body[start..end].trim().is_empty() {
        return Err(Error::InvalidInput("select some text to make a claim of".into()));
    }
    let speaker = request.speaker.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let role = request.role.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let id = library.store().add_manual_claim(
        request.article_id,
        (start, end),
        (request.char_start, request.char_end),
        kind,
        speaker.map(|s| (s, role)),
    )?;
    library.refresh_after_write()?;
    library.store().claim(id)
}

pub(crate) fn import_documents(library: &Library, request: ImportDocumentsRequest) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let total = request.documents.len() as u64;
    let metadata = request.metadata;
    let records = request.documents.into_iter().enumerate().flat_map(move |(i, doc)| {
        crate::jobs::report(i as u64, total, &doc.name);
        dossier_import::read_bytes(&doc.name, doc.content.as_bytes(), doc.format, &metadata)
    });
    library.import_records(records, &mut report)?;
    Ok(report)
}

pub(crate) fn import_paths(library: &Library, request: ImportPathsRequest) -> Result<ImportReport> {
    library.import_paths(&request.paths, &super::ImportOptions { metadata: request.metadata })
}

pub(crate) fn import_samples(library: &Library, _: ImportSamplesRequest) -> Result<ImportReport> {
    let documents = crate::samples::SAMPLES
        .iter()
        .map(|(name, content)| Document { name: name.to_string(), content: content.to_string(), format: None })
        .collect();
    import_documents(library, ImportDocumentsRequest { documents, metadata: Default::default() })
}

fn tag_edits(add: &[String], remove: &[String]) -> Result<Vec<(String, TagEdit)>> {
    let mut edits = Vec::new();
    for code in add {
        edits.push((country_code(code)?, TagEdit::Add));
    }
    for code in remove {
        edits.push((country_code(code)?, TagEdit::Remove));
    }
    if edits.is_empty() {
        return Err(Error::InvalidInput("nothing to do: give countries to add (+JP) or remove (-CN)".into()));
    }
    Ok(edits)
}

pub(crate) fn tag(library: &Library, request: TagRequest) -> Result<TagResponse> {
    let edits = tag_edits(&request.add, &request.remove)?;
    library.store().edit_tags(&request.claim_ids, &edits, &|_| {})?;
    library.refresh_after_write()?;
    let claims = request.claim_ids.iter().map(|&id| library.store().claim(id)).collect::<Result<_>>()?;
    Ok(TagResponse { claims })
}

pub(crate) fn tag_query(library: &Library, request: TagQueryRequest) -> Result<TagQueryResponse> {
    let edits = tag_edits(&request.add, &request.remove)?;
    let filters = filters(library, &request.search)?;
    library.catch_up_index(false)?;
    let ids = library.index().all_claim_ids(&request.search.query, &filters)?;
    let total = ids.len() as u64;
    library.store().edit_tags(&ids, &edits, &|done| crate::jobs::report(done as u64, total, "tagging"))?;
    library.refresh_after_write()?;
    Ok(TagQueryResponse { updated: total })
}

fn flag(code: &str) -> String {
    dossier_countries::flag(code).unwrap_or_default()
}

fn country_count(code: &str, claims: u64, articles: u64) -> CountryCount {
    CountryCount {
        code: code.to_string(),
        name: dossier_countries::lookup(code).map(|c| c.name.to_string()).unwrap_or_else(|| code.to_string()),
        flag: flag(code),
        claims,
        articles,
    }
}

pub(crate) fn countries(library: &Library, request: CountriesRequest) -> Result<CountriesResponse> {
    library.catch_up_index(false)?;
    let field = if request.exclude_context { "country_direct" } else { "country" };
    let counts = library.index().facet_counts(&SearchFilters::default(), field)?;
    let articles = library.store().article_country_counts()?;
    Ok(CountriesResponse {
        countries: counts
            .into_iter()
            .map(|(code, n)| {
                let a = articles.get(&code).copied().unwrap_or(0);
                country_count(&code, n, a)
            })
            .collect(),
    })
}

pub(crate) fn country_detail(library: &Library, request: CountryDetailRequest) -> Result<CountryDetail> {
    let code = country_code(&request.country)?;
    library.catch_up_index(false)?;
    let filters = SearchFilters { countries: vec![code.clone()], ..Default::default() };
    let mut timeline: Vec<MonthCount> = library
        .index()
        .facet_counts(&filters, "month")?
        .into_iter()
        .map(|(month, claims)| MonthCount { month, claims })
        .collect();
    timeline.sort_by(|a, b| a.month.cmp(&b.month));
    let together = library.index().facet_counts(&filters, "country")?;
    let claims = together.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).unwrap_or(0);
    let articles = library.store().article_country_counts()?;
    let co_tagged = together
        .into_iter()
        .filter(|(c, _)| *c != code)
        .take(12)
        .map(|(c, n)| {
            let a = articles.get(&c).copied().unwrap_or(0);
            country_count(&c, n, a)
        })
        .collect();
    Ok(CountryDetail {
        country: country_count(&code, claims, articles.get(&code).copied().unwrap_or(0)),
        timeline,
        co_tagged,
    })
}

pub(crate) fn gazetteer(_: &Library, _: GazetteerRequest) -> Result<GazetteerResponse> {
    let mut countries: Vec<GazetteerEntry> = dossier_countries::all_countries()
        .iter()
        .map(|c| GazetteerEntry {
            code: c.code.to_string(),
            name: c.name.to_string(),
            flag: flag(c.code),
            aliases: c.aliases.iter().map(|s| s.to_string()).collect(),
            demonyms: c.demonyms.iter().map(|s| s.to_string()).collect(),
        })
        .collect();
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(GazetteerResponse { countries })
}

pub(crate) fn speakers(library: &Library, request: SpeakersRequest) -> Result<SpeakersResponse> {
    let (total, speakers) =
        library.store().speakers(request.filter.as_deref(), request.limit.unwrap_or(100), request.offset)?;
    Ok(SpeakersResponse { total, speakers })
}

pub(crate) fn speaker_merge(library: &Library, request: SpeakerMergeRequest) -> Result<Speaker> {
    let find = |name: &str| -> Result<i64> {
        Ok(library.store().find_speaker(name)?.ok_or_else(|| Error::not_found("speaker", format!("`{name}`")))?.id)
    };
    let (from, into) = (find(&request.from)?, find(&request.into)?);
    library.store().merge_speakers(from, into)?;
    library.refresh_after_write()?;
    library.store().speaker(into)
}

/// Most claims the `export` command puts in one answer: its content travels
/// whole through IPC or HTTP into the page (a 100,000-claim CSV is ~20 MB,
/// the JSON ~100 MB). The CLI streams exports of any size.
const ANSWER_EXPORT_LIMIT: usize = 100_000;

pub(crate) fn export(library: &Library, request: ExportRequest) -> Result<ExportResponse> {
    export_at_most(library, request, ANSWER_EXPORT_LIMIT)
}

/// `export`, refusing searches of more than `limit` claims.
fn export_at_most(library: &Library, request: ExportRequest, limit: usize) -> Result<ExportResponse> {
    let hits = library.matching_claims(&request.search)?;
    if hits.len() > limit {
        return Err(Error::ExportTooLarge { claims: hits.len(), limit });
    }
    let mut content = Vec::new();
    let claims = crate::export::write(request.format, hits, &mut content)?;
    let (filename, mime) = crate::export::file_type(request.format);
    Ok(ExportResponse {
        filename: filename.to_string(),
        mime: mime.to_string(),
        claims,
        content: String::from_utf8(content).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    })
}

impl Library {
    /// Writes every claim a search matches (limit and offset ignored) to
    /// `out` in the request's format, one claim at a time: the CLI streams
    /// an export of the whole library to a file without holding it.
    /// Returns how many claims were written.
    pub fn export_to(&self, request: &ExportRequest, out: &mut dyn std::io::Write) -> Result<u64> {
        crate::export::write(request.format, self.matching_claims(&request.search)?, out)
    }

    /// Every claim a search matches, in its order, loaded as they are read.
    fn matching_claims(&self, search: &SearchRequest) -> Result<crate::index::AllHits<'_>> {
        let filters = filters(self, search)?;
        self.catch_up_index(false)?;
        self.index().all_hits(&search.query, &filters, search.sort)
    }
}

pub(crate) fn reindex(library: &Library, _: ReindexRequest) -> Result<ReindexResponse> {
    let progress = |done: u64, total: u64| crate::jobs::report(done, total, "reindexing");
    let claims = library.index().rebuild(library.store(), &progress)?;
    Ok(ReindexResponse { claims })
}

pub(crate) fn reextract(library: &Library, _: ReextractRequest) -> Result<ReextractResponse> {
    let total = library.store().counts()?.articles;
    let mut after = 0;
    let mut articles = 0u64;
    let mut failed = Vec::new();
    loop {
        let batch = library.store().articles_for_reextraction(after, 256)?;
        let Some(last) = batch.last() else { break };
        after = last.summary.id;
        for article in batch {
            let record = dossier_import::ArticleRecord {
                item: format!("article {}", article.summary.id),
                source_id: article.source_id,
                title: article.summary.title,
                body: article.body,
                outlet: article.summary.outlet,
                author: article.summary.author,
                url: article.summary.url,
                published: article.summary.published,
            };
            // An article whose analysis fails keeps the claims it had.
            match crate::ingest::analyze_guarded_with(library.analysis(), record) {
                Ok(analysis) => {
                    library.store().replace_extraction(article.summary.id, &analysis)?;
                    articles += 1;
                }
                Err(failure) => failed.push(failure.into()),
            }
        }
        crate::jobs::report(articles + failed.len() as u64, total, "re-extracting");
    }
    library.refresh_after_write()?;
    Ok(ReextractResponse { articles, failed })
}

/// Commands that may run as background jobs.
const JOB_COMMANDS: &[&str] =
    &["reindex", "reextract", "import_documents", "import_paths", "import_samples", "tag_query"];

pub(crate) fn job_start(library: &Library, request: JobStartRequest) -> Result<JobStarted> {
    if !JOB_COMMANDS.contains(&request.command.as_str()) {
        return Err(Error::InvalidInput(format!(
            "`{}` cannot run as a job; jobs run {}",
            request.command,
            JOB_COMMANDS.join(", ")
        )));
    }
    let worker = library.clone();
    let command = request.command.clone();
    let job_id = library.jobs().start(&request.command, move || dispatch(&worker, &command, request.request));
    Ok(JobStarted { job_id })
}

pub(crate) fn job_status(library: &Library, request: JobStatusRequest) -> Result<crate::jobs::JobStatus> {
    library.jobs().status(request.job_id).ok_or_else(|| Error::not_found("job", request.job_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_answer_over_the_limit_points_to_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(dir.path()).unwrap();
        import_samples(&library, ImportSamplesRequest {}).unwrap();
        let request = || ExportRequest { format: ExportFormat::Csv, search: SearchRequest::default() };
        let claims = library.store().counts().unwrap().claims as usize;
        let error = export_at_most(&library, request(), claims - 1).unwrap_err();
        assert_eq!(error.code().as_str(), "too_large");
        assert!(error.to_string().contains("dossier export"), "{error}");
        let answer = export_at_most(&library, request(), claims).unwrap();
        assert_eq!(answer.claims as usize, claims);
    }
}
