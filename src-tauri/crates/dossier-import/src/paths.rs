//! Expands the paths a user names into the files to import: folders are
//! walked recursively in sorted order so a batch is reproducible, hidden
//! files and folders are skipped, and inside folders only files of a known
//! format are taken (an explicitly named file is always taken).

use crate::{Format, ImportError};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The path that means standard input.
pub const STDIN: &str = "-";

/// Expands the user's paths: folders recursively (sorted, hidden files
/// skipped, only known extensions), files as given, `-` kept for stdin.
/// A path that cannot be read is one `Err` naming it; the rest go on.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<PathBuf, ImportError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == STDIN {
            out.push(Ok(path.clone()));
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_folder(path, &mut out),
            Ok(_) => out.push(Ok(path.clone())),
            Err(source) => out.push(Err(ImportError::Io { item: path.display().to_string(), source })),
        }
    }
    out
}

/// Walks a folder without recursion (an explicit stack), never entering the
/// same real folder twice so symlink loops end.
fn walk_folder(root: &Path, out: &mut Vec<Result<PathBuf, ImportError>>) {
    let mut visited = HashSet::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let real = std::fs::canonicalize(&folder).unwrap_or_else(|_| folder.clone());
        if !visited.insert(real) {
            continue;
        }
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(source) => {
                out.push(Err(ImportError::Io { item: folder.display().to_string(), source }));
                continue;
            }
        };
        let mut files = Vec::new();
        let mut subfolders = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(source) => {
                    out.push(Err(ImportError::Io { item: folder.display().to_string(), source }));
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => subfolders.push(path),
                Ok(_) if Format::from_path(&path).is_some() => files.push(path),
                Ok(_) => {}
                Err(source) => out.push(Err(ImportError::Io { item: path.display().to_string(), source })),
            }
        }
        files.sort();
        subfolders.sort();
        out.extend(files.into_iter().map(Ok));
        // Reversed so the stack pops subfolders in sorted order.
        pending.extend(subfolders.into_iter().rev());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_sorted_skipping_hidden_and_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.txt",
            "a.md",
            "notes.docx",
            ".hidden.txt",
            "sub/c.html",
            "sub/z.jsonl",
            ".git/x.txt",
            "sub/deeper/d.json",
        ] {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let got: Vec<String> = expand_paths(&[root.to_path_buf()])
            .into_iter()
            .map(|r| r.unwrap().strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(got, ["a.md", "b.txt", "sub/c.html", "sub/z.jsonl", "sub/deeper/d.json"]);
    }

    #[test]
    fn named_files_stdin_and_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("article.body");
        std::fs::write(&odd, "x").unwrap();
        let missing = dir.path().join("missing.txt");
        let got = expand_paths(&[odd.clone(), PathBuf::from("-"), missing.clone()]);
        assert_eq!(got[0].as_ref().unwrap(), &odd);
        assert_eq!(got[1].as_ref().unwrap(), &PathBuf::from("-"));
        let err = got[2].as_ref().unwrap_err();
        assert_eq!(err.item(), missing.display().to_string());
        assert!(err.to_string().contains("cannot read"));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/x.txt"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
        let got = expand_paths(&[dir.path().to_path_buf()]);
        assert_eq!(got.len(), 1);
    }
}
