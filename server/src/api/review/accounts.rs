use axum::Json;
use axum::extract::State;

use app::api::Account;
use app::server::Admin;

use crate::access::RequireRole;
use crate::accounts;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::state::AppState;

/// `GET /api/v1/review/accounts`: every staff account (admins only).
#[utoipa::path(
    get, path = "/review/accounts", operation_id = "list_accounts", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Every staff account, without password hashes", body = Vec<Account>), StaffOnly)
)]
pub async fn list(
    _: RequireRole<Admin>,
    State(state): State<AppState>,
) -> Result<Json<Vec<Account>>, ApiError> {
    Ok(Json(accounts::accounts(&state.db).await?.accounts))
}
