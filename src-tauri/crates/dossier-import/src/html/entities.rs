//! HTML character references: numeric (`&#8220;`, `&#x201C;`, with the
//! HTML5 remapping of Windows-1252 code points) and the named entities of
//! HTML 4 plus `&apos;`, which cover the characters news pages use. An
//! unknown name is left as written rather than guessed at.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Names of U+00A0..=U+00FF in order (HTML 4 Latin-1 entities).
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy",
    "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm",
    "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc",
    "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Names of U+0391..=U+03A9 and U+03B1..=U+03C9 (Greek), `None` for the gap.
const GREEK_UPPER: [&str; 25] = [
    "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi",
    "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega",
];
const GREEK_LOWER: [&str; 25] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
    "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
];

/// The remaining HTML 4 entities (markup-significant, typographic, symbols).
const OTHERS: [(&str, u32); 109] = [
    ("quot", 34),
    ("amp", 38),
    ("apos", 39),
    ("lt", 60),
    ("gt", 62),
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("thetasym", 977),
    ("upsih", 978),
    ("piv", 982),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("zwnj", 8204),
    ("zwj", 8205),
    ("lrm", 8206),
    ("rlm", 8207),
    ("hyphen", 8208),
    ("ndash", 8211),
    ("mdash", 8212),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("oline", 8254),
    ("frasl", 8260),
    ("euro", 8364),
    ("image", 8465),
    ("weierp", 8472),
    ("real", 8476),
    ("trade", 8482),
    ("alefsym", 8501),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("crarr", 8629),
    ("lArr", 8656),
    ("uArr", 8657),
    ("rArr", 8658),
    ("dArr", 8659),
    ("hArr", 8660),
    ("forall", 8704),
    ("part", 8706),
    ("exist", 8707),
    ("empty", 8709),
    ("nabla", 8711),
    ("isin", 8712),
    ("notin", 8713),
    ("ni", 8715),
    ("prod", 8719),
    ("sum", 8721),
    ("minus", 8722),
    ("lowast", 8727),
    ("radic", 8730),
    ("prop", 8733),
    ("infin", 8734),
    ("ang", 8736),
    ("and", 8743),
    ("or", 8744),
    ("cap", 8745),
    ("cup", 8746),
    ("int", 8747),
    ("there4", 8756),
    ("sim", 8764),
    ("cong", 8773),
    ("asymp", 8776),
    ("ne", 8800),
    ("equiv", 8801),
    ("le", 8804),
    ("ge", 8805),
    ("sub", 8834),
    ("sup", 8835),
    ("nsub", 8836),
    ("sube", 8838),
    ("supe", 8839),
    ("oplus", 8853),
    ("otimes", 8855),
    ("perp", 8869),
    ("sdot", 8901),
    ("lceil", 8968),
    ("rceil", 8969),
    ("lfloor", 8970),
    ("rfloor", 8971),
    ("lang", 9001),
    ("rang", 9002),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

/// Entities browsers still decode without the closing semicolon.
const LEGACY_WITHOUT_SEMICOLON: [&str; 7] = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"];

/// Longest entity name worth looking up.
const MAX_NAME_LEN: usize = 10;

/// Replaces character references with the characters they stand for.
pub(crate) fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match decode_reference(after) {
            Some((c, consumed)) => {
                out.push(c);
                rest = &after[consumed..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decodes the reference that follows an `&`; returns the character and how
/// many bytes it took (including a closing `;`).
fn decode_reference(after: &str) -> Option<(char, usize)> {
    if let Some(numeric) = after.strip_prefix('#') {
        let (radix, digits_start) = match numeric.as_bytes().first() {
            Some(b'x' | b'X') => (16, 1),
            _ => (10, 0),
        };
        let digits: &str = &numeric[digits_start..];
        let len = digits.bytes().take_while(|b| (*b as char).is_digit(radix)).count();
        if len == 0 {
            return None;
        }
        let value = digits[..len]
            .bytes()
            .fold(0u32, |acc, b| acc.saturating_mul(radix).saturating_add((b as char).to_digit(radix).unwrap_or(0)));
        let semicolon = usize::from(digits[len..].starts_with(';'));
        return Some((numeric_char(value), 1 + digits_start + len + semicolon));
    }
    let len = after.bytes().take(MAX_NAME_LEN + 1).take_while(u8::is_ascii_alphanumeric).count();
    if len == 0 || len > MAX_NAME_LEN {
        return None;
    }
    let name = &after[..len];
    if after[len..].starts_with(';') {
        let code = named_code_point(name)?;
        return Some((char::from_u32(code)?, len + 1));
    }
    let legacy = LEGACY_WITHOUT_SEMICOLON.iter().find(|legacy| name.starts_with(**legacy))?;
    Some((char::from_u32(named_code_point(legacy)?)?, legacy.len()))
}

/// The character a numeric reference stands for, as HTML5 decodes it:
/// Windows-1252 punctuation for 0x80..=0x9F, U+FFFD for NUL, surrogates
/// and values beyond Unicode.
fn numeric_char(value: u32) -> char {
    const CP1252: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let value = match value {
        0x80..=0x9F => CP1252[(value - 0x80) as usize],
        other => other,
    };
    if value == 0 {
        return char::REPLACEMENT_CHARACTER;
    }
    char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Looks a name up in one table built on first use, so a page full of
/// entities costs one hash lookup each.
fn named_code_point(name: &str) -> Option<u32> {
    static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let latin1 = LATIN1.iter().zip(0xA0..);
        let greek_upper = GREEK_UPPER.iter().zip(0x391..).filter(|(name, _)| !name.is_empty());
        let greek_lower = GREEK_LOWER.iter().zip(0x3B1..);
        let others = OTHERS.iter().map(|(name, code)| (name, *code));
        latin1.chain(greek_upper).chain(greek_lower).chain(others).map(|(name, code)| (*name, code)).collect()
    });
    table.get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named() {
        assert_eq!(
            decode_entities("Caf&eacute; &amp; &ldquo;bar&rdquo; &hellip; &nbsp;&euro;5"),
            "Café & “bar” … \u{a0}€5"
        );
        assert_eq!(decode_entities("&Omega;&omega;&yuml;&iexcl;&apos;"), "Ωωÿ¡'");
    }

    #[test]
    fn numeric() {
        assert_eq!(decode_entities("&#8220;Hi&#x201D; &#X41;&#65"), "“Hi” AA");
        assert_eq!(decode_entities("&#147;quoted&#148;"), "“quoted”", "Windows-1252 remap");
        assert_eq!(decode_entities("&#0;&#xD800;&#99999999999999;"), "\u{fffd}\u{fffd}\u{fffd}");
    }

    #[test]
    fn unknown_or_incomplete_stays() {
        assert_eq!(decode_entities("AT&T &bogus; & &#; &#x; &copy2026"), "AT&T &bogus; & &#; &#x; ©2026");
        assert_eq!(decode_entities("&amp &lt"), "& <");
        assert_eq!(decode_entities("&eacute"), "&eacute");
    }
}
