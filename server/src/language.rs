//! `GET /lang/{locale}?next=/path`: remembers the reader's language and goes back.

use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The cookie leptos_i18n reads to resolve the locale before Accept-Language.
const LOCALE_COOKIE: &str = "i18n_pref_locale";
const ONE_YEAR_SECONDS: u32 = 365 * 24 * 60 * 60;

#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn switch(Path(locale): Path<String>, Query(Next { next }): Query<Next>) -> Response {
    if !matches!(locale.as_str(), "en" | "zh") {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    }
    let cookie = format!("{LOCALE_COOKIE}={locale}; Path=/; Max-Age={ONE_YEAR_SECONDS}; SameSite=Lax");
    let target = app::local_path::local_path_or(next.as_deref(), "/").to_owned();
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, target)]).into_response()
}

/// The language a request's reader prefers, `en` or `zh`: the remembered choice (the
/// cookie the language switch sets), else the browser's Accept-Language, else English. Pages
/// are rendered in it and the applicant's messages are written in it.
pub fn preferred(headers: &header::HeaderMap) -> &'static str {
    let cookies = headers.get_all(header::COOKIE).iter().filter_map(|value| value.to_str().ok());
    for pair in cookies.flat_map(|line| line.split(';')) {
        match pair.trim().split_once('=') {
            Some((LOCALE_COOKIE, "zh")) => return "zh",
            Some((LOCALE_COOKIE, "en")) => return "en",
            _ => {}
        }
    }
    let accepted = headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()).unwrap_or("");
    let mut best = ("en", 0.0_f32);
    for entry in accepted.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
            .unwrap_or(1.0);
        let language = match tag.split('-').next() {
            Some("zh") => "zh",
            Some("en") => "en",
            _ => continue,
        };
        if weight > best.1 {
            best = (language, weight);
        }
    }
    best.0
}

/// In a page's context: the language it is rendered in, chosen by [`preferred`].
pub fn provide_reader_language() {
    let language =
        leptos::prelude::with_context::<axum::http::request::Parts, _>(|parts| preferred(&parts.headers));
    leptos::prelude::provide_context(app::server::ReaderLanguage(language.unwrap_or("en")));
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::preferred;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), HeaderValue::from_static(value))).collect()
    }

    #[test]
    fn the_remembered_language_wins_then_the_browsers_most_wanted() {
        assert_eq!(preferred(&headers(&[])), "en");
        assert_eq!(preferred(&headers(&[(header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")])), "zh");
        assert_eq!(preferred(&headers(&[(header::ACCEPT_LANGUAGE, "fr, en;q=0.4, zh-TW;q=0.7")])), "zh");
        assert_eq!(preferred(&headers(&[(header::ACCEPT_LANGUAGE, "de, en-GB;q=0.9")])), "en");
        let both = [(header::COOKIE, "a=1; i18n_pref_locale=en"), (header::ACCEPT_LANGUAGE, "zh")];
        assert_eq!(preferred(&headers(&both)), "en");
    }
}
