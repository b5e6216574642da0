use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{PartnerFilter, PartnerRegister};
use app::serverfns::AppError;

/// The partner register as `filter` narrows it.
#[server(prefix = "/fn", endpoint = "review_partners", input = Json)]
pub async fn review_partners(filter: PartnerFilter) -> Result<PartnerRegister, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.partners(&filter).await
}
