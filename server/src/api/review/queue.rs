use axum::extract::{Query, State};
use axum::http::Uri;
use axum::{Extension, Json};

use app::api::QueueFilter;
use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::db::{self, QueueRow};
use crate::state::AppState;

/// Most rows one call returns.
const API_PAGE_SIZE: i64 = 200;

/// `GET /api/v1/review/applications?status=&category=&ineligible=&q=&sort=&page=`: one page
/// (200 rows) of the queue, newest first unless sorted otherwise.
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    uri: Uri,
) -> Result<Json<Vec<QueueRow>>, ApiError> {
    require(principal, Role::Reviewer)?;
    // Read after the sign-in check, so an anonymous caller learns nothing but 401.
    let Query(filter) = Query::<QueueFilter>::try_from_uri(&uri)
        .map_err(|rejection| ApiError::invalid_query(rejection.body_text()))?;
    let offset = filter.offset(API_PAGE_SIZE);
    db::queue(&state.db, &filter, API_PAGE_SIZE, offset)
        .await
        .map(|(rows, _)| Json(rows))
        .map_err(|e| ApiError::internal(&e))
}
