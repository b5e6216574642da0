//! The public JSON API, `/api/v1`. A stable contract: outside tools rely on its field names
//! and status codes, so it is extended, never changed.
//!
//! Error policy: every failure answers a JSON [`ApiError`] with a status that says whose
//! fault it was (400 malformed, 413 too large, 422 invalid field values); internal causes are
//! logged, never sent.

mod applications;
mod eligibility;
mod error;
mod json_body;
mod policy;
mod review;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::state::AppState;
pub use error::ApiError;

/// Largest request body the API reads: a 500-engineer roster fits many times over.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The API router, nested under `/api/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/policy", get(policy::show))
        .route("/eligibility", post(eligibility::check))
        .route("/applications", post(applications::create))
        .route("/applications/{reference}", get(applications::show))
        .route("/applications/{reference}/resubmissions", post(applications::resubmit_application))
        .nest("/review", review::routes())
        .fallback(error::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}
