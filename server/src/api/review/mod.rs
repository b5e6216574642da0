//! `/api/v1/review/…`: the reviewers' API, for signed-in staff only (the session cookie).

mod accounts;
mod decisions;
mod outbox;
mod queue;
mod versions;
mod webhooks;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(queue::list))
        .routes(routes!(decisions::create))
        .routes(routes!(versions::list))
        .routes(routes!(accounts::list))
        .routes(routes!(outbox::undelivered))
        .routes(routes!(webhooks::list, webhooks::register))
        .routes(routes!(webhooks::disable))
        .routes(routes!(webhooks::deliveries))
}
