//! Cross-site request forgery: a state-changing request a browser sends from another site
//! is refused with 403 before it reaches a handler. Leptos server functions have no such
//! check of their own (leptos#3786), and the forms and the API share this one.
//!
//! Browsers say where a request comes from: `Sec-Fetch-Site` (modern browsers) and `Origin`
//! (every cross-origin POST). A request with neither comes from a program, not from a page
//! an attacker controls, and is let through (outside tools use the JSON API that way).

use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::api::ApiError;

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if changes_state(request.method()) && !same_origin(request.headers()) {
        tracing::warn!(
            method = %request.method(),
            path = request.uri().path(),
            origin = ?request.headers().get(header::ORIGIN),
            "cross-site request refused"
        );
        if request.uri().path().starts_with(crate::api::PREFIX) {
            return ApiError::cross_site().into_response();
        }
        return (StatusCode::FORBIDDEN, "cross-site requests are refused").into_response();
    }
    next.run(request).await
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether the request comes from this site's own pages, or from no page at all.
pub fn same_origin(headers: &HeaderMap) -> bool {
    let text = |name| headers.get(name).and_then(|value| value.to_str().ok());
    match text("sec-fetch-site") {
        // Set by the browser itself, never by a page's script, so it settles the question.
        // (`Origin` may then even be `null`: pages with `Referrer-Policy: no-referrer`, such as
        // the private status pages, post with `Origin: null`.) `none`: the user's own doing.
        Some("same-origin" | "none") => return true,
        Some(_) => return false,
        None => {}
    }
    match (text(header::ORIGIN.as_str()), text(header::HOST.as_str())) {
        (None, _) => true,
        // The origin's host and port must be the host this request was sent to.
        (Some(origin), Some(host)) => origin.split_once("://").is_some_and(|(scheme, authority)| {
            matches!(scheme, "http" | "https") && authority.eq_ignore_ascii_case(host)
        }),
        (Some(_), None) => false,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue};

    use super::same_origin;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_this_sites_pages_and_programs_without_a_page_pass() {
        let host = ("host", "partners.example.com");
        assert!(same_origin(&headers(&[host])), "a program");
        assert!(same_origin(&headers(&[host, ("origin", "https://partners.example.com")])));
        assert!(same_origin(&headers(&[host, ("sec-fetch-site", "same-origin")])));
        assert!(
            same_origin(&headers(&[host, ("sec-fetch-site", "same-origin"), ("origin", "null")])),
            "a no-referrer page of this site"
        );
        assert!(!same_origin(&headers(&[host, ("origin", "https://evil.example")])));
        assert!(!same_origin(&headers(&[host, ("origin", "https://partners.example.com.evil.example")])));
        assert!(!same_origin(&headers(&[host, ("origin", "null")])), "sandboxed pages");
        assert!(!same_origin(&headers(&[host, ("sec-fetch-site", "cross-site")])));
        assert!(!same_origin(&headers(&[host, ("sec-fetch-site", "same-site")])), "a sibling subdomain");
    }
}
