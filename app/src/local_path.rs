//! Where a sign-in or a language switch may send the browser next: a path on this site
//! only. The one rule for every place that follows a `next` (an open redirect otherwise).

/// How often a path is percent-decoded while looking for a disguised host: more layers
/// than this are refused, not followed.
const DECODINGS: usize = 3;

/// `raw` if it is a path on this site: `/…`, and neither it nor any percent-decoding of it
/// begins `//` or `/\` (which browsers read as another host) or holds a backslash or a
/// control character (browsers drop tabs and newlines, so `/\t/evil.example` becomes
/// `//evil.example`); `raw` itself holds no whitespace either (an encoded space, `%20`, is
/// fine). Absolute URLs do not begin with `/` and are refused too.
pub fn local_path(raw: &str) -> Option<&str> {
    if raw.chars().any(char::is_whitespace) {
        return None;
    }
    let mut layer = std::borrow::Cow::Borrowed(raw);
    for _ in 0..=DECODINGS {
        if !is_plain_local_path(&layer) {
            return None;
        }
        let decoded = percent_encoding::percent_decode_str(&layer).decode_utf8().ok()?;
        if decoded == layer {
            return Some(raw);
        }
        layer = std::borrow::Cow::Owned(decoded.into_owned());
    }
    None
}

/// `raw`'s local path, or `fallback` when it is not one.
pub fn local_path_or<'a>(raw: Option<&'a str>, fallback: &'a str) -> &'a str {
    raw.and_then(local_path).unwrap_or(fallback)
}

fn is_plain_local_path(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !path.chars().any(|c| c == '\\' || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn paths_on_this_site_are_followed() {
        for path in
            ["/", "/review", "/review/queue?status=submitted&page=2", "/status/BK-1?token=ab", "/a%20b"]
        {
            assert_eq!(local_path(path), Some(path), "{path}");
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_not() {
        for path in [
            "",
            "review",
            "https://evil.example",
            "http:/evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%0a/evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/%252F/evil.example",
            "/%25252F/evil.example",
            "/\r\nSet-Cookie: x",
            "/ /evil.example",
            "/review\\..\\evil",
            "/%ff",
        ] {
            assert_eq!(local_path(path), None, "{path:?}");
        }
    }
}
