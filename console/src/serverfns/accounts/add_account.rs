use leptos::prelude::*;

use app::api::OneTimeLink;
use app::serverfns::AppError;
use app::staff::Role;

/// Adds a staff account; its one-time set-password link, shown once.
#[server(prefix = "/fn", endpoint = "add_account")]
pub async fn add_account(email: String, role: Role) -> Result<OneTimeLink, AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::AccountDesk>()?.add_account(&admin, &email, role).await
}
