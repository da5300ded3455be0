//! Measuring the tagger against a gold corpus (LGL format: one JSON article
//! a line with `id`, `title`, `text` and the gold set `countries_iso2`):
//! micro precision, recall and F1 over (article, country) pairs.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::BufRead;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{tag_article, Error};

/// One gold article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldArticle {
    /// The article's id in the corpus.
    pub id: String,
    /// Headline (may be empty).
    pub title: String,
    /// Body text.
    pub text: String,
    /// Publication date, when the corpus gives one (`date` or `published`).
    pub date: Option<NaiveDate>,
    /// The gold set of ISO 3166-1 alpha-2 codes.
    pub countries: BTreeSet<String>,
}

#[derive(Deserialize)]
struct GoldRecord {
    id: serde_json::Value,
    #[serde(default)]
    title: String,
    text: String,
    #[serde(default, alias = "published")]
    date: Option<String>,
    countries_iso2: Vec<String>,
}

/// Reads a gold file; a bad line is an error naming `file:line`.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>, Error> {
    let read_error = |source| Error::Read { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut articles = Vec::new();
    for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(read_error)?;
        if line.trim().is_empty() {
            continue;
        }
        let record: GoldRecord = serde_json::from_str(&line).map_err(|e| Error::Record {
            path: path.to_path_buf(),
            line: index + 1,
            reason: e.to_string(),
        })?;
        let id = match record.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        let date =
            record.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
        articles.push(GoldArticle {
            id,
            title: record.title,
            text: record.text,
            date,
            countries: record.countries_iso2.into_iter().map(|c| c.to_uppercase()).collect(),
        });
    }
    if articles.is_empty() {
        return Err(Error::Empty { path: path.to_path_buf() });
    }
    Ok(articles)
}

/// Errors on one country, over the whole corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CountryErrors {
    /// Articles where the country was predicted and is in the gold set.
    pub true_positives: usize,
    /// Predicted, not in the gold set.
    pub false_positives: usize,
    /// In the gold set, not predicted.
    pub false_negatives: usize,
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryEvalReport {
    /// Articles evaluated.
    pub articles: usize,
    /// (article, country) pairs predicted and gold.
    pub true_positives: usize,
    /// Pairs predicted, not gold.
    pub false_positives: usize,
    /// Pairs gold, not predicted.
    pub false_negatives: usize,
    /// Micro precision.
    pub precision: f64,
    /// Micro recall.
    pub recall: f64,
    /// Micro F1.
    pub f1: f64,
    /// The same counts per country, by code.
    pub per_country: BTreeMap<String, CountryErrors>,
}

/// The predicted country set of one article.
pub fn predict(article: &GoldArticle) -> BTreeSet<String> {
    tag_article(&article.title, &article.text, article.date, &[])
        .countries
        .into_iter()
        .map(|c| c.code.to_string())
        .collect()
}

/// Scores the tagger on gold articles.
pub fn evaluate(articles: &[GoldArticle]) -> CountryEvalReport {
    let mut per_country: BTreeMap<String, CountryErrors> = BTreeMap::new();
    for article in articles {
        let predicted = predict(article);
        for code in predicted.union(&article.countries) {
            let errors = per_country.entry(code.clone()).or_default();
            match (predicted.contains(code), article.countries.contains(code)) {
                (true, true) => errors.true_positives += 1,
                (true, false) => errors.false_positives += 1,
                _ => errors.false_negatives += 1,
            }
        }
    }
    let sum = |f: fn(&CountryErrors) -> usize| per_country.values().map(f).sum::<usize>();
    let (tp, fp, false_negatives) = (sum(|e| e.true_positives), sum(|e| e.false_positives), sum(|e| e.false_negatives));
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + false_negatives);
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    CountryEvalReport {
        articles: articles.len(),
        true_positives: tp,
        false_positives: fp,
        false_negatives,
        precision,
        recall,
        f1,
        per_country,
    }
}

/// Reads a gold file and scores the tagger on it.
pub fn evaluate_file(path: &Path) -> Result<CountryEvalReport, Error> {
    Ok(evaluate(&read_gold(path)?))
}

impl fmt::Display for CountryEvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "articles: {}", self.articles)?;
        writeln!(
            f,
            "pairs: {} true positives, {} false positives, {} false negatives",
            self.true_positives, self.false_positives, self.false_negatives
        )?;
        writeln!(f, "precision {:.3}  recall {:.3}  F1 {:.3}", self.precision, self.recall, self.f1)?;
        let mut worst: Vec<(&String, &CountryErrors)> =
            self.per_country.iter().filter(|(_, e)| e.false_positives + e.false_negatives > 0).collect();
        worst.sort_by_key(|(code, e)| (std::cmp::Reverse(e.false_positives + e.false_negatives), code.as_str()));
        if !worst.is_empty() {
            write!(f, "most errors:")?;
            for (code, e) in worst.iter().take(10) {
                write!(f, " {code} (+{} -{})", e.false_positives, e.false_negatives)?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, gold: &[&str]) -> GoldArticle {
        GoldArticle {
            id: "t".into(),
            title: String::new(),
            text: text.into(),
            date: None,
            countries: gold.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn micro_scores_count_article_country_pairs() {
        let articles = [
            article("Flooding closed roads across Ohio and Kentucky.", &["US"]),
            article("Talks between Egypt and Israel resumed in Cairo.", &["EG", "IL", "PS"]),
        ];
        let report = evaluate(&articles);
        assert_eq!((report.true_positives, report.false_positives, report.false_negatives), (3, 0, 1));
        assert!((report.precision - 1.0).abs() < 1e-9);
        assert!((report.recall - 0.75).abs() < 1e-9);
        assert_eq!(report.per_country["PS"].false_negatives, 1);
        assert!(report.to_string().contains("F1 0.857"));
    }

    #[test]
    fn bad_line_names_file_and_line() {
        let dir = std::env::temp_dir().join(format!("dossier-countries-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.jsonl");
        std::fs::write(&path, "{\"id\": 1, \"text\": \"Rain in Peru.\", \"countries_iso2\": [\"PE\"]}\nnot json\n")
            .unwrap();
        let message = read_gold(&path).unwrap_err().to_string();
        assert!(message.contains("gold.jsonl:2"), "{message}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
