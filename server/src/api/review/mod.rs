//! `/api/v1/review/…`: the reviewers' API, for signed-in staff only (the session cookie).

mod accounts;
mod decisions;
mod guard;
mod outbox;
mod queue;
mod webhooks;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/applications", get(queue::list))
        .route("/applications/{reference}/decisions", post(decisions::create))
        .route("/accounts", get(accounts::list))
        .route("/outbox", get(outbox::undelivered))
        .route("/webhooks", get(webhooks::list).post(webhooks::register))
        .route("/webhooks/{id}", axum::routing::delete(webhooks::disable))
        .route("/webhooks/{id}/deliveries", get(webhooks::deliveries))
}
