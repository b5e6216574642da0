use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::serverfns::AppError;

/// Records which of a sampled partner's certificates the certification body confirmed.
#[server(prefix = "/fn", endpoint = "record_audit_check", input = Json)]
pub async fn record_audit_check(audit: i64, partner: i64, verified: Vec<String>) -> Result<(), AppError> {
    let reviewer = app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?
        .record_check(&reviewer, audit, partner, &verified)
        .await
}
