use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::EngineerCheck;
use app::serverfns::AppError;

/// Records what the certification body's records say of each of a sampled partner's
/// engineers (admins: the spec gives audits to them).
#[server(prefix = "/fn", endpoint = "record_audit_check", input = Json)]
pub async fn record_audit_check(audit: i64, partner: i64, found: Vec<EngineerCheck>) -> Result<(), AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.record_check(&admin, audit, partner, &found).await
}
