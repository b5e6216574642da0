use leptos::prelude::*;

use app::api::StaffAccounts;
use app::serverfns::AppError;

/// Every staff account and the latest changes to them.
#[server(prefix = "/fn", endpoint = "review_accounts")]
pub async fn review_accounts() -> Result<StaffAccounts, AppError> {
    app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::AccountDesk>()?.accounts().await
}
