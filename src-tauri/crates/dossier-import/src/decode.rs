//! Bytes to clean text: refuses binary data, UTF-16 and invalid UTF-8 with a
//! message that says what is wrong, strips a byte-order mark and normalises
//! line ends to `\n`, so every format parser sees the same kind of text.

use crate::ImportError;

/// How much of the start of a file is inspected for control characters.
const SNIFF_BYTES: usize = 8 * 1024;

/// Control characters (other than tab, line feed, carriage return and form
/// feed) above this share of the sniffed bytes mean the file is binary.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// The UTF-8 byte-order mark some editors put in front of text.
const UTF8_BOM: &str = "\u{feff}";

/// Refuses bytes that are not text at all: UTF-16, or binary data (NUL
/// bytes anywhere, or a high share of control characters in the first
/// [`SNIFF_BYTES`]). Used on whole documents and on the start of streams.
pub(crate) fn refuse_non_text(item: &str, bytes: &[u8]) -> Result<(), ImportError> {
    if is_utf16(bytes) {
        return Err(ImportError::Utf16 { item: item.to_string() });
    }
    let binary = |reason| Err(ImportError::Binary { item: item.to_string(), reason });
    if bytes.contains(&0) {
        return binary("it contains NUL bytes");
    }
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = sample.iter().filter(|&&b| is_suspicious_control(b)).count();
    if !sample.is_empty() && controls as f64 / sample.len() as f64 > MAX_CONTROL_SHARE {
        return binary("too many control characters");
    }
    Ok(())
}

/// Control bytes that do not occur in ordinary text files.
fn is_suspicious_control(byte: u8) -> bool {
    (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c)) || byte == 0x7f
}

/// Whether the bytes start with a UTF-16 byte-order mark.
fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])
}

/// Checks and decodes one document: not empty, not binary, valid UTF-8.
/// Returns the text without BOM and with `\n` line ends.
pub(crate) fn decode_text(item: &str, bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty { item: item.to_string() });
    }
    refuse_non_text(item, bytes)?;
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ImportError::InvalidUtf8 { item: item.to_string(), offset: e.valid_up_to() })?;
    Ok(normalize_line_ends(text.strip_prefix(UTF8_BOM).unwrap_or(text)))
}

/// `\r\n` and lone `\r` become `\n`.
pub(crate) fn normalize_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_normalises_line_ends() {
        let text = decode_text("a", "\u{feff}one\r\ntwo\rthree\n".as_bytes()).unwrap();
        assert_eq!(text, "one\ntwo\nthree\n");
    }

    #[test]
    fn refuses_nul_bytes_anywhere() {
        let mut bytes = vec![b'a'; 20_000];
        bytes[15_000] = 0;
        let err = decode_text("x.txt", &bytes).unwrap_err();
        assert!(matches!(err, ImportError::Binary { reason: "it contains NUL bytes", .. }));
    }

    #[test]
    fn refuses_control_character_soup() {
        let bytes: Vec<u8> = (0..400).map(|i| if i % 3 == 0 { 0x01 } else { b'a' }).collect();
        let err = decode_text("x.txt", &bytes).unwrap_err();
        assert!(matches!(err, ImportError::Binary { reason: "too many control characters", .. }));
    }

    #[test]
    fn accepts_tabs_and_form_feeds() {
        assert_eq!(decode_text("a", b"a\tb\x0cc").unwrap(), "a\tb\x0cc");
    }

    #[test]
    fn reports_invalid_utf8_offset() {
        let err = decode_text("x.txt", b"caf\xe9 au lait").unwrap_err();
        assert!(matches!(err, ImportError::InvalidUtf8 { offset: 3, .. }), "{err}");
    }

    #[test]
    fn recognises_utf16() {
        let err = decode_text("x.txt", &[0xff, 0xfe, b'h', 0, b'i', 0]).unwrap_err();
        assert!(matches!(err, ImportError::Utf16 { .. }));
    }

    #[test]
    fn refuses_empty_input() {
        assert!(matches!(decode_text("x.txt", b"").unwrap_err(), ImportError::Empty { .. }));
    }
}
