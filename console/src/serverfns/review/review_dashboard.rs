use leptos::prelude::*;

use app::api::Dashboard;
use app::serverfns::AppError;

/// The totals, the chart, the newest applications and the partners' deadlines.
#[server(prefix = "/fn", endpoint = "review_dashboard")]
pub async fn review_dashboard() -> Result<Dashboard, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.dashboard().await
}
