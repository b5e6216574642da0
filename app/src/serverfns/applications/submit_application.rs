use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{ApplicationCreated, ApplicationRequest, Resubmission};
use crate::serverfns::AppError;

/// The wizard's submit. The server parses and validates everything again and evaluates with
/// the same engine; the same submission key again returns the first application. With
/// `resubmission`, the application it names (awaiting information) is replaced instead.
#[server(prefix = "/fn", endpoint = "submit_application", input = Json)]
pub async fn submit_application(
    request: ApplicationRequest,
    #[server(default)] resubmission: Option<Resubmission>,
) -> Result<ApplicationCreated, AppError> {
    let desk = crate::server::desk::<dyn crate::server::ApplicantDesk>()?;
    match resubmission {
        Some(resubmission) => desk.resubmit(&resubmission, &request).await,
        None => desk.submit(&request).await,
    }
}
