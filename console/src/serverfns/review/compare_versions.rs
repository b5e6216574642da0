use leptos::prelude::*;

use app::api::VersionChange;
use app::serverfns::AppError;

/// What changed from version `from` to version `to` of `reference`.
#[server(prefix = "/fn", endpoint = "compare_versions")]
pub async fn compare_versions(reference: String, from: i64, to: i64) -> Result<Vec<VersionChange>, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.compare_versions(&reference, from, to).await
}
