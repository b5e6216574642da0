use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::{DecisionOutcome, DecisionRequest};
use app::serverfns::AppError;

/// Approves, rejects or asks for information on the version of `reference` the reviewer saw.
#[server(prefix = "/fn", endpoint = "decide_application", input = Json)]
pub async fn decide_application(
    reference: String,
    request: DecisionRequest,
) -> Result<DecisionOutcome, AppError> {
    let reviewer = app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::ReviewDesk>()?.decide(&reviewer, &reference, &request).await
}
