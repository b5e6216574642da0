use leptos::prelude::*;

use crate::api::AuditsOverview;
use crate::serverfns::AppError;

/// Every quarterly audit.
#[server(prefix = "/fn", endpoint = "review_audits")]
pub async fn review_audits() -> Result<AuditsOverview, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::PartnerDesk>()?.audits().await
}
