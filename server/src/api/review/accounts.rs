use axum::Json;
use axum::extract::State;

use app::api::Account;
use app::server::Admin;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::db::{self, stored};
use crate::errors::ServiceError;
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
    let accounts = db::list_reviewers(&state.db)
        .await
        .map_err(ServiceError::from)?
        .into_iter()
        .map(|a| {
            Ok(Account {
                id: a.id,
                role: stored(&a.role)?,
                email: a.email,
                disabled: a.disabled,
                created_at: a.created_at,
            })
        })
        .collect::<Result<_, ServiceError>>()?;
    Ok(Json(accounts))
}
