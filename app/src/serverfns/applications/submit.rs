use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{ApplicationCreated, ApplicationRequest};
use crate::serverfns::AppError;

/// The wizard's submit. The server parses and validates everything again and evaluates with
/// the same engine; the same submission key again returns the first application.
#[server(prefix = "/fn", endpoint = "submit_application", input = Json)]
pub async fn submit_application(request: ApplicationRequest) -> Result<ApplicationCreated, AppError> {
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.submit(&request).await
}
