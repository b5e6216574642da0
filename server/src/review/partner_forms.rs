//! The forms of the partner and audit pages (plain HTML forms, so they work without WASM):
//! `POST /review/partners/{id}/act`, `POST /review/audits`,
//! `POST /review/audits/{id}/checks/{partner}`. Each answers with a redirect to its page,
//! which says what happened.

use std::collections::BTreeSet;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::{Extension, Form};
use serde::Deserialize;

use app::domain::partnership::{Quarter, SampleSize};
use app::domain::{CertificateId, EnterpriseLevel};
use app::server::{Principal, Role};

use super::form::encode;
use crate::partners::{self, ActError, AuditError, PartnerAction};
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

pub async fn act_on_partner(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<i64>,
    Form(form): Form<PartnerForm>,
) -> Redirect {
    let page = format!("/review/partners/{id}");
    let Some(Extension(reviewer)) = principal else {
        tracing::warn!("partner action refused: not signed in");
        return Redirect::to(&format!("/login?next={}", encode(&page)));
    };
    let action = match form.action.as_str() {
        "payment" => PartnerAction::RecordPayment {
            amount: form.amount,
            paid_on: form.paid_on,
            reference: form.reference,
        },
        "level" => match EnterpriseLevel::from_key(&form.level) {
            Some(to) => PartnerAction::ChangeLevel { to, reason: form.reason },
            None => return Redirect::to(&format!("{page}?invalid=level")),
        },
        "renew" => PartnerAction::Renew,
        "non_renewal" => PartnerAction::ConfirmNonRenewal,
        "terminate" => PartnerAction::Terminate { reason: form.reason },
        "roster_confirm" | "roster_decline" => match (form.action.as_str(), form.update) {
            ("roster_confirm", Some(update)) => PartnerAction::ConfirmRoster { update },
            (_, Some(update)) => PartnerAction::DeclineRoster { update, reason: form.reason },
            (_, None) => return Redirect::to(&format!("{page}?invalid=update")),
        },
        _ => return Redirect::to(&format!("{page}?invalid=action")),
    };
    match partners::act(&state.db, &state.live, &state.clock, &reviewer, id, form.version, action).await {
        Ok(_) => Redirect::to(&format!("{page}?done=1")),
        Err(ActError::Invalid { field, .. }) => Redirect::to(&format!("{page}?invalid={field}")),
        Err(ActError::Refused { reason, .. }) => Redirect::to(&format!("{page}?refused={}", encode(reason))),
        Err(ActError::Stale { .. }) => Redirect::to(&format!("{page}?conflict=1")),
        Err(ActError::NotFound) => Redirect::to(&page),
        Err(error @ (ActError::Storage(_) | ActError::Clock)) => {
            tracing::error!(%error, "changing a partner");
            Redirect::to(&format!("{page}?conflict=1"))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct StartAuditForm {
    quarter: String,
    size_kind: String,
    size: String,
}

pub async fn start_audit(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Form(form): Form<StartAuditForm>,
) -> Redirect {
    const PAGE: &str = "/review/audits";
    let refuse = |reason: &str| Redirect::to(&format!("{PAGE}?refused={}", encode(reason)));
    let Some(Extension(admin)) = principal else {
        tracing::warn!("audit refused: not signed in");
        return Redirect::to(&format!("/login?next={}", encode(PAGE)));
    };
    if !admin.role.includes(Role::Admin) {
        tracing::warn!(reviewer = admin.id, "audit refused: not an admin");
        return refuse("only an admin starts an audit");
    }
    let Some(quarter) = Quarter::parse(&form.quarter) else {
        return refuse("the quarter is not like 2026-Q4");
    };
    let size = match (form.size_kind.as_str(), form.size.trim().parse::<u32>()) {
        ("count", Ok(n)) => SampleSize::Count(n),
        ("percent", Ok(p)) if p <= 100 => SampleSize::Percent(p),
        _ => return refuse("the sample size is a number of partners or a percentage up to 100"),
    };
    match partners::start_audit(&state.db, &state.live, &state.clock, &admin, quarter, size).await {
        Ok(id) => Redirect::to(&format!("{PAGE}/{id}")),
        Err(AuditError::Invalid { .. }) => refuse("the sample size must be at least 1"),
        Err(AuditError::AlreadyStarted) => refuse("this quarter has its audit already"),
        Err(AuditError::NobodyToAudit) => refuse("there is no active partner to audit"),
        Err(error) => {
            tracing::error!(%error, "starting an audit");
            refuse("something went wrong on our side")
        }
    }
}

/// The checked boxes arrive as repeated `verified=<certificate id>` fields.
pub async fn record_audit_check(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path((audit, partner)): Path<(i64, i64)>,
    body: Bytes,
) -> Redirect {
    let page = format!("/review/audits/{audit}");
    let Some(Extension(reviewer)) = principal else {
        tracing::warn!("audit check refused: not signed in");
        return Redirect::to(&format!("/login?next={}", encode(&page)));
    };
    let verified: BTreeSet<String> = form_urlencoded::parse(&body)
        .filter(|(key, _)| key == "verified")
        .filter_map(|(_, value)| CertificateId::parse("verified", &value).ok().flatten())
        .map(|id| id.as_str().to_owned())
        .collect();
    let refuse = |reason: &str| Redirect::to(&format!("{page}?refused={}", encode(reason)));
    match partners::record_check(&state.db, &state.live, &state.clock, &reviewer, audit, partner, verified)
        .await
    {
        Ok(_) => Redirect::to(&format!("{page}#partner-{partner}")),
        Err(AuditError::AlreadyChecked) => refuse("this partner's check was recorded already"),
        Err(AuditError::NotFound) => refuse("this partner is not in the audit's sample"),
        Err(error) => {
            tracing::error!(%error, "recording an audit check");
            refuse("something went wrong on our side")
        }
    }
}
