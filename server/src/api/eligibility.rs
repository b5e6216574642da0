use axum::Json;

use app::api::EligibilityRequest;
use app::domain::{Evaluation, current_policy, evaluate};

use super::ApiError;
use super::json_body::JsonBody;
use super::openapi::BodyRefused;
use crate::errors::ServiceError;

/// `POST /api/v1/eligibility`: the very function the browser's WASM runs.
#[utoipa::path(
    post, path = "/eligibility", operation_id = "check_eligibility", tag = "applicants",
    request_body = EligibilityRequest,
    responses(
        (status = 200, description = "The verdict for every tier and what each still lacks", body = Evaluation),
        BodyRefused,
    )
)]
pub async fn check(JsonBody(request): JsonBody<EligibilityRequest>) -> Result<Json<Evaluation>, ApiError> {
    let draft = request.parse().map_err(ServiceError::from)?;
    Ok(Json(evaluate(&draft, current_policy())))
}
