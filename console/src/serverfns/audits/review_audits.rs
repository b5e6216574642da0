use leptos::prelude::*;

use app::api::AuditsOverview;
use app::serverfns::AppError;

/// Every quarterly audit.
#[server(prefix = "/fn", endpoint = "review_audits")]
pub async fn review_audits() -> Result<AuditsOverview, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.audits().await
}
