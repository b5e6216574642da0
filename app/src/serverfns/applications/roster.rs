use leptos::prelude::*;

use crate::api::RosterToEdit;
use crate::serverfns::AppError;

/// A partner's roster to update, for whoever holds its application's status token.
#[server(prefix = "/fn", endpoint = "partner_roster")]
pub async fn partner_roster(reference: String, token: String) -> Result<RosterToEdit, AppError> {
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.roster_to_edit(&reference, &token).await?.ok_or(AppError::NotFound)
}
