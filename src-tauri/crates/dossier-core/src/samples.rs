//! Sample articles shipped with Dossier (written for it), offered on first
//! run so that a new user sees the app working before importing anything.

/// `(file name, Markdown with front matter)` of each sample article.
pub const SAMPLES: &[(&str, &str)] = &[];
