use axum::Json;
use axum::extract::State;

use app::api::{QueueEntry, QueueFilter};
use app::server::Reviewer;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::openapi::StaffOnly;
use crate::api::query::ApiQuery;
use crate::db;
use crate::state::AppState;

/// Most rows one call returns.
const API_PAGE_SIZE: i64 = 200;

/// `GET /api/v1/review/applications?status=&category=&flag=&q=&sort=&page=`: one page
/// (200 rows) of the queue, newest first unless sorted otherwise.
#[utoipa::path(
    get, path = "/review/applications", operation_id = "list_queue", tag = "reviewers", security(("session" = [])),
    params(QueueFilter),
    responses(
        (status = 200, description = "One page of the queue", body = Vec<QueueEntry>),
        StaffOnly,
        (status = 400, description = "The query holds a NUL character", body = ApiError),
        (status = 422, description = "A query parameter has the wrong type or value (`page=two`)", body = ApiError),
    )
)]
pub async fn list(
    _: RequireRole<Reviewer>,
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<QueueFilter>,
) -> Result<Json<Vec<QueueEntry>>, ApiError> {
    let (rows, _) = db::queue(&state.db, &filter, API_PAGE_SIZE, filter.offset(API_PAGE_SIZE)).await?;
    Ok(Json(rows))
}
