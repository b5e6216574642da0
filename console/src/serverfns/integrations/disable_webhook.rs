use leptos::prelude::*;

use app::serverfns::AppError;

/// Stops deliveries to an endpoint; its log stays.
#[server(prefix = "/fn", endpoint = "disable_webhook")]
pub async fn disable_webhook(id: i64) -> Result<(), AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::IntegrationDesk>()?.disable_endpoint(&admin, id).await
}
