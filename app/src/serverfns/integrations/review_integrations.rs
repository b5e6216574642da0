use leptos::prelude::*;

use crate::api::IntegrationsOverview;
use crate::serverfns::AppError;

/// Webhook endpoints, their deliveries, and undelivered messages (admins only).
#[server(prefix = "/fn", endpoint = "review_integrations")]
pub async fn review_integrations() -> Result<IntegrationsOverview, AppError> {
    crate::server::require::<crate::server::Admin>()?;
    crate::server::desk::<dyn crate::server::IntegrationDesk>()?.integrations().await
}
