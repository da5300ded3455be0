//! The engine through its command list, on temporary libraries: import of
//! every format, duplicates, bad input, search syntax, filters, facets,
//! highlights, manual tags surviving reindex and re-extraction, the index
//! rebuilding itself, speakers, exports and jobs.

use dossier_core::commands::{self as cmd, Command, Document, ExportFormat, SearchRequest, SortOrder};
use dossier_core::jobs::JobState;
use dossier_core::model::{SpeakerKind, TagSource};
use dossier_core::Library;
use std::path::PathBuf;

/// This package's folder, as `cargo test` says when the test runs (not
/// `env!`: a shared target folder may hold a build from another checkout).
fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("tests run under cargo"))
}

fn fixtures() -> PathBuf {
    manifest_dir().join("../../../tests/fixtures")
}

/// An article written for these tests: a named speaker with a role, a
/// quote, reported speech, and several countries.
const HARBOUR_ARTICLE: &str = "\
Norway and Chile sign salmon farming accord

Norway and Chile agreed on Tuesday to share data on sea-lice outbreaks in salmon farms, a pact that officials said could cut losses by a third.

“We have been fighting the same parasite on two sides of the planet without talking to each other,” said Ingrid Solberg, director of aquaculture at the Norwegian Seafood Council.

Solberg added that Chilean farms would get access to the Norwegian early-warning models within six months.
";

/// A second article by the same speaker, from another outlet and date.
const FJORD_ARTICLE: &str = "\
Fjord farms face new limits

Norway will cap the number of fish per cage from next spring.

“Fewer fish per cage means fewer chances for the parasite to spread,” said Ingrid Solberg, director of aquaculture at the Norwegian Seafood Council.
";

struct Fixture {
    dir: tempfile::TempDir,
    library: Library,
}

fn library() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::open(dir.path()).expect("open library");
    Fixture { dir, library }
}

fn import_text(library: &Library, name: &str, content: &str, outlet: &str, published: &str) -> cmd::ImportReport {
    cmd::ImportDocumentsRequest {
        documents: vec![Document { name: name.into(), content: content.into(), format: None }],
        metadata: cmd::Metadata {
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            ..Default::default()
        },
    }
    .run(library)
    .expect("import")
}

fn with_two_articles() -> Fixture {
    let f = library();
    let first = import_text(&f.library, "harbour.txt", HARBOUR_ARTICLE, "Coastal Courier", "2026-03-04");
    let second = import_text(&f.library, "fjord.txt", FJORD_ARTICLE, "Fjord Weekly", "2026-09-10");
    assert_eq!(first.imported.len() + second.imported.len(), 2, "both test articles import");
    f
}

fn search(library: &Library, request: SearchRequest) -> cmd::SearchResponse {
    request.run(library).expect("search")
}

fn query(library: &Library, text: &str) -> cmd::SearchResponse {
    search(library, SearchRequest { query: text.into(), ..Default::default() })
}

/// The facets of the whole library (a search for everything).
fn whole_library_facets(library: &Library) -> cmd::Facets {
    search(library, SearchRequest { facets: true, ..Default::default() }).facets.expect("facets were asked for")
}

/// Tags every claim about the parasite (two, one in each test article)
/// with the Faroe Islands.
fn tag_parasite_claims_faroese(library: &Library) {
    cmd::TagQueryRequest {
        search: SearchRequest { query: "parasite".into(), ..Default::default() },
        add: vec!["FO".into()],
        remove: vec![],
    }
    .run(library)
    .expect("tag by query");
}

fn import_paths(library: &Library, paths: &[&str]) -> cmd::ImportReport {
    cmd::ImportPathsRequest { paths: paths.iter().map(|p| fixtures().join(p)).collect(), metadata: Default::default() }
        .run(library)
        .expect("import paths")
}

#[test]
fn imports_text_markdown_html_and_jsonl_with_their_metadata() {
    let f = library();
    let report =
        import_paths(&f.library, &["port-strike-mombasa.txt", "chip-materials-pact.md", "rainforest-fund.html"]);
    assert_eq!(report.imported.len(), 3, "{report:?}");
    let md = report.imported.iter().find(|i| i.item.ends_with(".md")).unwrap();
    let article = cmd::ArticleGetRequest { id: md.article_id }.run(&f.library).unwrap().article;
    assert_eq!(article.summary.title, "Seoul and Tokyo agree to pool chip-material stockpiles");
    assert_eq!(article.summary.outlet.as_deref(), Some("The Harbour Ledger"));
    assert_eq!(article.summary.published.map(|d| d.to_string()).as_deref(), Some("2026-11-28"));

    let html = report.imported.iter().find(|i| i.item.ends_with(".html")).unwrap();
    let body = cmd::ArticleGetRequest { id: html.article_id }.run(&f.library).unwrap().article.body;
    assert!(!body.contains("<script") && !body.contains("function("), "scripts are dropped from HTML");

    let jsonl = import_paths(&f.library, &["wire-feed.jsonl"]);
    assert_eq!(jsonl.imported.len(), 4, "four good lines: {jsonl:?}");
    assert_eq!(jsonl.failed.len(), 1);
    assert!(jsonl.failed[0].item.ends_with("wire-feed.jsonl:3"), "the bad line is named: {:?}", jsonl.failed);
}

#[test]
fn bad_files_fail_one_by_one_and_the_rest_goes_on() {
    let f = library();
    let report = import_paths(
        &f.library,
        &["bad/binary-image.txt", "bad/invalid-utf8.txt", "bad/empty.txt", "port-strike-mombasa.txt"],
    );
    assert_eq!(report.imported.len(), 1, "the good file still imports: {report:?}");
    assert_eq!(report.failed.len(), 3);
    for failed in &report.failed {
        assert!(failed.message.contains(&failed.item), "each error names its file: {failed:?}");
    }
    let missing = import_paths(&f.library, &["no-such-file.txt"]);
    assert_eq!(missing.failed.len(), 1, "a missing file is reported, not fatal");
}

#[test]
fn duplicates_by_content_or_url_are_skipped_and_change_nothing() {
    let f = with_two_articles();
    let before = cmd::StatsRequest {}.run(&f.library).unwrap();
    let again = import_text(&f.library, "copy.txt", HARBOUR_ARTICLE, "Elsewhere", "2026-03-05");
    assert_eq!(again.imported.len(), 0);
    assert_eq!(again.duplicates.len(), 1);
    assert_eq!(again.duplicates[0].reason, "content");

    let url_report = cmd::ImportDocumentsRequest {
        documents: vec![
            Document { name: "a.txt".into(), content: "Title A\n\nFirst body text.".into(), format: None },
            Document { name: "b.txt".into(), content: "Title B\n\nAnother body text.".into(), format: None },
        ],
        metadata: cmd::Metadata { url: Some("https://example.com/same".into()), ..Default::default() },
    }
    .run(&f.library)
    .unwrap();
    assert_eq!((url_report.imported.len(), url_report.duplicates.len()), (1, 1));
    assert_eq!(url_report.duplicates[0].reason, "url");
    let after = cmd::StatsRequest {}.run(&f.library).unwrap();
    assert_eq!(after.articles, before.articles + 1);
}

#[test]
fn phrase_search_finds_the_quote_with_speaker_role_and_highlight() {
    let f = with_two_articles();
    let response = query(&f.library, "\"same parasite\"");
    assert_eq!(response.total, 1);
    let hit = &response.hits[0];
    let speaker = hit.claim.speaker.as_ref().expect("the quote has a speaker");
    assert_eq!(speaker.name, "Ingrid Solberg");
    assert_eq!(speaker.role.as_deref(), Some("director of aquaculture at the Norwegian Seafood Council"));
    assert!(hit.snippet.contains("<mark>same</mark> <mark>parasite</mark>"), "{}", hit.snippet);
    assert!(query(&f.library, "\"parasite same\"").total == 0, "a phrase keeps word order");
}

#[test]
fn curly_and_straight_quotes_and_apostrophes_are_equivalent() {
    let f = with_two_articles();
    assert_eq!(query(&f.library, "“same parasite”").total, 1);
    let curly = cmd::ImportDocumentsRequest {
        documents: vec![Document {
            name: "apostrophe.txt".into(),
            content: "Apostrophes\n\n“The council’s plan works,” said Ola Berg, a farmer.".into(),
            format: None,
        }],
        metadata: Default::default(),
    };
    curly.run(&f.library).unwrap();
    assert_eq!(query(&f.library, "\"council's plan\"").total, 1, "straight apostrophe finds curly text");
    assert_eq!(query(&f.library, "\"council’s plan\"").total, 1, "curly apostrophe finds curly text");
}

#[test]
fn fields_boolean_operators_and_prefixes() {
    let f = with_two_articles();
    let by_speaker = query(&f.library, "speaker:\"Ingrid Solberg\"");
    assert!(by_speaker.total >= 2, "both of her quotes: {}", by_speaker.total);
    assert!(by_speaker.hits.iter().all(|h| h.claim.speaker.as_ref().unwrap().name == "Ingrid Solberg"));
    let (parasite, cage) = (query(&f.library, "parasite").total, query(&f.library, "cage").total);
    assert_eq!(query(&f.library, "parasite AND cage").total, 1);
    assert_eq!(query(&f.library, "parasite OR cage").total, parasite + cage - 1);
    assert_eq!(query(&f.library, "parasite NOT cage").total, parasite - 1);
    assert_eq!(query(&f.library, "parasi*").total, 2);
    let direct = query(&f.library, "kind:direct parasite");
    assert!(direct.hits.iter().all(|h| h.claim.kind.as_str() == "direct"));
    assert_eq!(query(&f.library, "outlet:\"Fjord Weekly\" parasite").total, 1);
    assert!(query(&f.library, "country:Norway").total >= 1, "country names work in the query");
}

#[test]
fn filters_by_country_speaker_kind_outlet_and_dates() {
    let f = with_two_articles();
    let all = query(&f.library, "");
    assert!(all.total >= 3);
    let norway = search(&f.library, SearchRequest { countries: vec!["Norway".into()], ..Default::default() });
    assert!(norway.total >= 1 && norway.hits.iter().all(|h| h.claim.countries.iter().any(|t| t.code == "NO")));
    let speaker = search(&f.library, SearchRequest { speaker: Some("Ingrid Solberg".into()), ..Default::default() });
    assert!(speaker.total >= 2);
    let autumn = search(
        &f.library,
        SearchRequest { since: Some("2026-06-01".into()), until: Some("30 Sep 2026".into()), ..Default::default() },
    );
    assert!(autumn.total >= 1 && autumn.hits.iter().all(|h| h.claim.article.title == "Fjord farms face new limits"));
    let outlet = search(&f.library, SearchRequest { outlet: Some("Coastal Courier".into()), ..Default::default() });
    assert!(outlet.hits.iter().all(|h| h.claim.article.outlet.as_deref() == Some("Coastal Courier")));
    let unknown = SearchRequest { countries: vec!["Atlantis".into()], ..Default::default() }.run(&f.library);
    assert_eq!(unknown.unwrap_err().code().as_str(), "invalid_input");
    let bad_date = SearchRequest { since: Some("someday".into()), ..Default::default() }.run(&f.library);
    assert_eq!(bad_date.unwrap_err().code().as_str(), "invalid_input");
}

#[test]
fn facets_count_all_hits_and_paging_has_no_cap() {
    let f = with_two_articles();
    let response = search(&f.library, SearchRequest { facets: true, limit: Some(1), ..Default::default() });
    let facets = response.facets.expect("facets were asked for");
    assert_eq!(response.hits.len(), 1);
    let kinds_total: u64 = facets.kinds.iter().map(|k| k.count).sum();
    assert_eq!(kinds_total, response.total, "facets count every hit, not the page");
    assert!(facets.speakers.iter().any(|s| s.value == "Ingrid Solberg" && s.count >= 2));
    assert!(facets.outlets.iter().any(|o| o.value == "Fjord Weekly"));
    assert!(facets.countries.iter().any(|c| c.value == "NO"));

    let mut seen = Vec::new();
    for offset in 0..response.total as usize {
        let page = search(&f.library, SearchRequest { limit: Some(1), offset, ..Default::default() });
        seen.push(page.hits[0].claim.id);
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len() as u64, response.total, "paging visits every hit once");
    let big = search(&f.library, SearchRequest { limit: Some(1_000_000), ..Default::default() });
    assert_eq!(big.hits.len() as u64, big.total);
}

/// The whole library's facets (counted from the columns, without iterating
/// hits) agree with filtered searches, also once edits left deleted
/// documents behind in the index.
#[test]
fn facets_of_the_whole_library_match_filtered_searches() {
    let f = with_two_articles();
    let check = |library: &Library| {
        let facets = whole_library_facets(library);
        assert!(!facets.countries.is_empty() && !facets.kinds.is_empty());
        for country in &facets.countries {
            let filtered =
                search(library, SearchRequest { countries: vec![country.value.clone()], ..Default::default() });
            assert_eq!(filtered.total, country.count, "country {}", country.value);
        }
        for kind in &facets.kinds {
            let filtered = search(library, SearchRequest { kinds: vec![kind.value.clone()], ..Default::default() });
            assert_eq!(filtered.total, kind.count, "kind {}", kind.value);
        }
        let countries = cmd::CountriesRequest::default().run(library).unwrap();
        for country in &facets.countries {
            let listed = countries.countries.iter().find(|c| c.code == country.value).expect("listed");
            assert_eq!(listed.claims, country.count, "countries view {}", country.value);
        }
    };
    check(&f.library);
    tag_parasite_claims_faroese(&f.library);
    check(&f.library);
    let facets = whole_library_facets(&f.library);
    assert!(facets.countries.iter().any(|c| c.value == "FO" && c.count == 2), "the edit shows in the facets");
}

#[test]
fn the_whole_library_facets_are_kept_on_disk_for_the_next_process_and_renewed_by_every_edit() {
    let f = with_two_articles();
    let dir = f.dir.path();
    // The import stored them, so that the app opened after it need not
    // count them.
    let stored_path = dir.join("index").join("dossier-facets.json");
    assert!(stored_path.exists(), "an import stores the whole library's facets");
    let counted = whole_library_facets(&f.library);
    let mut stored: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stored_path).expect("the facets are stored")).unwrap();
    assert_eq!(stored["facets"]["kinds"], serde_json::to_value(&counted.kinds).unwrap());

    // A new handle, as the next process would, answers from the file: a
    // mark put in it shows.
    stored["facets"]["outlets"] = serde_json::json!([{ "value": "From the file", "count": 1 }]);
    std::fs::write(&stored_path, serde_json::to_vec(&stored).unwrap()).unwrap();
    let reopened = Library::open(dir).unwrap();
    assert_eq!(whole_library_facets(&reopened).outlets[0].value, "From the file");
    drop(reopened);

    // A file counted on another index is not believed: the facets are
    // counted again.
    stored["content"] = serde_json::json!("segments of some other index");
    std::fs::write(&stored_path, serde_json::to_vec(&stored).unwrap()).unwrap();
    let reopened = Library::open(dir).unwrap();
    let recounted = whole_library_facets(&reopened);
    assert!(recounted.outlets.iter().all(|o| o.value != "From the file"), "{recounted:?}");
    drop(reopened);
    let before_edit: serde_json::Value = serde_json::from_slice(&std::fs::read(&stored_path).unwrap()).unwrap();
    assert_eq!(before_edit["facets"], serde_json::to_value(&recounted).unwrap(), "the recount is stored");

    // An edit outside an import (here a tag edit) stores the facets of the
    // index it leaves, so the next launch is spared the count after it too.
    tag_parasite_claims_faroese(&f.library);
    let after_edit: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stored_path).expect("the edit stores the facets")).unwrap();
    let faroese = after_edit["facets"]["countries"].as_array().unwrap().iter().find(|c| c["value"] == "FO");
    assert_eq!(faroese.map(|c| c["count"].clone()), Some(serde_json::json!(2)), "{after_edit}");
    assert_ne!(after_edit["content"], before_edit["content"], "the key follows the index");
    let reopened = Library::open(dir).unwrap();
    assert_eq!(
        serde_json::to_value(whole_library_facets(&reopened)).unwrap(),
        after_edit["facets"],
        "the next process answers with the stored facets"
    );
}

#[test]
fn sort_by_date_puts_newest_first() {
    let f = with_two_articles();
    let response =
        search(&f.library, SearchRequest { query: "parasite".into(), sort: SortOrder::Date, ..Default::default() });
    let dates: Vec<_> = response.hits.iter().map(|h| h.claim.article.published).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn manual_tags_survive_reindex_and_reextraction() {
    let f = with_two_articles();
    let claim = query(&f.library, "\"same parasite\"").hits[0].claim.clone();
    let extracted: Vec<String> = claim.countries.iter().map(|t| t.code.clone()).collect();
    let removed = extracted.first().cloned().expect("the quote has an extracted country");
    let tagged =
        cmd::TagRequest { claim_ids: vec![claim.id], add: vec!["Chile".into()], remove: vec![removed.clone()] }
            .run(&f.library)
            .unwrap();
    let check = |claim: &dossier_core::model::Claim| {
        assert!(claim.countries.iter().any(|t| t.code == "CL" && t.source == TagSource::Manual), "{claim:?}");
        assert!(!claim.countries.iter().any(|t| t.code == removed), "removed tag stays removed: {claim:?}");
    };
    check(&tagged.claims[0]);
    let filtered = search(&f.library, SearchRequest { countries: vec!["CL".into()], ..Default::default() });
    assert!(filtered.hits.iter().any(|h| h.claim.id == claim.id), "search sees the manual tag at once");

    cmd::ReindexRequest {}.run(&f.library).unwrap();
    check(&query(&f.library, "\"same parasite\"").hits[0].claim);

    cmd::ReextractRequest {}.run(&f.library).unwrap();
    let after = query(&f.library, "\"same parasite\"");
    check(&after.hits[0].claim);
}

#[test]
fn bulk_tagging_tags_every_claim_a_query_matches() {
    let f = with_two_articles();
    let response = cmd::TagQueryRequest {
        search: SearchRequest { query: "parasite".into(), ..Default::default() },
        add: vec!["FO".into()],
        remove: vec![],
    }
    .run(&f.library)
    .unwrap();
    assert_eq!(response.updated, 2);
    let faroe = search(&f.library, SearchRequest { countries: vec!["FO".into()], ..Default::default() });
    assert_eq!(faroe.total, 2);
}

/// A bulk edit is one transaction: when one of its claims is gone, none of
/// the others is tagged either.
#[test]
fn a_bulk_tag_edit_is_all_or_nothing_and_reports_progress() {
    let f = with_two_articles();
    let ids: Vec<i64> = query(&f.library, "parasite").hits.iter().map(|h| h.claim.id).collect();
    let edits = [("FO".to_string(), dossier_core::store::TagEdit::Add)];
    let reported = std::cell::Cell::new(0);
    let with_a_missing_claim = [ids.clone(), vec![999_999]].concat();
    assert!(f.library.store().edit_tags(&with_a_missing_claim, &edits, &|done| reported.set(done)).is_err());
    f.library.catch_up_index(true).unwrap();
    let faroe = search(&f.library, SearchRequest { countries: vec!["FO".into()], ..Default::default() });
    assert_eq!(faroe.total, 0, "nothing of the failed edit is stored");
    f.library.store().edit_tags(&ids, &edits, &|done| reported.set(done)).unwrap();
    assert_eq!(reported.get(), ids.len(), "the last report counts every claim");
}

#[test]
fn a_deleted_or_corrupt_index_is_rebuilt_with_the_same_results() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let library = Library::open(dir.path()).unwrap();
        import_text(&library, "harbour.txt", HARBOUR_ARTICLE, "Coastal Courier", "2026-03-04");
        let ids: Vec<i64> = query(&library, "parasite").hits.iter().map(|h| h.claim.id).collect();
        ids
    };
    std::fs::remove_dir_all(dir.path().join("index")).unwrap();
    let after: Vec<i64> =
        query(&Library::open(dir.path()).unwrap(), "parasite").hits.iter().map(|h| h.claim.id).collect();
    assert_eq!(before, after, "deleted index rebuilt");

    for entry in std::fs::read_dir(dir.path().join("index")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::write(&path, b"{ not json").unwrap();
        }
    }
    let corrupt: Vec<i64> =
        query(&Library::open(dir.path()).unwrap(), "parasite").hits.iter().map(|h| h.claim.id).collect();
    assert_eq!(before, corrupt, "corrupt index rebuilt");
}

/// Imports a note quoting "I. Solberg" and merges that speaker into
/// Ingrid Solberg (of the two test articles), as a user would.
fn import_note_by_initial_and_merge_it(library: &Library) -> dossier_core::model::Speaker {
    import_text(
        library,
        "short.txt",
        "Short note\n\n“Cages must get smaller,” said I. Solberg, a council director.",
        "Coastal Courier",
        "2026-10-01",
    );
    cmd::SpeakerMergeRequest { from: "I. Solberg".into(), into: "Ingrid Solberg".into() }.run(library).unwrap()
}

#[test]
fn speakers_are_one_record_across_articles_and_can_be_merged() {
    let f = with_two_articles();
    let list = cmd::SpeakersRequest { filter: Some("solberg".into()), ..Default::default() }.run(&f.library).unwrap();
    assert_eq!(list.speakers.len(), 1, "one record for both articles: {:?}", list.speakers);
    assert!(list.speakers[0].claims >= 2);
    assert_eq!(list.speakers[0].aliases, ["Solberg"], "a mention by surname is an alias, once");

    let merged = import_note_by_initial_and_merge_it(&f.library);
    assert_eq!(merged.name, "Ingrid Solberg");
    assert!(merged.aliases.iter().any(|a| a == "I. Solberg"), "{merged:?}");
    let hits = search(&f.library, SearchRequest { speaker: Some("I. Solberg".into()), ..Default::default() });
    assert!(hits.hits.iter().any(|h| h.claim.text.contains("Cages must get smaller")));
    assert!(hits.hits.iter().all(|h| h.claim.speaker.as_ref().unwrap().name == "Ingrid Solberg"));
}

#[test]
fn a_one_word_name_read_as_a_business_in_one_article_and_not_in_another_is_one_speaker() {
    let f = library();
    let plain = "Ferries idle\n\nVeltrona said the ferries would stay in port until Friday.";
    let business = "Ferry strike\n\nShares in Veltrona fell 5% on Monday. Veltrona said the strike would cost it £2m.";
    for (name, content, date) in [("plain.txt", plain, "2026-05-01"), ("business.txt", business, "2026-05-02")] {
        assert_eq!(import_text(&f.library, name, content, "Coastal Courier", date).imported.len(), 1);
    }
    let list = cmd::SpeakersRequest { filter: Some("veltrona".into()), ..Default::default() }.run(&f.library).unwrap();
    assert_eq!(list.speakers.len(), 1, "{:?}", list.speakers);
    assert_eq!(list.speakers[0].claims, 2);
    assert_eq!(list.speakers[0].kind, SpeakerKind::Organization, "the second article showed a business");
    // Both claims, the first article's too, are found as the organisation's.
    let hits = search(&f.library, SearchRequest { speaker: Some("Veltrona".into()), ..Default::default() });
    assert_eq!(hits.total, 2);
    for hit in &hits.hits {
        let speaker = hit.claim.speaker.as_ref().unwrap();
        assert_eq!((speaker.id, speaker.kind), (list.speakers[0].id, SpeakerKind::Organization), "{hit:?}");
    }
}

#[test]
fn a_passage_can_be_added_as_a_claim_by_hand() {
    let f = with_two_articles();
    let article_id = query(&f.library, "cap").hits[0].claim.article_id;
    let body = cmd::ArticleGetRequest { id: article_id }.run(&f.library).unwrap().article.body;
    let passage = "Norway will cap the number of fish per cage";
    let char_start = body[..body.find(passage).unwrap()].chars().count();
    let claim = cmd::ClaimAddRequest {
        article_id,
        char_start,
        char_end: char_start + passage.chars().count(),
        kind: Some("statement".into()),
        speaker: None,
        role: None,
    }
    .run(&f.library)
    .unwrap();
    assert!(claim.manual);
    assert_eq!(claim.text, passage);
    cmd::ReextractRequest {}.run(&f.library).unwrap();
    let claims = cmd::ClaimsListRequest { article_id }.run(&f.library).unwrap().claims;
    assert!(claims.iter().any(|c| c.manual && c.text == passage), "manual claims survive re-extraction");
}

#[test]
fn exports_every_matching_claim_with_its_context() {
    let f = with_two_articles();
    let export = |format| {
        cmd::ExportRequest { format, search: SearchRequest { query: "parasite".into(), ..Default::default() } }
            .run(&f.library)
            .unwrap()
    };
    let csv = export(ExportFormat::Csv);
    assert_eq!(csv.claims, 2);
    assert!(csv.content.starts_with("claim_id,kind,text,speaker,role"));
    assert!(csv.content.contains("Ingrid Solberg") && csv.content.contains("Fjord Weekly"));
    let json: serde_json::Value = serde_json::from_str(&export(ExportFormat::Json).content).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(json[0]["article"]["title"].is_string());
    let markdown = export(ExportFormat::Markdown).content;
    assert!(markdown.contains("> “") && markdown.contains("Ingrid Solberg, director of aquaculture"));
}

/// The streamed export lists exactly the claims a search pages through, in
/// the same order: by relevance, by date, and with no query (every claim).
#[test]
fn export_streams_the_claims_of_a_search_in_its_order() {
    let f = with_two_articles();
    for (query, sort) in
        [("parasite OR farms", SortOrder::Relevance), ("", SortOrder::Date), ("", SortOrder::Relevance)]
    {
        let request = SearchRequest { query: query.into(), sort, limit: Some(1_000), ..Default::default() };
        let searched: Vec<i64> = search(&f.library, request.clone()).hits.iter().map(|h| h.claim.id).collect();
        assert!(searched.len() > 1, "{query:?} finds several claims");
        let mut out = Vec::new();
        let exported =
            f.library.export_to(&cmd::ExportRequest { format: ExportFormat::Json, search: request }, &mut out).unwrap();
        let claims: Vec<serde_json::Value> = serde_json::from_slice(&out).unwrap();
        let ids: Vec<i64> = claims.iter().map(|c| c["id"].as_i64().unwrap()).collect();
        assert_eq!(ids, searched, "{query:?} sorted by {sort:?}");
        assert_eq!(exported, searched.len() as u64);
    }
}

#[test]
fn dispatch_by_name_answers_json_and_coded_errors() {
    let f = with_two_articles();
    let stats = cmd::dispatch(&f.library, "stats", serde_json::json!({})).unwrap();
    assert_eq!(stats["articles"], 2);
    let err = cmd::dispatch(&f.library, "no_such_command", serde_json::json!({})).unwrap_err();
    assert_eq!(err.code().as_str(), "unknown_command");
    let err = cmd::dispatch(&f.library, "article_get", serde_json::json!({"id": 999})).unwrap_err();
    assert_eq!(err.code().as_str(), "not_found");
    let err = cmd::dispatch(&f.library, "search", serde_json::json!({"limit": "ten"})).unwrap_err();
    assert_eq!(err.code().as_str(), "invalid_input");
    for name in cmd::COMMAND_NAMES {
        assert!(!name.is_empty());
    }
}

#[test]
fn web_pages_cannot_run_commands_that_take_file_paths() {
    let f = library();
    let outside = tempfile::tempdir().unwrap();
    let snapshot = outside.path().join("copy.sqlite");
    for (name, request) in [
        ("backup", serde_json::json!({ "path": snapshot })),
        ("restore", serde_json::json!({ "path": snapshot })),
        ("dump", serde_json::json!({ "path": snapshot })),
        ("load", serde_json::json!({ "path": snapshot })),
        ("import_paths", serde_json::json!({ "paths": [snapshot] })),
        ("job_start", serde_json::json!({ "command": "import_paths", "request": { "paths": [snapshot] } })),
    ] {
        let error = cmd::dispatch_for_web(&f.library, name, request).expect_err(name);
        let wire = dossier_core::error::WireError::from(&error);
        assert_eq!(wire.code, "forbidden", "{name}: {}", wire.message);
        assert!(wire.message.contains("command line"), "{name}: {}", wire.message);
    }
    assert!(!snapshot.exists(), "nothing was written");
    assert!(cmd::dispatch_for_web(&f.library, "stats", serde_json::Value::Null).is_ok(), "other commands run");
    cmd::dispatch(&f.library, "backup", serde_json::json!({ "path": snapshot })).expect("the CLI's dispatch runs it");
    assert!(snapshot.exists());
}

#[test]
fn jobs_run_long_commands_in_the_background_with_progress() {
    let f = with_two_articles();
    let started =
        cmd::JobStartRequest { command: "reindex".into(), request: serde_json::json!({}) }.run(&f.library).unwrap();
    let status = loop {
        let status = cmd::JobStatusRequest { job_id: started.job_id }.run(&f.library).unwrap();
        if status.state != JobState::Running {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    assert_eq!(status.state, JobState::Done, "{status:?}");
    assert!(status.result.unwrap()["claims"].as_u64().unwrap() >= 3);
    let refused = cmd::JobStartRequest { command: "stats".into(), request: serde_json::json!({}) }.run(&f.library);
    assert_eq!(refused.unwrap_err().code().as_str(), "invalid_input");
}

#[test]
fn samples_import_and_countries_view_counts_them() {
    let f = library();
    let report = cmd::ImportSamplesRequest {}.run(&f.library).unwrap();
    assert_eq!(report.imported.len(), dossier_core::samples::SAMPLES.len());
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let countries = cmd::CountriesRequest::default().run(&f.library).unwrap();
    assert!(countries.countries.len() >= 5);
    let top = &countries.countries[0];
    let detail = cmd::CountryDetailRequest { country: top.code.clone() }.run(&f.library).unwrap();
    assert_eq!(detail.country.claims, top.claims);
    assert_eq!(detail.timeline.iter().map(|m| m.claims).sum::<u64>(), top.claims);
    assert!(detail.co_tagged.iter().all(|c| c.code != top.code));
    let gazetteer = cmd::GazetteerRequest {}.run(&f.library).unwrap();
    assert!(gazetteer.countries.iter().any(|c| c.code == "JP" && c.demonyms.iter().any(|d| d == "Japanese")));
}

#[test]
fn extract_output_follows_the_documented_schema() {
    let line = serde_json::json!({"id": "a1", "text": HARBOUR_ARTICLE}).to_string();
    let output = serde_json::to_value(dossier_core::ingest::extract_line(&line).unwrap()).unwrap();
    assert_eq!(output["id"], "a1");
    let claims = output["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    let bytes = HARBOUR_ARTICLE.as_bytes();
    let chars: Vec<char> = HARBOUR_ARTICLE.chars().collect();
    for claim in claims {
        for key in ["kind", "text", "start", "end", "char_start", "char_end", "cue", "speaker", "countries"] {
            assert!(claim.get(key).is_some(), "claim has `{key}`: {claim}");
        }
        let (start, end) = (claim["start"].as_u64().unwrap() as usize, claim["end"].as_u64().unwrap() as usize);
        assert_eq!(std::str::from_utf8(&bytes[start..end]).unwrap(), claim["text"]);
        let (cs, ce) = (claim["char_start"].as_u64().unwrap() as usize, claim["char_end"].as_u64().unwrap() as usize);
        assert_eq!(chars[cs..ce].iter().collect::<String>(), claim["text"]);
        if let Some(speaker) = claim["speaker"].as_object() {
            for key in ["mention", "name", "role", "start", "end", "char_start", "char_end"] {
                assert!(speaker.contains_key(key), "speaker has `{key}`");
            }
        }
        for tag in claim["countries"].as_array().unwrap() {
            assert!(tag["code"].is_string() && tag["source"].is_string() && tag["evidence"].is_string());
        }
    }
    assert!(output["countries"].as_array().unwrap().iter().any(|c| c["code"] == "NO"));
    assert!(dossier_core::ingest::extract_line("{\"id\": 1}").is_err(), "a line without text is refused");
}

/// A generated article: a named speaker quoted once, with a word only this
/// article contains.
fn numbered_article(n: usize) -> String {
    format!(
        "Harbour report {n}\n\nThe harbour authority counted {n} ships this week.\n\n\
         “Traffic is steady and the quays are busy with lot{n} cargo,” said Marta Lindqvist, the harbour master.\n"
    )
}

#[test]
fn a_many_batch_import_indexes_every_batch() {
    let fixture = library();
    let articles = 1_300;
    let documents = (0..articles)
        .map(|n| Document { name: format!("harbour-{n}.txt"), content: numbered_article(n), format: None })
        .collect();
    let report = cmd::ImportDocumentsRequest { documents, metadata: cmd::Metadata::default() }
        .run(&fixture.library)
        .expect("import");
    assert_eq!(report.imported.len(), articles, "{:?}", report.failed);

    let stats = cmd::StatsRequest {}.run(&fixture.library).unwrap();
    assert_eq!(stats.claims, stats.indexed_claims, "every stored claim is searchable");
    assert_eq!(query(&fixture.library, "quays").total, articles as u64);
    for n in [0, 511, 512, 1_299] {
        let hits = query(&fixture.library, &format!("lot{n}")).hits;
        assert_eq!(hits.len(), 1, "article {n}");
        assert!(hits[0].claim.article.title.ends_with(&format!(" {n}")));
    }
}

#[test]
fn an_import_stopped_before_its_index_commit_is_caught_up_on_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let library = Library::open(dir.path()).unwrap();
        let session = library.index().write_session().unwrap();
        let body = numbered_article(7);
        let record = dossier_import::ArticleRecord {
            item: "harbour-7.txt".into(),
            source_id: None,
            title: "Harbour report 7".into(),
            body,
            outlet: None,
            author: None,
            url: None,
            published: None,
        };
        let analyzed = dossier_core::ingest::analyze(record);
        library.store().insert_articles(&[analyzed], chrono::Utc::now()).unwrap();
        library.catch_up_index(false).unwrap();
        assert!(!library.index().is_current(library.store()).unwrap(), "a session commits later, not per batch");
        // The process ends here without `session.finish()`: the documents
        // written above were never committed.
        drop(session);
    }
    let reopened = Library::open(dir.path()).unwrap();
    assert_eq!(query(&reopened, "lot7").total, 1, "the stored article is searchable after reopening");
}

/// Every claim the index holds, by id, as its stored view shows it.
fn indexed_claims(library: &Library) -> Vec<dossier_core::model::Claim> {
    let filters = dossier_core::index::SearchFilters::default();
    let mut claims: Vec<_> = library
        .index()
        .all_hits("", &filters, SortOrder::Relevance)
        .unwrap()
        .collect::<dossier_core::Result<_>>()
        .unwrap();
    claims.sort_by_key(|claim| claim.id);
    claims
}

#[test]
fn an_import_indexes_its_claims_exactly_as_a_rebuild_from_the_database_does() {
    let f = with_two_articles();
    import_paths(
        &f.library,
        &["chip-materials-pact.md", "port-strike-mombasa.txt", "rainforest-fund.html", "wire-feed.jsonl"],
    );
    // A speaker merged into another, and one stored under another spelling
    // of the same name: the import must show the library's names.
    import_note_by_initial_and_merge_it(&f.library);
    import_text(
        &f.library,
        "later.txt",
        "Later note\n\n“Nets must get finer,” said I. Solberg, a council director.\n\n\
         Exports to Japan fell by a fifth, according to Japan’s Fisheries Agency.",
        "Coastal Courier",
        "2026-10-02",
    );
    import_text(
        &f.library,
        "latest.txt",
        "Latest note\n\nImports of salmon rose again, according to Japan's Fisheries Agency.",
        "Coastal Courier",
        "2026-10-03",
    );
    let imported = indexed_claims(&f.library);
    let merged = imported.iter().find(|c| c.text.contains("Nets must get finer")).expect("merged speaker's claim");
    assert_eq!(merged.speaker.as_ref().unwrap().name, "Ingrid Solberg", "{merged:?}");
    let respelled = imported.iter().find(|c| c.text.contains("Imports of salmon")).expect("respelled speaker's claim");
    assert_eq!(respelled.speaker.as_ref().unwrap().name, "Japan’s Fisheries Agency", "{respelled:?}");

    cmd::ReindexRequest {}.run(&f.library).unwrap();
    assert_eq!(indexed_claims(&f.library), imported);
}
