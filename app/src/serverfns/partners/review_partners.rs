use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{PartnerFilter, PartnerRegister};
use crate::serverfns::AppError;

/// The partner register as `filter` narrows it.
#[server(prefix = "/fn", endpoint = "review_partners", input = Json)]
pub async fn review_partners(filter: PartnerFilter) -> Result<PartnerRegister, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::PartnerDesk>()?.partners(&filter).await
}
