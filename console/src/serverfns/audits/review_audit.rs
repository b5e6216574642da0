use leptos::prelude::*;

use app::api::AuditFile;
use app::serverfns::AppError;

/// One quarterly audit with its sample.
#[server(prefix = "/fn", endpoint = "review_audit")]
pub async fn review_audit(id: i64) -> Result<AuditFile, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.audit(id).await
}
