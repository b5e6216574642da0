use leptos::prelude::*;

use app::serverfns::AppError;

/// Changes the signed-in staff member's own password; they sign in again with it.
#[server(prefix = "/fn", endpoint = "change_own_password")]
pub async fn change_own_password(current: String, new: String) -> Result<(), AppError> {
    let staff = app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::AccountDesk>()?.change_own_password(&staff, current, new).await
}
