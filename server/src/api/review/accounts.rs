use axum::extract::State;
use axum::{Extension, Json};
use serde::Serialize;

use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::db;
use crate::state::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Account {
    email: String,
    role: String,
    disabled: bool,
    created_at: String,
}

/// `GET /api/v1/review/accounts`: every staff account (admins only).
#[utoipa::path(
    get, path = "/review/accounts", operation_id = "list_accounts", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Every staff account, without password hashes", body = Vec<Account>), StaffOnly)
)]
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Vec<Account>>, ApiError> {
    require(principal, Role::Admin)?;
    let accounts = db::list_reviewers(&state.db).await.map_err(|e| ApiError::internal(&e))?;
    Ok(Json(
        accounts
            .into_iter()
            .map(|a| Account { email: a.email, role: a.role, disabled: a.disabled, created_at: a.created_at })
            .collect(),
    ))
}
