use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::api::{ApplicationCreated, ApplicationRequest, ApplicationStatus, ResubmissionRequest};

use super::ApiError;
use super::json_body::JsonBody;
use super::openapi::BodyRefused;
use super::query::ApiQuery;
use crate::applications::{resubmit, status, submit};
use crate::errors::{Missing, ServiceError};
use crate::state::AppState;

/// Tells a client its retry was recognised and nothing new was stored.
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// `POST /api/v1/applications`: 201 with the reference and the private status link; the
/// same submission key with the same body answers the same, marked `Idempotent-Replayed:
/// true`; with another body, 409 `key_reused`.
#[utoipa::path(
    post, path = "/applications", operation_id = "submit_application", tag = "applicants",
    request_body = ApplicationRequest,
    responses(
        (status = 201, description = "Stored (or, for a key seen before, stored already)", body = ApplicationCreated,
            headers(
                ("Location" = String, description = "This application in the API"),
                ("Idempotent-Replayed" = String, description = "`true` when the submission key was seen before and nothing new was stored"),
            )),
        (status = 409, description = "`key_reused`: this submission key was sent before with a different application; nothing was stored and no application is named", body = ApiError),
        BodyRefused,
        (status = 429, description = "Too many submissions from this address; `Retry-After` says when to try again", body = ApiError,
            headers(("Retry-After" = String, description = "Seconds to wait"))),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(request): JsonBody<ApplicationRequest>,
) -> Result<Response, ApiError> {
    let language = crate::language::preferred(&headers);
    let submitted = submit(&state.db, &state.tokens, &state.live, &state.clock, &request, language).await?;
    let location = format!("/api/v1/applications/{}", submitted.reference);
    let replayed = submitted.replayed;
    let mut response = (StatusCode::CREATED, Json(submitted.created())).into_response();
    if let Ok(location) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    if replayed {
        response.headers_mut().insert(REPLAYED, HeaderValue::from_static("true"));
    }
    Ok(response)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// The private token of the status link, when not sent as `Authorization: Bearer …`.
    token: Option<String>,
}

/// `GET /api/v1/applications/{reference}` with the status token as `Authorization: Bearer …`
/// or `?token=…`.
#[utoipa::path(
    get, path = "/applications/{reference}", operation_id = "get_application_status", tag = "applicants",
    params(("reference" = String, Path, description = "The application's reference"), TokenQuery),
    security((), ("status_token" = [])),
    responses(
        (status = 200, description = "Where the application stands", body = ApplicationStatus),
        (status = 400, description = "The request holds a NUL character", body = ApiError),
        (status = 404, description = "No application with this reference and token (the same answer for either wrong)", body = ApiError),
        (status = 422, description = "The query string could not be read", body = ApiError),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    ApiQuery(query): ApiQuery<TokenQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let token = status_token(&headers, &query)?;
    Ok(Json(status(&state.db, state.clock.today(), &reference, token).await?).into_response())
}

/// The status token from `Authorization: Bearer …` or `?token=…`; a missing one answers
/// like a wrong one.
fn status_token<'a>(headers: &'a HeaderMap, query: &'a TokenQuery) -> Result<&'a str, ServiceError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim);
    bearer
        .or(query.token.as_deref())
        .filter(|t| !t.is_empty())
        .ok_or(ServiceError::NotFound(Missing::ApplicationWithToken))
}

/// `POST /api/v1/applications/{reference}/resubmissions` with the status token: replaces an
/// application the reviewers asked more about, evaluated again; 200 with the same status
/// link; 409 when it is not awaiting information; 404 for a wrong token.
#[utoipa::path(
    post, path = "/applications/{reference}/resubmissions", operation_id = "resubmit_application", tag = "applicants",
    params(("reference" = String, Path, description = "The application's reference"), TokenQuery),
    security((), ("status_token" = [])),
    request_body = ResubmissionRequest,
    responses(
        (status = 200, description = "Replaced and evaluated again; the same status link", body = ApplicationCreated),
        BodyRefused,
        (status = 404, description = "No application with this reference and token", body = ApiError),
        (status = 409, description = "The reviewers are not waiting for more information on it", body = ApiError),
    )
)]
pub async fn resubmit_application(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    ApiQuery(query): ApiQuery<TokenQuery>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<ResubmissionRequest>,
) -> Result<Response, ApiError> {
    let token = status_token(&headers, &query)?;
    let done =
        resubmit(&state.db, &state.live, &state.clock, &reference, token, &body.answer, &body.application)
            .await?;
    Ok(Json(done).into_response())
}
