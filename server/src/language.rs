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
    let target = next.filter(|n| is_local_path(n)).unwrap_or_else(|| "/".to_owned());
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, target)]).into_response()
}

/// Only paths on this site: `/x`, never `//host` or `/\host`, which browsers treat as
/// another site (an open redirect).
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/review?x=1"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/\r\nSet-Cookie: x"));
    }
}
