use leptos::prelude::*;

use app::api::OneTimeLink;
use app::serverfns::AppError;

/// A new one-time set-password link for account `id` (earlier ones stop working).
#[server(prefix = "/fn", endpoint = "reset_password")]
pub async fn reset_password(id: i64) -> Result<OneTimeLink, AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::AccountDesk>()?.reset_password(&admin, id).await
}
