use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use app::domain::FieldError;

/// The one error body of the API: `{"error": code, "message": …, "field"?: …, "fields"?: […]}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    /// A stable code: `malformed_json`, `invalid_field`, `validation_failed`, `not_found`, …
    error: &'static str,
    /// A sentence in English for people.
    message: String,
    /// The first offending field, by its path (`engineers[2].certificate_id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    /// Every rule broken, when values of the right type break rules.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldError>,
    /// For a stale decision: the application's version now.
    #[serde(skip_serializing_if = "Option::is_none")]
    current_version: Option<i64>,
}

impl ApiError {
    fn new(status: StatusCode, error: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            error,
            message: message.into(),
            field: None,
            fields: Vec::new(),
            current_version: None,
        }
    }

    pub fn malformed_json(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "malformed_json", message)
    }

    /// A value of the wrong type or an unknown field, named by its path.
    pub fn invalid_field(field: String, message: impl Into<String>) -> Self {
        Self { field: Some(field), ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_field", message) }
    }

    /// A query string parameter of the wrong type (`page=two`).
    pub fn invalid_query(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_query", message)
    }

    /// Values of the right type that break a rule (too long, bad characters, …).
    pub fn validation(fields: Vec<FieldError>) -> Self {
        let message = match fields.first() {
            Some(first) if fields.len() == 1 => format!("{}: {}", first.field, first.message),
            _ => format!("{} fields are invalid", fields.len()),
        };
        Self {
            field: fields.first().map(|f| f.field.clone()),
            fields,
            ..Self::new(StatusCode::UNPROCESSABLE_ENTITY, "validation_failed", message)
        }
    }

    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            format!("the body may hold at most {limit} bytes"),
        )
    }

    /// Something failed on our side. The cause is logged here and never sent.
    pub fn internal(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error answering an API request");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; please retry",
        )
    }

    /// Unknown reference or wrong token: the same answer for both.
    pub fn application_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "no application with this reference and token")
    }

    /// No signed-in staff session.
    pub fn unauthenticated() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in as a reviewer first")
    }

    /// Signed in, but the role may not do this.
    pub fn forbidden() -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", "your role may not do this")
    }

    /// A reviewer's decision about an application, named by reference only (no token).
    pub fn no_such_application() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "no application has this reference")
    }

    /// A decision made on a version that is no longer current; nothing changed.
    pub fn stale(status: &str, version: i64) -> Self {
        Self {
            current_version: Some(version),
            ..Self::new(
                StatusCode::CONFLICT,
                "stale_version",
                format!(
                    "the application changed since you saw it (now {status}, version {version}); reload it"
                ),
            )
        }
    }

    /// A resubmission for an application the reviewers are not waiting on.
    pub fn not_awaiting_information() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "not_awaiting_information",
            "the reviewers are not waiting for more information on this application",
        )
    }

    /// A NUL character anywhere in the request: no text of the product may hold one.
    pub fn nul_character() -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_characters", "the request contains a NUL character")
    }

    pub fn no_such_endpoint() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", "no webhook endpoint has this id")
    }

    /// Too many submissions from one address; the caller adds `Retry-After`.
    pub fn too_many_requests() -> Self {
        Self::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests; try again shortly")
    }

    /// A state-changing request a page of another site made a browser send.
    pub fn cross_site() -> Self {
        Self::new(StatusCode::FORBIDDEN, "cross_site", "cross-site requests are refused")
    }

    pub fn unreadable_body() -> Self {
        Self::new(StatusCode::BAD_REQUEST, "unreadable_body", "the request body could not be read")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self)).into_response()
    }
}

pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such API endpoint")
}
