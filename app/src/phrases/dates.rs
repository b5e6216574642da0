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
}
