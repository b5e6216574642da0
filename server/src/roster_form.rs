//! `POST /status/{reference}/roster`: the roster update page's form. The island puts the
//! edited roster in a hidden field as the wizard's JSON; the answer is a redirect to the
//! status page (sent) or back to the form (what was wrong).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Redirect;
use serde::Deserialize;

use app::api::ApplicationRequest;
use app::domain::FieldError;

use crate::errors::ServiceError;
use crate::forms::{self, encode};
use crate::partners;
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
    let (reference_part, token_part) = (encode(&reference), encode(&form.token));
    let page = format!("/status/{reference_part}/roster?token={token_part}");
    let sent = async {
        let RosterDraft { request } = serde_json::from_str(&form.request).map_err(|_| {
            ServiceError::Invalid(vec![FieldError::new("engineers", "invalid", "could not be read")])
        })?;
        partners::submit_roster_update(
            &state.db,
            &state.live,
            &state.clock,
            &reference,
            &form.token,
            &request.engineers,
            &form.note,
        )
        .await
    };
    let status_page = format!("/status/{reference_part}?token={token_part}&roster=sent");
    forms::redirect(&page, sent.await.map(|()| status_page))
}
