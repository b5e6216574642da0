use leptos::prelude::*;

use app::api::StaffMember;
use app::serverfns::AppError;

/// Who is signed in (the console's bar, and what it offers admins).
#[server(prefix = "/fn", endpoint = "current_staff")]
pub async fn current_staff() -> Result<StaffMember, AppError> {
    let principal = app::server::require::<app::server::Reviewer>()?;
    Ok(StaffMember { email: principal.email, role: principal.role })
}
