//! What reviewers do to a partner: record its fee, change its level, renew it, confirm its
//! non-renewal; and what admins do: terminate it. Each change is checked by the domain's rules, names the
//! version the reviewer saw, and is recorded in the partner's history.

use app::api::{EventType, HistoryDetail, LiveKind};
use app::domain::EnterpriseLevel;
use app::domain::current_policy;
use app::domain::partnership::{
    LevelRefusal, PartnerStatus, RenewalRefusal, Term, check_level_change, check_renewal,
    non_renewal_proposed,
};
use app::server::Principal;

use super::action::PartnerAction;
use super::roster::{confirmation_note, proposed_roster};
use super::snapshot::{PartnerSnapshot, load_one, parse_date};
use crate::clock::Clock;
use crate::db::{self, Applied, Database, NewPayment, PartnerChange, RosterResolution, StoredEngineer};
use crate::errors::{Context, Missing, ServiceError};
use crate::inputs::{check_amount, required_note, required_text};
use crate::live::LiveEvents;

/// The new state one action leads to.
struct Outcome {
    status: PartnerStatus,
    level: Option<EnterpriseLevel>,
    term: Option<Term>,
    kind: LiveKind,
    note: Option<String>,
    detail: Option<HistoryDetail>,
}

/// Applies `action` to partner `id` if `seen_version` is still its version. Returns the new version.
pub async fn act(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    reviewer: &Principal,
    id: i64,
    seen_version: i64,
    action: PartnerAction,
) -> Result<i64, ServiceError> {
    if !reviewer.role.includes(action.required_role()) {
        return Err(ServiceError::Forbidden);
    }
    let partner = load_one(db, id).await?.ok_or(ServiceError::NotFound(Missing::Partner))?;
    // A form from before the last change is answered as such, whatever the rules would say
    // now (storage checks the version again, for a change racing this one).
    if partner.record.version != seen_version {
        return Err(ServiceError::Stale { status: partner.record.status, version: partner.record.version });
    }
    let now = clock.now_rfc3339().context("reading the clock")?;
    let proposed = match &action {
        PartnerAction::ConfirmRoster { update } | PartnerAction::DeclineRoster { update, .. } => {
            let pending = db::pending_roster(db, id).await?.filter(|p| p.id == *update);
            let pending = pending.ok_or_else(roster_update_gone)?;
            Some(proposed_roster(&partner, &pending).context("reading a pending roster update")?)
        }
        _ => None,
    };
    let outcome = judge(&partner, clock, &action, proposed.as_deref())?;
    let roster = match (&action, &proposed) {
        (PartnerAction::ConfirmRoster { update }, Some(rows)) => {
            Some(RosterResolution { update_id: *update, confirmed: true, engineers: rows })
        }
        (PartnerAction::DeclineRoster { update, .. }, _) => {
            Some(RosterResolution { update_id: *update, confirmed: false, engineers: &[] })
        }
        _ => None,
    };
    let (start, end) = outcome.term.map(|t| (t.start.to_string(), t.end.to_string())).unzip();
    let payment = match &action {
        PartnerAction::RecordPayment { amount, paid_on, reference } => {
            Some(NewPayment { amount: amount.trim(), paid_on: paid_on.trim(), reference: reference.trim() })
        }
        _ => None,
    };
    let event_id = crate::notify::new_event_id().context("drawing an event id")?;
    let event_type = match outcome.kind {
        LiveKind::Activated => Some(EventType::PartnerActivated),
        LiveKind::Renewed => Some(EventType::PartnerRenewed),
        LiveKind::Terminated => Some(EventType::PartnerTerminated),
        _ => None,
    };
    let event = event_type.map(|event_type| db::NewEvent {
        event_id: &event_id,
        event_type: event_type.key(),
        status: outcome.status.key(),
        now: &now,
        due_at: clock.now().unix_timestamp(),
    });
    let detail = outcome.detail.as_ref().map(HistoryDetail::to_stored);
    let applied = db::apply_partner_change(
        db,
        &PartnerChange {
            id,
            seen_version,
            status: outcome.status.key(),
            enterprise_level: outcome.level.map(EnterpriseLevel::key),
            term_start: start.as_deref(),
            term_end: end.as_deref(),
            kind: outcome.kind.key(),
            actor: &reviewer.email,
            note: outcome.note.as_deref(),
            detail: detail.as_deref(),
            now: &now,
            payment,
            roster,
            event,
        },
    )
    .await?;
    match applied {
        Applied::Done { version } => {
            tracing::info!(
                reviewer = reviewer.id,
                partner = id,
                kind = outcome.kind.key(),
                "partner changed"
            );
            live.publish(outcome.kind, &partner.record.reference);
            Ok(version)
        }
        Applied::NotFound => Err(ServiceError::NotFound(Missing::Partner)),
        Applied::Stale { status, version } => Err(ServiceError::Stale { status, version }),
    }
}

/// The state `action` leads to, if the rules allow it today. `proposed` is the pending
/// roster update's rows, for a confirmation.
fn judge(
    partner: &PartnerSnapshot,
    clock: &Clock,
    action: &PartnerAction,
    proposed: Option<&[StoredEngineer]>,
) -> Result<Outcome, ServiceError> {
    let today = clock.today();
    let policy = current_policy();
    let same = |kind, note| Outcome {
        status: partner.status,
        level: partner.level,
        term: partner.term,
        kind,
        note,
        detail: None,
    };
    match action {
        PartnerAction::RecordPayment { amount, paid_on, reference } => {
            if partner.status != PartnerStatus::AwaitingFee {
                return Err(ServiceError::refused(
                    "not_awaiting_fee",
                    "only a partner awaiting its fee is activated by a payment",
                ));
            }
            check_amount(amount)?;
            let paid = parse_date(paid_on.trim()).ok_or_else(|| {
                ServiceError::invalid_field("paid_on", "invalid_format", "is not a date (YYYY-MM-DD)")
            })?;
            if paid > today {
                return Err(ServiceError::invalid_field("paid_on", "in_future", "is in the future"));
            }
            let reference = required_text("reference", reference, 100)?;
            let note = format!("fee {} paid on {paid}, reference {reference}", amount.trim());
            let detail = HistoryDetail::Paid {
                amount: amount.trim().to_owned(),
                paid_on: paid.to_string(),
                reference,
            };
            // The year is the one paid for: it starts on the payment date, not on the day
            // the payment was typed in.
            Ok(Outcome {
                status: PartnerStatus::Active,
                term: Some(Term::starting(paid)),
                detail: Some(detail),
                ..same(LiveKind::Activated, Some(note))
            })
        }
        PartnerAction::ChangeLevel { to, reason } => {
            let reason = required_note("reason", reason)?;
            check_level_change(partner.category, partner.status, partner.level, *to, &partner.roster, policy)
                .map_err(|refusal| match refusal {
                    LevelRefusal::NotEnterprise => {
                        ServiceError::refused("not_enterprise", "only Enterprise partners have a level")
                    }
                    LevelRefusal::Ended => ServiceError::refused("ended", "the cooperation has ended"),
                    LevelRefusal::Unchanged => {
                        ServiceError::refused("level_unchanged", "the partner has this level already")
                    }
                    LevelRefusal::Shortfalls(s) => ServiceError::short(
                        "trial_short",
                        "leaving Trial needs the full Enterprise numbers",
                        &s,
                    ),
                })?;
            let from = partner.level.map(EnterpriseLevel::key).unwrap_or("none");
            let note = format!("{from} → {}: {reason}", to.key());
            Ok(Outcome {
                level: Some(*to),
                detail: Some(HistoryDetail::LevelChanged { from: partner.level, to: *to, reason }),
                ..same(LiveKind::LevelChanged, Some(note))
            })
        }
        PartnerAction::Renew => {
            let next =
                check_renewal(partner.status, partner.term, today, partner.tier, &partner.roster, policy)
                    .map_err(|refusal| match refusal {
                        RenewalRefusal::NotActive => {
                            ServiceError::refused("not_active", "only an active partner is renewed")
                        }
                        RenewalRefusal::NotDue { .. } => ServiceError::refused(
                            "renewal_not_open",
                            "renewal opens 60 days before the term ends",
                        ),
                        RenewalRefusal::StillTrial => ServiceError::refused(
                            "still_trial",
                            "move the Trial partner to its Enterprise level first",
                        ),
                        RenewalRefusal::Shortfalls(s) => ServiceError::short(
                            "no_longer_qualifies",
                            "it no longer qualifies under the current policy",
                            &s,
                        ),
                    })?;
            Ok(Outcome {
                term: Some(next),
                detail: Some(HistoryDetail::Renewed {
                    start: next.start.to_string(),
                    end: next.end.to_string(),
                }),
                ..same(LiveKind::Renewed, Some(format!("term {} to {}", next.start, next.end)))
            })
        }
        PartnerAction::ConfirmNonRenewal => {
            if !non_renewal_proposed(
                partner.status,
                partner.term,
                today,
                partner.tier,
                &partner.roster,
                policy,
            ) {
                return Err(ServiceError::refused(
                    "non_renewal_not_proposed",
                    "non-renewal is proposed only when the term is over and the numbers are short",
                ));
            }
            Ok(Outcome { status: PartnerStatus::NotRenewed, ..same(LiveKind::NotRenewed, None) })
        }
        PartnerAction::Terminate { reason } => {
            let reason = required_note("reason", reason)?;
            if partner.status.ended() {
                return Err(ServiceError::refused("ended", "the cooperation has ended already"));
            }
            Ok(Outcome { status: PartnerStatus::Terminated, ..same(LiveKind::Terminated, Some(reason)) })
        }
        PartnerAction::ConfirmRoster { .. } => match proposed {
            Some(rows) => {
                let (note, detail) = confirmation_note(&partner.engineers, rows);
                Ok(Outcome { detail: Some(detail), ..same(LiveKind::RosterUpdated, Some(note)) })
            }
            None => Err(roster_update_gone()),
        },
        PartnerAction::DeclineRoster { reason, .. } => {
            Ok(same(LiveKind::RosterDeclined, Some(required_note("reason", reason)?)))
        }
    }
}

fn roster_update_gone() -> ServiceError {
    ServiceError::refused("roster_update_not_pending", "this roster update is no longer pending")
}
