use leptos::prelude::*;

use crate::api::ApplicationRequest;
use crate::serverfns::AppError;

/// The stored application, for the wizard to edit after the reviewers asked for more.
#[server(prefix = "/fn", endpoint = "application_for_resubmission")]
pub async fn application_for_resubmission(
    reference: String,
    token: String,
) -> Result<ApplicationRequest, AppError> {
    crate::server::desk::<dyn crate::server::ApplicantDesk>()?.stored_request(&reference, &token).await
}
