use leptos::prelude::*;

use crate::api::AuditFile;
use crate::serverfns::AppError;

/// One quarterly audit with its sample.
#[server(prefix = "/fn", endpoint = "review_audit")]
pub async fn review_audit(id: i64) -> Result<AuditFile, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::PartnerDesk>()?.audit(id).await
}
