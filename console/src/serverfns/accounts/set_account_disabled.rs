use leptos::prelude::*;

use app::serverfns::AppError;

/// Disables account `id` (it is signed out at once) or enables it again.
#[server(prefix = "/fn", endpoint = "set_account_disabled")]
pub async fn set_account_disabled(id: i64, disabled: bool) -> Result<(), AppError> {
    let admin = app::server::require::<app::server::Admin>()?;
    app::server::desk::<dyn app::server::AccountDesk>()?.set_disabled(&admin, id, disabled).await
}
