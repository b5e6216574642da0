use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{PartnerFilter, PartnerUpdate};
use app::serverfns::AppError;

/// The partner of application `reference` as an open register with `filter` shows it.
#[server(prefix = "/fn", endpoint = "partner_change", input = Json)]
pub async fn partner_change(filter: PartnerFilter, reference: String) -> Result<PartnerUpdate, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.partner_update(&filter, &reference).await
}
