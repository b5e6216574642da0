use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use app::domain::{FieldError, Shortfall};

use crate::errors::{NOT_ELIGIBLE, ServiceError};

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
    /// For a refusal because numbers fall short: what is missing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    shortfalls: Vec<Shortfall>,
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
            shortfalls: Vec::new(),
        }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn message(&self) -> &str {
        &self.message
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

    /// A NUL character anywhere in the request: no text of the product may hold one.
    pub fn nul_character() -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_characters", "the request contains a NUL character")
    }

    /// Too many submissions from one address; the caller adds `Retry-After`.
    pub fn too_many_requests() -> Self {
        Self::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests; try again shortly")
    }

    /// A state-changing request a page of another site made a browser send.
    pub fn cross_site() -> Self {
        Self::new(StatusCode::FORBIDDEN, "cross_site", "cross-site requests are refused")
    }

    /// The client stopped sending the body before it was complete.
    pub fn body_timeout() -> Self {
        Self::new(StatusCode::REQUEST_TIMEOUT, "body_timeout", "the request body stopped arriving")
    }

    pub fn unreadable_body() -> Self {
        Self::new(StatusCode::BAD_REQUEST, "unreadable_body", "the request body could not be read")
    }
}

/// The API's answer to a service's refusal: the one place its statuses and codes are chosen.
impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        error.log_if_internal();
        match error {
            ServiceError::Invalid(fields) => Self::validation(fields),
            // `fields` carries the rule's code too (`private_address`, …).
            ServiceError::InvalidField(field) => {
                Self { fields: vec![field.clone()], ..Self::invalid_field(field.field, field.message) }
            }
            ServiceError::NotFound(missing) => {
                Self::new(StatusCode::NOT_FOUND, "not_found", missing.to_string())
            }
            ServiceError::Stale { status, version } => Self {
                current_version: Some(version),
                ..Self::new(
                    StatusCode::CONFLICT,
                    "stale_version",
                    format!(
                        "the application changed since you saw it (now {status}, version {version}); reload it"
                    ),
                )
            },
            ServiceError::Refused(refusal) => Self {
                shortfalls: refusal.shortfalls,
                ..Self::new(StatusCode::CONFLICT, refusal.code, refusal.message)
            },
            ServiceError::NotEligible { tier, shortfalls } => Self {
                shortfalls,
                ..Self::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    NOT_ELIGIBLE,
                    format!("the application does not meet the {} requirements", tier.key()),
                )
            },
            ServiceError::Unauthenticated => {
                Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in as a reviewer first")
            }
            ServiceError::Forbidden => {
                Self::new(StatusCode::FORBIDDEN, "forbidden", "your role may not do this")
            }
            ServiceError::Internal { .. } => Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "something went wrong on our side; please retry",
            ),
        }
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
