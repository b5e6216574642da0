use leptos::prelude::*;

use crate::api::ApplicationReview;
use crate::serverfns::AppError;

/// One application, all a reviewer needs to decide it.
#[server(prefix = "/fn", endpoint = "review_application")]
pub async fn review_application(reference: String) -> Result<ApplicationReview, AppError> {
    crate::server::require::<crate::server::Reviewer>()?;
    crate::server::desk::<dyn crate::server::ReviewDesk>()?.review(&reference).await
}
