use leptos::prelude::*;

use crate::api::ApplicationStatus;

/// The private status of an application, for whoever holds its token.
#[server(prefix = "/fn")]
pub async fn get_application_status(
    reference: String,
    token: String,
) -> Result<Option<ApplicationStatus>, ServerFnError> {
    let desk = use_context::<crate::server::SharedDesk>()
        .ok_or_else(|| ServerFnError::new("the application store is not available"))?;
    desk.status(&reference, &token).await.map_err(|_| ServerFnError::new("the status could not be read"))
}
