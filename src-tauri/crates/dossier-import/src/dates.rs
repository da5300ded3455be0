//! Publication dates as news sources write them: ISO 8601 dates and
//! date-times, RFC 2822 (e-mail and RSS), and the English forms
//! "November 28, 2026", "Nov. 28, 2026", "28 Nov 2026", "28 November 2026".
//!
//! A date-time keeps the calendar date written in its own offset: an article
//! stamped `2026-11-28T23:30:00-05:00` was published on the 28th where it was
//! published, even though it was already the 29th in UTC.

use chrono::{DateTime, Datelike, NaiveDate};

/// Parses a publication date; `None` when the text is not a date in one of
/// the supported forms, or names a year outside 1000–9999 (which no
/// publication date has, and which would not survive a round trip through
/// `YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    parse_iso(text)
        .or_else(|| DateTime::parse_from_rfc2822(text).ok().map(|dt| dt.date_naive()))
        .or_else(|| parse_written(text))
        .filter(|date| (1000..=9999).contains(&date.year()))
}

/// `2026-11-28`, `2026/11/28`, `20261128`, or an ISO date followed by a time
/// (`T` or a space, then a digit). The time and offset are not needed for
/// the date but are checked when they form a full RFC 3339 stamp.
fn parse_iso(text: &str) -> Option<NaiveDate> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.date_naive());
    }
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(text, "%Y%m%d").ok();
    }
    let date_part = text.get(..10)?;
    let rest = &text[10..];
    let time_follows = {
        let mut chars = rest.chars();
        matches!(chars.next(), Some('T' | 't' | ' ')) && chars.next().is_some_and(|c| c.is_ascii_digit())
    };
    if !rest.is_empty() && !time_follows {
        return None;
    }
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(date_part, "%Y/%m/%d")).ok()
}

/// English written dates, month first or day first, with or without commas,
/// abbreviation periods, a leading weekday or a trailing time.
fn parse_written(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(first) if is_weekday(first) => &words[1..],
        _ => &words[..],
    };
    let [a, b, c, ..] = words else {
        return None;
    };
    let (month, day) = match (month_number(a), month_number(b)) {
        (Some(month), _) => (month, day_number(b)?),
        (None, Some(month)) => (month, day_number(a)?),
        (None, None) => return None,
    };
    let year: i32 = c.parse().ok().filter(|y| (1000..=9999).contains(y))?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `28`, `28th`, `1st`, `2nd`, `3rd`.
fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Month names and their usual abbreviations ("Sept" included).
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    if word == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == word || (word.len() == 3 && m.starts_with(word.as_str()))).map(|i| i as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let word = word.to_ascii_lowercase();
    DAYS.iter().any(|d| *d == word || (word.len() == 3 && d.starts_with(word.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nov28() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 11, 28)
    }

    #[test]
    fn iso_date() {
        assert_eq!(parse_date("2026-11-28"), nov28());
        assert_eq!(parse_date(" 2026/11/28 "), nov28());
        assert_eq!(parse_date("20261128"), nov28());
    }

    #[test]
    fn iso_datetime_keeps_the_local_date() {
        assert_eq!(parse_date("2026-11-28T23:30:00-05:00"), nov28());
        assert_eq!(parse_date("2026-11-28T08:15:00Z"), nov28());
        assert_eq!(parse_date("2026-11-28T08:15:00.250+09:00"), nov28());
        assert_eq!(parse_date("2026-11-28T08:15"), nov28());
        assert_eq!(parse_date("2026-11-28 08:15:00"), nov28());
    }

    #[test]
    fn rfc2822() {
        assert_eq!(parse_date("Sat, 28 Nov 2026 09:30:00 +0100"), nov28());
        assert_eq!(parse_date("28 Nov 2026 22:00:00 -0800"), nov28());
    }

    #[test]
    fn month_first() {
        assert_eq!(parse_date("November 28, 2026"), nov28());
        assert_eq!(parse_date("Nov. 28, 2026"), nov28());
        assert_eq!(parse_date("Nov 28 2026"), nov28());
        assert_eq!(parse_date("Saturday, November 28, 2026"), nov28());
        assert_eq!(parse_date("Sept. 3, 2026"), NaiveDate::from_ymd_opt(2026, 9, 3));
        assert_eq!(parse_date("November 28th, 2026"), nov28());
    }

    #[test]
    fn day_first() {
        assert_eq!(parse_date("28 Nov 2026"), nov28());
        assert_eq!(parse_date("28 November 2026"), nov28());
        assert_eq!(parse_date("28 Nov. 2026"), nov28());
    }

    #[test]
    fn rejects_non_dates() {
        for text in [
            "",
            "yesterday",
            "2026-13-01",
            "2026-11-28garbage",
            "February 30, 2026",
            "28 Foo 2026",
            "11/28/2026",
            "Nov 28",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        assert_eq!(parse_date("２０２６年１１月２８日"), None);
        assert_eq!(parse_date("2026-11-2é"), None);
        assert_eq!(parse_date("-999-01-01"), None);
        assert_eq!(parse_date("0999-01-01"), None);
    }
}
