use axum::extract::State;
use axum::{Extension, Json};

use app::api::QueueFilter;
use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::api::query::ApiQuery;
use crate::db::{self, QueueRow};
use crate::state::AppState;

/// Most rows one call returns.
const API_PAGE_SIZE: i64 = 200;

/// `GET /api/v1/review/applications?status=&category=&ineligible=&q=&sort=&page=`: one page
/// (200 rows) of the queue, newest first unless sorted otherwise.
#[utoipa::path(
    get, path = "/review/applications", operation_id = "list_queue", tag = "reviewers", security(("session" = [])),
    params(QueueFilter),
    responses(
        (status = 200, description = "One page of the queue", body = Vec<QueueRow>),
        StaffOnly,
        (status = 400, description = "The query holds a NUL character", body = ApiError),
        (status = 422, description = "A query parameter has the wrong type (`page=two`)", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    query: Result<ApiQuery<QueueFilter>, ApiError>,
) -> Result<Json<Vec<QueueRow>>, ApiError> {
    require(principal, Role::Reviewer)?;
    // Read after the sign-in check, so an anonymous caller learns nothing but 401.
    let ApiQuery(filter) = query?;
    let offset = filter.offset(API_PAGE_SIZE);
    db::queue(&state.db, &filter, API_PAGE_SIZE, offset)
        .await
        .map(|(rows, _)| Json(rows))
        .map_err(|e| ApiError::internal(&e))
}
