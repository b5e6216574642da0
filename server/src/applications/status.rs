use app::api::{ApplicationStatus, StatusEvent};
use app::domain::{Shortfall, Tier};
use time::Date;

use super::tokens::sha256_hex;
use crate::db::{Database, StatusRecord, find_status, stored, stored_opt};
use crate::errors::{Missing, ServiceError, internal};

/// The status of `reference`, if `token` is its status token. A wrong token and an unknown
/// reference look the same, so a token guess learns nothing about references.
pub async fn status(
    db: &Database,
    today: Date,
    reference: &str,
    token: &str,
) -> Result<ApplicationStatus, ServiceError> {
    let record = find_status(db, reference)
        .await?
        .filter(|record| record.status_token_hash == sha256_hex(token))
        .ok_or(ServiceError::NotFound(Missing::ApplicationWithToken))?;
    let mut status = to_status(record)?;
    status.partner = crate::partners::standing_of(db, today, reference).await?;
    Ok(status)
}

fn to_status(record: StatusRecord) -> Result<ApplicationStatus, ServiceError> {
    let policy_version = u32::try_from(record.policy_version)
        .map_err(|_| internal("reading a stored application", "a policy version out of range"))?;
    let requested: Tier = stored(&record.requested_tier)?;
    let shortfalls = requested_shortfalls(&record.verdict, requested)?;
    Ok(ApplicationStatus {
        status: stored(&record.status)?,
        category: stored(&record.category)?,
        enterprise_level: stored_opt(record.enterprise_level.as_deref())?,
        requested,
        requested_eligible: record.requested_eligible,
        shortfalls,
        policy_version,
        submitted_at: record.submitted_at,
        updated_at: record.updated_at,
        history: record
            .history
            .into_iter()
            .map(|event| Ok(StatusEvent { at: event.at, kind: stored(&event.kind)?, note: event.note }))
            .collect::<Result<_, ServiceError>>()?,
        reference: record.reference,
        partner: None,
    })
}

/// What `tier` lacked in a stored evaluation (the engine's own JSON).
fn requested_shortfalls(verdict: &str, tier: Tier) -> Result<Vec<Shortfall>, ServiceError> {
    let mut evaluation: serde_json::Value =
        serde_json::from_str(verdict).map_err(|e| internal("reading a stored verdict", e.to_string()))?;
    let shortfalls = evaluation["results"][tier.key()]["shortfalls"].take();
    serde_json::from_value(shortfalls).map_err(|e| internal("reading a stored verdict", e.to_string()))
}
