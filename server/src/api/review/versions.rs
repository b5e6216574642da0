use axum::Json;
use axum::extract::{Path, State};

use app::api::ApplicationVersion;
use app::server::Reviewer;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::review;
use crate::state::AppState;

/// `GET /api/v1/review/applications/{reference}/versions`: every version the applicant
/// submitted, oldest first, each with what changed since the one before.
#[utoipa::path(
    get, path = "/review/applications/{reference}/versions", operation_id = "list_application_versions", tag = "reviewers", security(("session" = [])),
    params(("reference" = String, Path, description = "The application's reference")),
    responses(
        (status = 200, description = "The versions, oldest first", body = Vec<ApplicationVersion>),
        StaffOnly,
        (status = 404, description = "No application has this reference", body = ApiError),
    )
)]
pub async fn list(
    _: RequireRole<Reviewer>,
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Json<Vec<ApplicationVersion>>, ApiError> {
    Ok(Json(review::versions(&state.db, &reference).await?))
}
