use leptos::prelude::*;

use app::api::ApplicationVersion;
use app::serverfns::AppError;

/// Every version the applicant submitted, oldest first, each with what changed.
#[server(prefix = "/fn", endpoint = "application_versions")]
pub async fn application_versions(reference: String) -> Result<Vec<ApplicationVersion>, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.versions(&reference).await
}
