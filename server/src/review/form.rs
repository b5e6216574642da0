//! `POST /review/applications/{reference}/decide`: the decision forms of the application
//! page (plain HTML forms, so they work without WASM). Answers with a redirect back to the
//! page, which says what happened.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Redirect;
use serde::Deserialize;

use app::domain::{Category, EnterpriseLevel};
use app::server::Reviewer;

use super::{Decision, decide};
use crate::access::{self, RequireRole};
use crate::errors::ServiceError;
use crate::forms::{self, encode, with_query};
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
    RequireRole { principal: reviewer, .. }: RequireRole<Reviewer, access::Form>,
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Redirect {
    let page = format!("/review/applications/{}", encode(&reference));
    let decided = async {
        let decision = decision_of(form.decision.as_str(), &form)?;
        decide(&state.db, &state.live, &state.clock, &reviewer, &reference, form.version, decision).await
    };
    forms::redirect(&page, decided.await.map(|_| with_query(&page, "done=1")))
}

fn decision_of(kind: &str, form: &DecisionForm) -> Result<Decision, ServiceError> {
    let invalid = |field| ServiceError::invalid_field(field, "invalid", "is not one of the choices");
    Ok(match kind {
        "approve" => Decision::Approve {
            category: Category::from_key(&form.category).ok_or_else(|| invalid("category"))?,
            enterprise_level: match form.enterprise_level.as_str() {
                "" => None,
                level => Some(EnterpriseLevel::from_key(level).ok_or_else(|| invalid("enterprise_level"))?),
            },
        },
        "reject" => Decision::Reject { reason: form.reason.clone() },
        "request_info" => Decision::RequestInfo { message: form.message.clone() },
        _ => return Err(invalid("decision")),
    })
}
