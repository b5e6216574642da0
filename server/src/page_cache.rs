//! Rendered copies of the pages that are the same for every anonymous visitor.
//!
//! The landing page and the wizard's first step read nothing from the request but their
//! language (the remembered-language cookie, else `Accept-Language`), and nothing from the
//! database. Rendering one costs several times what serving a stored copy does (see the
//! README's Performance section), so each is rendered once per page and language inputs and
//! then served from memory. The only part that must differ per response is the script nonce:
//! the copy is stored cut at the nonce it was rendered with, and each response joins the
//! pieces with a fresh one.
//!
//! Anything else renders as before: other pages, a query string, a request with a session
//! cookie (sessions may refresh their cookie on any response), an unusual language cookie.
//! A response is stored only when it is a complete 200 HTML page that sets no cookie.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;

use crate::language::LOCALE_COOKIE;
use crate::sessions::SESSION_COOKIE;

/// The pages whose HTML depends on nothing but the language.
const SAME_FOR_EVERY_VISITOR: [&str; 2] = ["/", "/apply"];
/// Enough for each page in each language with the `Accept-Language` values browsers send;
/// past it, pages are rendered for each request, as without the cache.
const MAX_COPIES: usize = 64;
/// Longer `Accept-Language` values are not keyed (no browser sends one this long).
const MAX_KEYED_HEADER_BYTES: usize = 256;
/// A page of ours is some tens of kilobytes; a render larger than this is not kept.
const MAX_PAGE_BYTES: usize = 1 << 20;

/// The stored copies; `disabled` renders every request (`PAGE_CACHE=off`, to measure renders).
#[derive(Debug, Default)]
pub struct PageCache {
    disabled: bool,
    copies: RwLock<HashMap<CopyKey, Arc<StoredPage>>>,
}

/// Every request input the cached pages read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CopyKey {
    path: &'static str,
    locale_cookie: Option<&'static str>,
    accept_language: Option<HeaderValue>,
}

#[derive(Debug)]
struct StoredPage {
    headers: HeaderMap,
    /// The page cut where the render's nonce was.
    pieces: Vec<Bytes>,
}

/// The nonce a page is to be rendered with, so the stored copy can be cut at it. The page
/// routes' context hands it to Leptos ([`provide_planned_nonce`]).
#[derive(Debug, Clone)]
struct PlannedNonce(Nonce);

impl PageCache {
    pub fn new(enabled: bool) -> Self {
        Self { disabled: !enabled, copies: RwLock::default() }
    }

    /// How many copies are stored.
    pub fn count(&self) -> usize {
        self.copies.read().map_or(0, |copies| copies.len())
    }

    fn get(&self, key: &CopyKey) -> Option<Arc<StoredPage>> {
        self.copies.read().ok()?.get(key).cloned()
    }

    fn keep(&self, key: CopyKey, page: StoredPage) {
        if let Ok(mut copies) = self.copies.write()
            && copies.len() < MAX_COPIES
        {
            copies.insert(key, Arc::new(page));
        }
    }
}

/// Middleware: serves a stored copy when there is one for the request, else renders and
/// keeps the result when it may be kept.
pub async fn serve_stored_pages(
    State(cache): State<Arc<PageCache>>,
    mut request: Request,
    next: Next,
) -> Response {
    if cache.disabled {
        return next.run(request).await;
    }
    let Some(key) = copy_key(&request) else {
        return next.run(request).await;
    };
    let nonce = Nonce::new();
    if let Some(page) = cache.get(&key) {
        return page.response(&nonce);
    }
    request.extensions_mut().insert(PlannedNonce(nonce.clone()));
    let response = next.run(request).await;
    if !may_keep(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let html = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(html) => html,
        Err(error) => {
            // The render failed part-way (or outgrew the limit): the page is not complete.
            tracing::error!(%error, path = key.path, "rendering a page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let page = StoredPage { headers: parts.headers.clone(), pieces: cut_at(&html, nonce.as_inner()) };
    cache.keep(key, page);
    Response::from_parts(parts, Body::from(html))
}

/// In the page routes' context: a page the cache will keep is rendered with the nonce the
/// cache chose (Leptos has already provided a random one, which this replaces).
pub fn provide_planned_nonce() {
    let planned = leptos::prelude::with_context::<axum::http::request::Parts, _>(|parts| {
        parts.extensions.get::<PlannedNonce>().map(|planned| planned.0.clone())
    })
    .flatten();
    if let Some(nonce) = planned {
        leptos::prelude::provide_context(nonce);
    }
}

/// The copy a request may be served from, or none when the page must be rendered for it.
fn copy_key(request: &Request) -> Option<CopyKey> {
    if request.method() != Method::GET || request.uri().query().is_some() {
        return None;
    }
    let path = SAME_FOR_EVERY_VISITOR.into_iter().find(|page| *page == request.uri().path())?;
    let locale_cookie = locale_cookie(request.headers())?;
    let mut accepted = request.headers().get_all(header::ACCEPT_LANGUAGE).iter();
    let accept_language = match (accepted.next(), accepted.next()) {
        (None, _) => None,
        (Some(value), None) if value.len() <= MAX_KEYED_HEADER_BYTES => Some(value.clone()),
        _ => return None,
    };
    Some(CopyKey { path, locale_cookie, accept_language })
}

/// `Some(None)`: no language cookie; `Some(Some("zh"))`: one, with a language the site has;
/// `None` when the request must be rendered: a session cookie, or a language cookie that is
/// repeated, unknown or written oddly (whatever Leptos would make of it is left to Leptos).
fn locale_cookie(headers: &HeaderMap) -> Option<Option<&'static str>> {
    let mut found = None;
    for line in headers.get_all(header::COOKIE) {
        let line = line.to_str().ok()?;
        if line.contains(SESSION_COOKIE) {
            return None;
        }
        for pair in line.split(';') {
            let pair = pair.trim();
            if !pair.contains(LOCALE_COOKIE) {
                continue;
            }
            let locale = match pair.strip_prefix(LOCALE_COOKIE)?.strip_prefix('=')? {
                "en" => "en",
                "zh" => "zh",
                _ => return None,
            };
            if found.replace(locale).is_some() {
                return None;
            }
        }
    }
    Some(found)
}

/// A complete page that sets nothing for this visitor only.
fn may_keep(response: &Response) -> bool {
    response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"))
}

fn cut_at(html: &Bytes, nonce: &str) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let needle = nonce.as_bytes();
    while let Some(offset) = html[start..].windows(needle.len()).position(|window| window == needle) {
        pieces.push(html.slice(start..start + offset));
        start += offset + needle.len();
    }
    pieces.push(html.slice(start..));
    pieces
}

impl StoredPage {
    fn response(&self, nonce: &Nonce) -> Response {
        let nonce = nonce.as_bytes();
        let length =
            self.pieces.iter().map(Bytes::len).sum::<usize>() + nonce.len() * (self.pieces.len() - 1);
        let mut html = Vec::with_capacity(length);
        for (index, piece) in self.pieces.iter().enumerate() {
            if index > 0 {
                html.extend_from_slice(nonce);
            }
            html.extend_from_slice(piece);
        }
        let mut response = Response::new(Body::from(html));
        *response.headers_mut() = self.headers.clone();
        response
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::{cut_at, locale_cookie};

    fn cookies(lines: &[&'static str]) -> HeaderMap {
        lines.iter().map(|line| (header::COOKIE, HeaderValue::from_static(line))).collect()
    }

    #[test]
    fn a_page_is_cut_at_every_occurrence_of_its_nonce() {
        let html = Bytes::from_static(b"<meta nonce-AB><script nonce=\"AB\">x</script>AB");
        let pieces = cut_at(&html, "AB");
        assert_eq!(pieces, ["<meta nonce-", "><script nonce=\"", "\">x</script>", ""]);
        assert_eq!(cut_at(&Bytes::from_static(b"no nonce"), "AB"), ["no nonce"]);
    }

    #[test]
    fn only_a_single_well_formed_language_cookie_is_keyed() {
        assert_eq!(locale_cookie(&HeaderMap::new()), Some(None));
        assert_eq!(locale_cookie(&cookies(&["theme=dark"])), Some(None));
        assert_eq!(locale_cookie(&cookies(&["theme=dark; i18n_pref_locale=zh"])), Some(Some("zh")));
        assert_eq!(locale_cookie(&cookies(&["i18n_pref_locale=en"])), Some(Some("en")));
        assert_eq!(locale_cookie(&cookies(&["i18n_pref_locale=fr"])), None);
        assert_eq!(locale_cookie(&cookies(&["i18n_pref_locale=en", "i18n_pref_locale=zh"])), None);
        assert_eq!(locale_cookie(&cookies(&["i18n_pref_locale =zh"])), None);
        assert_eq!(locale_cookie(&cookies(&["portal_session=abc; i18n_pref_locale=zh"])), None);
    }
}
