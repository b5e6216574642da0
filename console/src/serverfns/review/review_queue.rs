use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{QueueFilter, QueuePage};
use app::serverfns::AppError;

/// One page of the queue as `filter` narrows and orders it, with the dashboard's totals.
#[server(prefix = "/fn", endpoint = "review_queue", input = Json)]
pub async fn review_queue(filter: QueueFilter) -> Result<QueuePage, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.queue(&filter).await
}
