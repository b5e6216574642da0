//! The public JSON API, `/api/v1`. A stable contract: outside tools rely on its field names
//! and status codes, so it is extended, never changed. Its OpenAPI description is served at
//! `/api/v1/openapi.json` (see [`openapi`]).
//!
//! Error policy: every failure answers a JSON [`ApiError`] with a status that says whose
//! fault it was (400 malformed, 413 too large, 422 invalid field values); internal causes are
//! logged, never sent.

mod applications;
mod eligibility;
mod error;
mod json_body;
mod openapi;
mod policy;
mod query;
mod review;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::routing::get;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;
pub use error::ApiError;

/// Largest request body the API reads: a 500-engineer roster fits many times over.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Where the API lives; the description's paths start with it.
pub const PREFIX: &str = "/api/v1";

/// The API's routes (to nest under [`PREFIX`]), with its description at `openapi.json`.
pub fn routes() -> anyhow::Result<Router<AppState>> {
    let (router, described) = OpenApiRouter::new()
        .routes(routes!(policy::show))
        .routes(routes!(eligibility::check))
        .routes(routes!(applications::create))
        .routes(routes!(applications::show))
        .routes(routes!(applications::resubmit_application))
        .merge(review::routes())
        .split_for_parts();
    let document =
        serde_json::to_string(openapi::describe(openapi::ApiDoc::openapi().nest(PREFIX, described))?)?;
    Ok(router
        .route("/openapi.json", get(([(header::CONTENT_TYPE, "application/json")], document)))
        .fallback(error::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES)))
}
