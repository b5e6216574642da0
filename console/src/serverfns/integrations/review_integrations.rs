use leptos::prelude::*;

use app::api::IntegrationsOverview;
use app::serverfns::AppError;

/// Webhook endpoints, their deliveries, and undelivered messages.
#[server(prefix = "/fn", endpoint = "review_integrations")]
pub async fn review_integrations() -> Result<IntegrationsOverview, AppError> {
    app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::IntegrationDesk>()?.integrations().await
}
