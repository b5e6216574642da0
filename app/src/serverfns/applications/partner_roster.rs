use leptos::prelude::*;

use crate::api::RosterToEdit;
use crate::serverfns::AppError;

/// A partner's roster to update, for whoever holds its application's status token.
#[server(prefix = "/fn", endpoint = "partner_roster")]
pub async fn partner_roster(reference: String, token: String) -> Result<RosterToEdit, AppError> {
    crate::server::desk::<dyn crate::server::ApplicantDesk>()?.roster_to_edit(&reference, &token).await
}
