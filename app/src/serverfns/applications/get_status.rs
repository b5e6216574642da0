use leptos::prelude::*;

use crate::api::ApplicationStatus;
use crate::serverfns::AppError;

/// The private status of an application, for whoever holds its token.
#[server(prefix = "/fn", endpoint = "application_status")]
pub async fn get_application_status(reference: String, token: String) -> Result<ApplicationStatus, AppError> {
    crate::server::desk::<dyn crate::server::ApplicantDesk>()?.status(&reference, &token).await
}
