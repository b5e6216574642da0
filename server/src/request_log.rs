//! One structured log line per request: method, path, status, latency. The query string is
//! left out on purpose: status links carry their private token there.

use std::time::Duration;

use axum::http::{Request, Response};
use tracing::Span;

/// The span every line about a request is logged in.
pub fn span<B>(request: &Request<B>) -> Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}

/// Logged when the response starts (for a live stream, when it opens).
pub fn answered<B>(response: &Response<B>, latency: Duration, _span: &Span) {
    let status = response.status().as_u16();
    let latency_ms = (latency.as_secs_f64() * 1e4).round() / 10.0;
    if response.status().is_server_error() {
        tracing::error!(status, latency_ms, "answered");
    } else {
        tracing::info!(status, latency_ms, "answered");
    }
}
