//! Plain text: the whole file is the article; the title comes from the
//! user or, failing that, the first non-empty line (see `record`).

use crate::record::Draft;

/// A plain-text document as a draft (no metadata of its own).
pub(crate) fn parse_text(item: &str, text: &str) -> Draft {
    Draft { item: item.to_string(), body: text.to_string(), ..Draft::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::finish;
    use crate::Metadata;

    #[test]
    fn first_line_titles_the_rest() {
        let draft = parse_text("note.txt", "\n\nPort strike ends\n\nDockers in Mombasa returned to work.\n");
        let record = finish(draft, &Metadata::default()).unwrap();
        assert_eq!(record.item, "note.txt");
        assert_eq!(record.title, "Port strike ends");
        assert_eq!(record.body, "Dockers in Mombasa returned to work.");
        assert_eq!(record.outlet, None);
    }
}
