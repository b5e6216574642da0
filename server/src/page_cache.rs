//! Rendered copies of the pages that are the same for every anonymous visitor.
//!
//! The landing page and the wizard's first step read nothing from the request but the
//! language the server chose for the reader ([`crate::language::preferred`], which the render
//! is given and reads nothing else for), and nothing from the database. Rendering one costs
//! several times what serving a stored copy does (see the README's Performance section), so
//! each is rendered once per page and language and then served from memory. The only part that
//! must differ per response is the script nonce: the copy is stored cut at the nonce it was
//! rendered with, and each response joins the pieces with a fresh one.
//!
//! Anything else renders as before: other pages, a query string, a request with a session
//! cookie (sessions may refresh their cookie on any response). A response is stored only when
//! it is a complete 200 HTML page, in the language of its key, that sets no cookie.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;

use crate::language;
use crate::sessions::SESSION_COOKIE;

/// The pages whose HTML depends on nothing but the language.
const SAME_FOR_EVERY_VISITOR: [&str; 2] = ["/", "/apply"];
/// A page of ours is some tens of kilobytes; a render larger than this is not kept.
const MAX_PAGE_BYTES: usize = 1 << 20;

/// The stored copies; `disabled` renders every request (`PAGE_CACHE=off`, to measure renders).
#[derive(Debug, Default)]
pub struct PageCache {
    disabled: bool,
    copies: RwLock<HashMap<CopyKey, Arc<StoredPage>>>,
}

/// Everything the cached pages depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CopyKey {
    path: &'static str,
    language: &'static str,
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
        if let Ok(mut copies) = self.copies.write() {
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
    // Checked, not assumed: were a render ever to pick its language by other means, a copy
    // in the wrong language would be served to everyone of the key's language.
    if in_language(&html, key.language) {
        let page = StoredPage { headers: parts.headers.clone(), pieces: cut_at(&html, nonce.as_inner()) };
        cache.keep(key, page);
    } else {
        tracing::warn!(
            path = key.path,
            language = key.language,
            "a page rendered in another language: not kept"
        );
    }
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
    let headers = request.headers();
    let has_session = headers
        .get_all(header::COOKIE)
        .iter()
        .any(|line| line.to_str().map_or(true, |line| line.contains(SESSION_COOKIE)));
    (!has_session).then(|| CopyKey { path, language: language::preferred(headers) })
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

fn in_language(html: &[u8], language: &str) -> bool {
    let root = format!("<html lang=\"{language}\"");
    html.windows(root.len()).any(|window| window == root.as_bytes())
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

    use super::{cut_at, in_language};

    #[test]
    fn a_page_is_cut_at_every_occurrence_of_its_nonce() {
        let html = Bytes::from_static(b"<meta nonce-AB><script nonce=\"AB\">x</script>AB");
        let pieces = cut_at(&html, "AB");
        assert_eq!(pieces, ["<meta nonce-", "><script nonce=\"", "\">x</script>", ""]);
        assert_eq!(cut_at(&Bytes::from_static(b"no nonce"), "AB"), ["no nonce"]);
    }

    #[test]
    fn the_language_is_read_from_the_root_element() {
        assert!(in_language(b"<!DOCTYPE html><html lang=\"zh\" dir=\"ltr\">", "zh"));
        assert!(!in_language(b"<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">", "zh"));
    }
}
