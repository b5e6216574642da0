use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use app::api::ApplicationRequest;

use super::ApiError;
use super::json_body::JsonBody;
use crate::applications::{ResubmitError, SubmitError, resubmit, status, submit};
use crate::state::AppState;

/// Tells a client its retry was recognised and nothing new was stored.
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// `POST /api/v1/applications`: 201 with the reference and the private status link; the
/// same submission key again answers the same, marked `Idempotent-Replayed: true`.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(request): JsonBody<ApplicationRequest>,
) -> Result<Response, ApiError> {
    let language = crate::language::preferred(&headers);
    let submitted = submit(&state.db, &state.tokens, &state.live, &state.clock, &request, language)
        .await
        .map_err(|error| match error {
            SubmitError::Invalid(errors) => ApiError::validation(errors.0),
            other => ApiError::internal(&other),
        })?;
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

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// `GET /api/v1/applications/{reference}` with the status token as `Authorization: Bearer …`
/// or `?token=…`.
pub async fn show(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Query(query): Query<TokenQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let token = status_token(&headers, &query)?;
    match status(&state.db, state.clock.today(), &reference, token).await {
        Ok(Some(found)) => Ok(Json(found).into_response()),
        Ok(None) => Err(ApiError::application_not_found()),
        Err(error) => Err(ApiError::internal(&error)),
    }
}

/// The status token from `Authorization: Bearer …` or `?token=…`; a missing one answers
/// like a wrong one.
fn status_token<'a>(headers: &'a HeaderMap, query: &'a TokenQuery) -> Result<&'a str, ApiError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim);
    bearer.or(query.token.as_deref()).filter(|t| !t.is_empty()).ok_or_else(ApiError::application_not_found)
}

/// The body of a resubmission: the applicant's answer and the whole edited application.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResubmissionRequest {
    answer: String,
    application: ApplicationRequest,
}

/// `POST /api/v1/applications/{reference}/resubmissions` with the status token: replaces an
/// application the reviewers asked more about, evaluated again; 200 with the same status
/// link; 409 when it is not awaiting information; 404 for a wrong token.
pub async fn resubmit_application(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Query(query): Query<TokenQuery>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<ResubmissionRequest>,
) -> Result<Response, ApiError> {
    let token = status_token(&headers, &query)?;
    match resubmit(&state.db, &state.live, &state.clock, &reference, token, &body.answer, &body.application)
        .await
    {
        Ok(done) => Ok(Json(done).into_response()),
        Err(ResubmitError::NotFound) => Err(ApiError::application_not_found()),
        Err(ResubmitError::NotAwaitingInformation) => Err(ApiError::not_awaiting_information()),
        Err(ResubmitError::AnswerRequired) => Err(ApiError::invalid_field("answer".into(), "is required")),
        Err(ResubmitError::AnswerTooLong) => Err(ApiError::invalid_field("answer".into(), "is too long")),
        Err(ResubmitError::Invalid(errors)) => Err(ApiError::validation(errors.0)),
        Err(error @ (ResubmitError::Storage(_) | ResubmitError::Clock)) => Err(ApiError::internal(&error)),
    }
}
