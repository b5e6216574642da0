use axum::extract::State;
use axum::{Extension, Json};

use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::db::{self, UndeliveredMessage};
use crate::state::AppState;

/// `GET /api/v1/review/outbox`: messages to applicants not delivered yet, waiting for their
/// next attempt or given up (`failed_at`), with the last error; newest first (admins only).
#[utoipa::path(
    get, path = "/review/outbox", operation_id = "list_undelivered_messages", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Emails and webhook deliveries not delivered yet, newest first", body = Vec<UndeliveredMessage>), StaffOnly)
)]
pub async fn undelivered(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Vec<UndeliveredMessage>>, ApiError> {
    require(principal, Role::Admin)?;
    db::undelivered(&state.db).await.map(Json).map_err(|e| ApiError::internal(&e))
}
