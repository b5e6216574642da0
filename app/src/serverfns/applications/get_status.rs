use leptos::prelude::*;

use crate::api::ApplicationStatus;
use crate::serverfns::AppError;

/// The private status of an application, for whoever holds its token.
#[server(prefix = "/fn", endpoint = "application_status")]
pub async fn get_application_status(reference: String, token: String) -> Result<ApplicationStatus, AppError> {
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.status(&reference, &token).await?.ok_or(AppError::NotFound)
}
