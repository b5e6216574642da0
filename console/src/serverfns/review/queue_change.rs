use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{QueueFilter, QueueUpdate};
use app::serverfns::AppError;

/// `reference` as an open queue with `filter` shows it after a change, and the totals.
#[server(prefix = "/fn", endpoint = "queue_change", input = Json)]
pub async fn queue_change(filter: QueueFilter, reference: String) -> Result<QueueUpdate, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.queue_update(&filter, &reference).await
}
