//! Security headers on every response. The script policy lives in each page (it carries the
//! page's nonce, see `app::shell`); what a page cannot set itself is sent here.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// No other site may frame these pages, forms post only here, no plugins, no `<base>` tricks.
const FRAME_POLICY: &str = "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

/// Where applicants' and staff's data is answered: the private status and roster pages,
/// the set-password and sign-in pages, everything under `/review`, the server functions,
/// and the API's applicant and staff operations. No browser or proxy may keep a copy.
const PRIVATE_PREFIXES: [&str; 7] =
    ["/status/", "/review", "/account/", "/login", "/fn/", "/api/v1/applications", "/api/v1/review"];

/// Whether `path` answers private data (see [`PRIVATE_PREFIXES`]).
pub fn is_private(path: &str) -> bool {
    PRIVATE_PREFIXES.iter().any(|prefix| path.starts_with(prefix))
}

/// `https` says whether the site is served over HTTPS (then browsers are told to keep to it).
pub async fn security_headers(State(https): State<bool>, request: Request, next: Next) -> Response {
    let private = is_private(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
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
