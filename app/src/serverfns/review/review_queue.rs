use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{QueueFilter, QueuePage};
use crate::serverfns::AppError;

/// One page of the queue as `filter` narrows and orders it, with the dashboard's totals.
#[server(prefix = "/fn", endpoint = "review_queue", input = Json)]
pub async fn review_queue(filter: QueueFilter) -> Result<QueuePage, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::ReviewDesk>()?.queue(&filter).await
}
