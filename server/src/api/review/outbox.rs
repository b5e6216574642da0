use axum::Json;
use axum::extract::State;

use app::api::UndeliveredMessage;
use app::server::Admin;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::db;
use crate::state::AppState;

/// `GET /api/v1/review/outbox`: messages to applicants not delivered yet, waiting for their
/// next attempt or given up (`failed_at`), with the last error; newest first (admins only).
#[utoipa::path(
    get, path = "/review/outbox", operation_id = "list_undelivered_messages", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Emails and webhook deliveries not delivered yet, newest first", body = Vec<UndeliveredMessage>), StaffOnly)
)]
pub async fn undelivered(
    _: RequireRole<Admin>,
    State(state): State<AppState>,
) -> Result<Json<Vec<UndeliveredMessage>>, ApiError> {
    Ok(Json(db::undelivered(&state.db).await?))
}
