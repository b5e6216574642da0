use crate::i18n::Locale;

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A stored UTC date (`YYYY-MM-DD`) as people of `locale` write it: `26 Nov 2026`,
/// `2026年11月26日`. Anything else is shown as stored.
pub fn date_text(locale: Locale, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let Some(name) = month.checked_sub(1).and_then(|m| MONTHS.get(m as usize)) else {
        return iso.to_owned();
    };
    match locale {
        Locale::en => format!("{day} {name} {year}"),
        Locale::zh => format!("{year}年{month}月{day}日"),
    }
}

/// A stored time (RFC 3339, UTC) as people of `locale` read it: `29 Nov 2026, 16:04`,
/// `2026年11月29日 16:04` (UTC, as stored: the pages are rendered on the server, which does
/// not know the reader's zone; the `<time>` element keeps the exact value). Anything else is
/// shown as stored.
pub fn time_text(locale: Locale, stored: &str) -> String {
    let (date, clock) = stored.split_once('T').unwrap_or((stored, ""));
    let day = date_text(locale, date);
    // The date reads back unchanged only when it is not a date.
    if day == date {
        return stored.to_owned();
    }
    let hours_minutes = clock.get(..5).unwrap_or_default();
    match locale {
        Locale::en => format!("{day}, {hours_minutes}"),
        Locale::zh => format!("{day} {hours_minutes}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(date_text(Locale::en, "2026-11-06"), "6 Nov 2026");
        assert_eq!(date_text(Locale::zh, "2026-11-06"), "2026年11月6日");
        assert_eq!(date_text(Locale::en, "soon"), "soon");
        assert_eq!(date_text(Locale::en, "2026-13-01"), "2026-13-01");
    }

    #[test]
    fn times_read_as_each_language_writes_them() {
        assert_eq!(time_text(Locale::en, "2026-11-29T16:04:49.717500511Z"), "29 Nov 2026, 16:04");
        assert_eq!(time_text(Locale::zh, "2026-11-29T16:04:49Z"), "2026年11月29日 16:04");
        assert_eq!(time_text(Locale::en, "soon"), "soon");
    }
}
