//! Server functions answer every error with 500, whoever's fault it was (server_fn 0.8).
//! A field that does not validate, a stale version or a missing sign-in is the caller's
//! doing, and must not read as a fault of ours in logs, alerts and load reports: the
//! error body (our own [`AppError`]) says which it was, and the status follows it.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

use app::serverfns::AppError;

/// The header server_fn puts on its error answers.
const SERVER_FN_ERROR: &str = "serverfnerror";

/// Longest error body read back (a validation error lists every field; far less than this).
const MAX_ERROR_BYTES: usize = 256 * 1024;

pub async fn server_fn_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BYTES).await else {
        return Response::from_parts(parts, Body::from("something went wrong on our side"));
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = status_of(&error);
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn status_of(error: &AppError) -> StatusCode {
    match error {
        AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Stale(_) | AppError::Refused(_) => StatusCode::CONFLICT,
        // Arguments that could not be read are already 400 (set where they are converted);
        // any other framework trouble stays ours.
        AppError::Transport(_) | AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
