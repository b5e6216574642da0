use axum::Json;

use app::api::EligibilityRequest;
use app::domain::{Evaluation, current_policy, evaluate};

use super::ApiError;
use super::json_body::JsonBody;

/// `POST /api/v1/eligibility`: the very function the browser's WASM runs.
pub async fn check(JsonBody(request): JsonBody<EligibilityRequest>) -> Result<Json<Evaluation>, ApiError> {
    let draft = request.parse().map_err(|errors| ApiError::validation(errors.0))?;
    Ok(Json(evaluate(&draft, current_policy())))
}
