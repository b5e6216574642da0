//! `POST /status/{reference}/roster`: the roster update page's form. The island puts the
//! edited roster in a hidden field as the wizard's JSON; the answer is a redirect to the
//! status page (sent) or back to the form (what was wrong).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Redirect;
use serde::Deserialize;

use app::api::ApplicationRequest;

use crate::partners::{self, RosterError};
use crate::state::AppState;

/// The island's draft; only its request (and of that, the engineers) is read.
#[derive(Debug, Deserialize)]
struct RosterDraft {
    request: ApplicationRequest,
}

#[derive(Debug, Deserialize)]
pub struct RosterForm {
    token: String,
    /// The island's draft as JSON.
    request: String,
    #[serde(default)]
    note: String,
}

pub async fn submit_roster(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Form(form): Form<RosterForm>,
) -> Redirect {
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let (reference_part, token_part) = (encode(&reference), encode(&form.token));
    let back = |field: &str| {
        Redirect::to(&format!("/status/{reference_part}/roster?token={token_part}&invalid={}", encode(field)))
    };
    let Ok(RosterDraft { request }) = serde_json::from_str(&form.request) else {
        return back("engineers");
    };
    let sent = partners::submit_roster_update(
        &state.db,
        &state.live,
        &state.clock,
        &reference,
        &form.token,
        &request.engineers,
        &form.note,
    )
    .await;
    match sent {
        Ok(()) => Redirect::to(&format!("/status/{reference_part}?token={token_part}&roster=sent")),
        Err(RosterError::Invalid { field, .. }) => back(&field),
        // The form's page answers these itself (it refuses an unknown or ended partner).
        Err(RosterError::NotFound | RosterError::Ended) => back("partner"),
        Err(error @ (RosterError::Storage(_) | RosterError::Internal)) => {
            tracing::error!(%error, "storing a roster update");
            back("server")
        }
    }
}
