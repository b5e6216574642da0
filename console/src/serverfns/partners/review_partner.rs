use leptos::prelude::*;

use app::api::PartnerFile;
use app::serverfns::AppError;

/// One partner, all a reviewer needs to act on it.
#[server(prefix = "/fn", endpoint = "review_partner")]
pub async fn review_partner(id: i64) -> Result<PartnerFile, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.partner(id).await
}
