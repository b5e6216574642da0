//! What every request passes before a handler: a same-origin check for anything that
//! changes state, a body size limit, a panic turned into a plain 500, security headers.

mod client_address;
mod headers;
mod nul;
mod rate_limit;
mod same_origin;
mod server_fn_status;

use std::any::Any;

use axum::body::Body;
use axum::http::{Response, StatusCode};

pub use client_address::{ClientAddress, TrustedProxies, limit_key, resolve_client_address};
pub use headers::security_headers;
pub use nul::refuse_nul;
pub use rate_limit::{
    RateLimitSettings, RateLimits, client_address, limit_submissions, network_of, too_many,
};
pub use same_origin::refuse_cross_site;
pub use server_fn_status::server_fn_status;

/// Largest request body outside the JSON API (which has its own, smaller limit and answers
/// its own JSON 413): forms and server functions need far less.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Longest wait for the next piece of a request body: a client that stops sending gets 408.
pub const BODY_IDLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// Longest a request may take until its answer starts (the headers' own limit is in
/// `serve.rs`). A live stream's answer starts at once, and then runs as long as its session.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The answer to a panic in a handler: the server keeps serving, and the client learns
/// nothing of the cause (which is logged).
pub fn panic_response(cause: Box<dyn Any + Send + 'static>) -> Response<Body> {
    let detail = cause
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| cause.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = detail, "a request handler panicked");
    let mut response = Response::new(Body::from("something went wrong on our side"));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;
    use tower_http::catch_panic::CatchPanicLayer;

    use super::panic_response;

    #[tokio::test]
    async fn a_panicking_handler_answers_a_plain_500_and_the_next_request_is_served() {
        async fn broken() -> &'static str {
            panic!("secret detail: SELECT * FROM reviewers")
        }
        let app = Router::new()
            .route("/broken", get(broken))
            .route("/fine", get(|| async { "fine" }))
            .layer(CatchPanicLayer::custom(panic_response));
        let request = |path: &str| Request::builder().uri(path).body(Body::empty()).expect("request");
        let response = app.clone().oneshot(request("/broken")).await.expect("answered");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = to_bytes(response.into_body(), 1024).await.expect("body");
        assert_eq!(&body[..], b"something went wrong on our side", "nothing of the cause");
        let next = app.oneshot(request("/fine")).await.expect("answered");
        assert_eq!(next.status(), StatusCode::OK);
    }
}
