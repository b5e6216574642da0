//! Security headers on every response. The script policy lives in each page (it carries the
//! page's nonce, see `app::shell`); what a page cannot set itself is sent here.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// No other site may frame these pages, forms post only here, no plugins, no `<base>` tricks.
const FRAME_POLICY: &str = "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

/// `https` says whether the site is served over HTTPS (then browsers are told to keep to it).
pub async fn security_headers(State(https): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers
        .entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(FRAME_POLICY));
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
