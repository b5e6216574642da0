use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use app::api::PartnerActionRequest;
use app::serverfns::AppError;

/// Records a fee, changes the level, renews, confirms a non-renewal, terminates, or answers a
/// roster update, if `version` is still the partner's; its new version.
#[server(prefix = "/fn", endpoint = "act_on_partner", input = Json)]
pub async fn act_on_partner(id: i64, version: i64, action: PartnerActionRequest) -> Result<i64, AppError> {
    let reviewer = app::server::require::<app::server::Reviewer>()?;
    app::server::desk::<dyn app::server::PartnerDesk>()?.act(&reviewer, id, version, &action).await
}
