use leptos::prelude::*;

use app::api::ApplicationReview;
use app::serverfns::AppError;

/// One application, all a reviewer needs to decide it.
#[server(prefix = "/fn", endpoint = "review_application")]
pub async fn review_application(reference: String) -> Result<ApplicationReview, AppError> {
    app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.review(&reference).await
}
