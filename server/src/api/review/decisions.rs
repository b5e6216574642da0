use axum::Json;
use axum::extract::{Path, State};

use app::api::{DecisionMade, DecisionRequest};
use app::server::Reviewer;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::json_body::JsonBody;
use crate::api::openapi::{BodyRefused, StaffOnly};
use crate::review::{self, Decision};
use crate::state::AppState;

/// `POST /api/v1/review/applications/{reference}/decisions`: 200 with the new version; 409
/// when the version is stale (nothing changes); 422 when a required part is missing, or
/// `not_eligible` with the shortfalls when an approval names a tier the application does not
/// meet under the policy in force (nothing changes).
#[utoipa::path(
    post, path = "/review/applications/{reference}/decisions", operation_id = "decide_application", tag = "reviewers", security(("session" = [])),
    params(("reference" = String, Path, description = "The application's reference")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "Decided; the application's new version", body = DecisionMade),
        BodyRefused,
        (status = 422, description = "A field has the wrong type or breaks a rule (`field`, `fields`), or an approval names a tier the application does not meet under the policy in force (`not_eligible`, with the engine's `shortfalls`); nothing changed", body = ApiError),
        StaffOnly,
        (status = 404, description = "No application has this reference", body = ApiError),
        (status = 409, description = "The application changed since that version (`current_version`); nothing changed", body = ApiError),
    )
)]
pub async fn create(
    RequireRole { principal: reviewer, .. }: RequireRole<Reviewer>,
    State(state): State<AppState>,
    Path(reference): Path<String>,
    JsonBody(request): JsonBody<DecisionRequest>,
) -> Result<Json<DecisionMade>, ApiError> {
    let decision = Decision::try_from(&request)?;
    let decided = review::decide(
        &state.db,
        &state.live,
        &state.clock,
        &reviewer,
        &reference,
        request.version,
        decision,
    )
    .await?;
    Ok(Json(DecisionMade { reference, version: decided.version }))
}
