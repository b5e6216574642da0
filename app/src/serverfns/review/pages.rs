use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{ApplicationReview, QueueFilter, QueuePage};
use crate::serverfns::AppError;

/// One page of the queue as `filter` narrows and orders it, with the dashboard's totals.
#[server(prefix = "/fn", endpoint = "review_queue", input = Json)]
pub async fn review_queue(filter: QueueFilter) -> Result<QueuePage, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.queue(&filter).await
}

/// One application, all a reviewer needs to decide it.
#[server(prefix = "/fn", endpoint = "review_application")]
pub async fn review_application(reference: String) -> Result<ApplicationReview, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.review(&reference).await?.ok_or(AppError::NotFound)
}
