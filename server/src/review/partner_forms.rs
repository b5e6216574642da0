//! The forms of the partner and audit pages (plain HTML forms, so they work without WASM):
//! `POST /review/partners/{id}/act`, `POST /review/audits`,
//! `POST /review/audits/{id}/checks/{partner}`. Each answers with a redirect to its page,
//! which says what happened.

use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Redirect;
use serde::Deserialize;

use app::api::{EngineerCheck, SampleRequest};
use app::domain::EnterpriseLevel;
use app::domain::partnership::EngineerFinding;
use app::server::{Admin, Reviewer};

use crate::access::{self, RequireRole};
use crate::errors::ServiceError;
use crate::forms::{self, with_query};
use crate::partners::{self, PartnerAction};
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct PartnerForm {
    version: i64,
    action: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    paid_on: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    reason: String,
    /// The roster update shown, for `roster_confirm` and `roster_decline`.
    #[serde(default)]
    update: Option<i64>,
}

impl PartnerForm {
    fn action(self) -> Result<PartnerAction, ServiceError> {
        let invalid = |field| ServiceError::invalid_field(field, "invalid", "is not one of the choices");
        Ok(match self.action.as_str() {
            "payment" => PartnerAction::RecordPayment {
                amount: self.amount,
                paid_on: self.paid_on,
                reference: self.reference,
            },
            "level" => PartnerAction::ChangeLevel {
                to: EnterpriseLevel::from_key(&self.level).ok_or_else(|| invalid("level"))?,
                reason: self.reason,
            },
            "renew" => PartnerAction::Renew,
            "non_renewal" => PartnerAction::ConfirmNonRenewal,
            "terminate" => PartnerAction::Terminate { reason: self.reason },
            "roster_confirm" => {
                PartnerAction::ConfirmRoster { update: self.update.ok_or_else(|| invalid("update"))? }
            }
            "roster_decline" => PartnerAction::DeclineRoster {
                update: self.update.ok_or_else(|| invalid("update"))?,
                reason: self.reason,
            },
            _ => return Err(invalid("action")),
        })
    }
}

pub async fn act_on_partner(
    RequireRole { principal: reviewer, .. }: RequireRole<Reviewer, access::Form>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<PartnerForm>,
) -> Redirect {
    let page = format!("/review/partners/{id}");
    let version = form.version;
    let acted = async {
        partners::act(&state.db, &state.live, &state.clock, &reviewer, id, version, form.action()?).await
    };
    forms::redirect(&page, acted.await.map(|_| with_query(&page, "done=1")))
}

#[derive(Debug, Deserialize)]
pub struct StartAuditForm {
    quarter: String,
    size_kind: String,
    size: String,
}

impl StartAuditForm {
    fn size(&self) -> Result<SampleRequest, ServiceError> {
        match (self.size_kind.as_str(), self.size.trim().parse::<u32>()) {
            ("count", Ok(n)) => Ok(SampleRequest::Count(n)),
            ("percent", Ok(p)) => Ok(SampleRequest::Percent(p)),
            _ => {
                Err(ServiceError::invalid_field("size", "invalid", "is a number of partners or a percentage"))
            }
        }
    }
}

pub async fn start_audit(
    RequireRole { principal: admin, .. }: RequireRole<Admin, access::Form>,
    State(state): State<AppState>,
    Form(form): Form<StartAuditForm>,
) -> Redirect {
    const PAGE: &str = "/review/audits";
    let started = async {
        partners::start_audit(&state.db, &state.live, &state.clock, &admin, &form.quarter, form.size()?).await
    };
    forms::redirect(PAGE, started.await.map(|id| format!("{PAGE}/{id}")))
}

/// Each engineer's finding arrives as `finding:<certificate id>=<confirmed|left|false_certificate>`.
pub async fn record_audit_check(
    RequireRole { principal: admin, .. }: RequireRole<Admin, access::Form>,
    State(state): State<AppState>,
    Path((audit, partner)): Path<(i64, i64)>,
    body: Bytes,
) -> Redirect {
    let page = format!("/review/audits/{audit}");
    let found: Result<Vec<EngineerCheck>, ServiceError> = form_urlencoded::parse(&body)
        .filter_map(|(key, value)| key.strip_prefix("finding:").map(|id| (id.to_owned(), value)))
        .map(|(certificate_id, value)| {
            let finding = EngineerFinding::from_key(&value).ok_or_else(|| {
                ServiceError::invalid_field("findings", "invalid", "is confirmed, left or false_certificate")
            })?;
            Ok(EngineerCheck { certificate_id, finding })
        })
        .collect();
    let recorded = async {
        partners::record_check(&state.db, &state.live, &state.clock, &admin, audit, partner, &found?).await
    }
    .await;
    forms::redirect(&page, recorded.map(|_| format!("{page}#partner-{partner}")))
}
