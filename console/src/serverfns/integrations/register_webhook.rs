use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{NewEndpoint, Registered};
use app::serverfns::AppError;

/// Registers an endpoint other systems are told about events on.
#[server(prefix = "/fn", endpoint = "register_webhook", input = Json)]
pub async fn register_webhook(endpoint: NewEndpoint) -> Result<Registered, AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::IntegrationDesk>()?.register_endpoint(&admin, &endpoint).await
}
