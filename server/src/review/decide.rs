use app::api::{DecisionKind, DecisionOutcome, DecisionRequest, EventType, HistoryDetail, LiveKind};
use app::domain::partnership::{PartnerStatus, Term};
use app::domain::{Category, EnterpriseLevel, Tier, current_policy};
use app::server::Principal;

use crate::applications::to_request;
use crate::clock::Clock;
use crate::db::{self, Applied, Database, NewDecision, NewEvent, NewMessage, NewPartner};
use crate::errors::{Context, Missing, ServiceError, internal};
use crate::inputs::required_note;
use crate::live::LiveEvents;
use crate::review::verdict::evaluate_now;

/// What a reviewer decides about an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Admit the company as this partner (the level is for Enterprise only, and required there).
    Approve {
        category: Category,
        enterprise_level: Option<EnterpriseLevel>,
    },
    Reject {
        reason: String,
    },
    /// Ask the applicant for more; they see the message on their status page.
    RequestInfo {
        message: String,
    },
}

/// The decision a request names, with the part its kind needs.
impl TryFrom<&DecisionRequest> for Decision {
    type Error = ServiceError;

    fn try_from(request: &DecisionRequest) -> Result<Self, ServiceError> {
        Ok(match request.decision {
            DecisionKind::Approve => Decision::Approve {
                category: request.category.ok_or_else(|| {
                    ServiceError::invalid_field("category", "required", "an approval names the category")
                })?,
                enterprise_level: request.enterprise_level,
            },
            DecisionKind::Reject => Decision::Reject { reason: request.reason.clone().unwrap_or_default() },
            DecisionKind::RequestInfo => {
                Decision::RequestInfo { message: request.message.clone().unwrap_or_default() }
            }
        })
    }
}

/// Applies `decision` if `seen_version` is still the application's version; records who
/// decided, when and why; creates the partner on approval. Returns the new version and the
/// partner an approval made.
pub async fn decide(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    reviewer: &Principal,
    reference: &str,
    seen_version: i64,
    decision: Decision,
) -> Result<DecisionOutcome, ServiceError> {
    let stamp = clock.now_rfc3339().context("reading the clock")?;
    let (status, note) = match &decision {
        Decision::Approve { category, enterprise_level } => {
            check_level_matches(*category, *enterprise_level)?;
            check_meets(db, reference, seen_version, Tier::requested(*category, *enterprise_level)).await?;
            let note = match enterprise_level {
                Some(level) => format!("approved as {} ({})", category.key(), level.key()),
                None => format!("approved as {}", category.key()),
            };
            ("approved", note)
        }
        Decision::Reject { reason } => ("rejected", required_note("reason", reason)?),
        Decision::RequestInfo { message } => ("info_requested", required_note("message", message)?),
    };
    let admitted = match &decision {
        Decision::Approve { category, enterprise_level } => {
            Some((*category, *enterprise_level, admission(clock, *category, *enterprise_level)))
        }
        _ => None,
    };
    let term = admitted
        .and_then(|(_, _, (_, term))| term)
        .map(|term| (term.start.to_string(), term.end.to_string()));
    let partner = admitted.map(|(category, level, (status, _))| NewPartner {
        category: category.key(),
        enterprise_level: level.map(EnterpriseLevel::key),
        status: status.key(),
        term_start: term.as_ref().map(|(start, _)| start.as_str()),
        term_end: term.as_ref().map(|(_, end)| end.as_str()),
    });
    let detail = match &decision {
        Decision::Approve { category, enterprise_level } => Some(
            HistoryDetail::Approved { category: *category, enterprise_level: *enterprise_level }.to_stored(),
        ),
        _ => None,
    };
    let event_id = crate::notify::new_event_id().context("drawing an event id")?;
    // The applicant reads the reviewers' question or reason; an approval's note is internal.
    let message = NewMessage {
        event_id: &event_id,
        template: status,
        link: None,
        note: (status != "approved").then_some(note.as_str()),
        now: &stamp,
        due_at: clock.now().unix_timestamp(),
    };
    let (decided_id, activated_id) = (
        crate::notify::new_event_id().context("drawing an event id")?,
        crate::notify::new_event_id().context("drawing an event id")?,
    );
    let due_at = clock.now().unix_timestamp();
    let event = |event_id, event_type, status| NewEvent { event_id, event_type, status, now: &stamp, due_at };
    let applied = db::apply_decision(
        db,
        &NewDecision {
            reference,
            seen_version,
            status,
            actor: &reviewer.email,
            note: &note,
            detail: detail.as_deref(),
            now: &stamp,
            partner,
            message,
            decided: event(&decided_id, EventType::ApplicationDecided.key(), status),
            activated: event(&activated_id, EventType::PartnerActivated.key(), "active"),
        },
    )
    .await?;
    match applied {
        Applied::Done { version } => {
            tracing::info!(reviewer = reviewer.id, %reference, status, "application decided");
            let kind = match decision {
                Decision::Approve { .. } => LiveKind::Approved,
                Decision::Reject { .. } => LiveKind::Rejected,
                Decision::RequestInfo { .. } => LiveKind::InfoRequested,
            };
            live.publish(kind, reference);
            let partner = match decision {
                Decision::Approve { .. } => {
                    db::find_partner_by_reference(db, reference).await?.map(|(p, _)| p.id)
                }
                _ => None,
            };
            Ok(DecisionOutcome { version, partner })
        }
        Applied::NotFound => Err(ServiceError::NotFound(Missing::Application)),
        Applied::Stale { status, version } => Err(ServiceError::Stale { status, version }),
    }
}

/// An approval must be for a tier the application meets under the policy in force now,
/// measured on the version the reviewer saw (the decision itself checks that it is still
/// current). A lower tier than asked for is fine; the level within Enterprise is the
/// reviewer's call, as its numbers are the same.
async fn check_meets(
    db: &Database,
    reference: &str,
    seen_version: i64,
    tier: Tier,
) -> Result<(), ServiceError> {
    let stored =
        db::find_application(db, reference).await?.ok_or(ServiceError::NotFound(Missing::Application))?;
    if stored.version != seen_version {
        return Err(ServiceError::Stale { status: stored.status, version: stored.version });
    }
    let evaluation = evaluate_now(&to_request(stored), reference).ok_or_else(|| {
        internal("evaluating a stored application", "the stored application does not parse")
    })?;
    let result = evaluation.results.get(tier);
    match result.eligible {
        true => Ok(()),
        false => Err(ServiceError::NotEligible { tier, shortfalls: result.shortfalls.clone() }),
    }
}

/// How an approval admits the company: a fee category's partner awaits its fee and has no
/// term yet; a fee-free one is active with a term from today.
fn admission(
    clock: &Clock,
    category: Category,
    level: Option<EnterpriseLevel>,
) -> (PartnerStatus, Option<Term>) {
    if current_policy().rule(Tier::requested(category, level)).fee {
        (PartnerStatus::AwaitingFee, None)
    } else {
        (PartnerStatus::Active, Some(Term::starting(clock.today())))
    }
}

fn check_level_matches(category: Category, level: Option<EnterpriseLevel>) -> Result<(), ServiceError> {
    match (category, level) {
        (Category::Enterprise, None) => Err(ServiceError::invalid_field(
            "enterprise_level",
            "required",
            "an Enterprise approval names the level",
        )),
        (other, Some(_)) if other != Category::Enterprise => Err(ServiceError::invalid_field(
            "enterprise_level",
            "not_applicable",
            "only Enterprise partners have a level",
        )),
        _ => Ok(()),
    }
}
