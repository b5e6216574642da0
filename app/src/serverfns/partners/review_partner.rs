use leptos::prelude::*;

use crate::api::PartnerFile;
use crate::serverfns::AppError;

/// One partner, all a reviewer needs to act on it.
#[server(prefix = "/fn", endpoint = "review_partner")]
pub async fn review_partner(id: i64) -> Result<PartnerFile, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::PartnerDesk>()?.partner(id).await
}
