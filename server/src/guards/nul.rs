//! No text of the product may hold a NUL character, and PostgreSQL cannot store one in a
//! text column (it fails the whole statement, which would surface as a 500). Requests that
//! carry one, in the URL or the body, are refused at the door with 400, on either backend.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::MAX_BODY_BYTES;
use crate::api::ApiError;

pub async fn refuse_nul(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let api = parts.uri.path().starts_with("/api/");
    let refuse = || if api { ApiError::nul_character().into_response() } else { refused() };
    if has_nul(parts.uri.path().as_bytes()) || parts.uri.query().is_some_and(|q| has_nul(q.as_bytes())) {
        return refuse();
    }
    // Bodies are small (the limits are checked first, outside); a larger one is left for the
    // limit to refuse.
    let bytes = match to_bytes(body, MAX_BODY_BYTES).await {
        Ok(bytes) => bytes,
        Err(error) if stalled(&error) && api => return ApiError::body_timeout().into_response(),
        Err(error) if stalled(&error) => {
            return (StatusCode::REQUEST_TIMEOUT, "the request body stopped arriving").into_response();
        }
        Err(_) if api => return ApiError::too_large(crate::api::MAX_BODY_BYTES).into_response(),
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "the request body is too large").into_response(),
    };
    if has_nul(&bytes) {
        return refuse();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// Whether reading the body failed because the client stopped sending it.
fn stalled(error: &axum::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(inner) = cause {
        if inner.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = inner.source();
    }
    false
}

/// A raw NUL, or one written the ways a URL, a form or JSON write it.
fn has_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
        || bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
        || bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
}

fn refused() -> Response {
    (StatusCode::BAD_REQUEST, "the request contains a NUL character").into_response()
}

#[cfg(test)]
mod tests {
    use super::has_nul;

    #[test]
    fn nul_is_found_raw_and_escaped_and_nothing_else_is() {
        for with in [&b"a\0b"[..], b"reason=x%00y", b"q=%00", br#"{"name":"a\u0000"}"#, br#"{"n":"\U0000"}"#]
        {
            assert!(has_nul(with), "{}", String::from_utf8_lossy(with));
        }
        for without in [&b"reason=100%25"[..], br#"{"name":"\u4e2d 100"}"#, "证书".as_bytes(), b""] {
            assert!(!has_nul(without), "{}", String::from_utf8_lossy(without));
        }
    }
}
