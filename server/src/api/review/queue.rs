use axum::extract::State;
use axum::{Extension, Json};

use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::db::{self, QueueRow};
use crate::state::AppState;

/// `GET /api/v1/review/applications`: the newest applications first.
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Vec<QueueRow>>, ApiError> {
    require(principal, Role::Reviewer)?;
    db::queue(&state.db, None, 200).await.map(Json).map_err(|e| ApiError::internal(&e))
}
