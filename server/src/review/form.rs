//! `POST /review/applications/{reference}/decide`: the decision forms of the application
//! page (plain HTML forms, so they work without WASM). Answers with a redirect back to the
//! page, which says what happened.

use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::{Extension, Form};
use serde::Deserialize;

use app::domain::{Category, EnterpriseLevel};
use app::server::Principal;

use super::{DecideError, Decision, decide};
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    version: i64,
    decision: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    enterprise_level: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    message: String,
}

pub async fn submit_decision(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(reference): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Redirect {
    let page = format!("/review/applications/{}", encode(&reference));
    let Some(Extension(reviewer)) = principal else {
        tracing::warn!("decision refused: not signed in");
        return Redirect::to(&format!("/login?next={}", encode(&page)));
    };
    let decision = match form.decision.as_str() {
        "approve" => match Category::from_key(&form.category) {
            Some(category) => Decision::Approve {
                category,
                enterprise_level: EnterpriseLevel::from_key(&form.enterprise_level),
            },
            None => return Redirect::to(&format!("{page}?invalid=category")),
        },
        "reject" => Decision::Reject { reason: form.reason },
        "request_info" => Decision::RequestInfo { message: form.message },
        _ => return Redirect::to(&format!("{page}?invalid=decision")),
    };
    match decide(&state.db, &state.live, &state.clock, &reviewer, &reference, form.version, decision).await {
        Ok(_) => Redirect::to(&format!("{page}?done=1")),
        Err(DecideError::Invalid { field, .. }) => Redirect::to(&format!("{page}?invalid={field}")),
        Err(DecideError::Stale { .. }) => Redirect::to(&format!("{page}?conflict=1")),
        Err(DecideError::NotFound) => Redirect::to(&page),
        Err(error @ (DecideError::Storage(_) | DecideError::Clock)) => {
            tracing::error!(%error, "recording a decision");
            Redirect::to(&format!("{page}?conflict=1"))
        }
    }
}

/// Everything but RFC 3986's unreserved characters is escaped.
const UNRESERVED: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub(super) fn encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string()
}
