use leptos::prelude::*;

use crate::api::{ApplicationReview, QueueEntry};
use crate::serverfns::AppError;

/// The queue, newest first; `status` narrows it to one state.
#[server(prefix = "/fn", endpoint = "review_queue")]
pub async fn review_queue(status: Option<String>) -> Result<Vec<QueueEntry>, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.queue(status.as_deref().filter(|s| !s.is_empty())).await
}

/// One application, all a reviewer needs to decide it.
#[server(prefix = "/fn", endpoint = "review_application")]
pub async fn review_application(reference: String) -> Result<ApplicationReview, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.review(&reference).await?.ok_or(AppError::NotFound)
}
