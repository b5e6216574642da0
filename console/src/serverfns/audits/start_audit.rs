use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::SampleRequest;
use app::serverfns::AppError;

/// Draws the sample of `quarter`'s audit (admins only); the audit's id.
#[server(prefix = "/fn", endpoint = "start_audit", input = Json)]
pub async fn start_audit(quarter: String, size: SampleRequest) -> Result<i64, AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.start_audit(&admin, &quarter, size).await
}
