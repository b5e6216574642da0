use app::api::{ApplicationStatus, StatusEvent};
use app::domain::{ApplicationState, Category, EnterpriseLevel, Tier};
use time::Date;

use super::tokens::sha256_hex;
use crate::db::{Database, StatusRecord, find_status};

#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    #[error(transparent)]
    Storage(#[from] sqlx::Error),
    #[error("stored application {0} holds a value this build does not know: {1}")]
    Corrupt(String, &'static str),
}

/// The status of `reference`, if `token` is its status token. A wrong token and an unknown
/// reference look the same (`None`), so a token guess learns nothing about references.
pub async fn status(
    db: &Database,
    today: Date,
    reference: &str,
    token: &str,
) -> Result<Option<ApplicationStatus>, StatusError> {
    let Some(record) = find_status(db, reference).await? else {
        return Ok(None);
    };
    if record.status_token_hash != sha256_hex(token) {
        return Ok(None);
    }
    let mut status = to_status(record)?;
    status.partner = crate::partners::standing_of(db, today, reference).await?;
    Ok(Some(status))
}

fn to_status(record: StatusRecord) -> Result<ApplicationStatus, StatusError> {
    let corrupt = |what| StatusError::Corrupt(record.reference.clone(), what);
    let status = ApplicationState::from_key(&record.status).ok_or_else(|| corrupt("status"))?;
    let category = Category::from_key(&record.category).ok_or_else(|| corrupt("category"))?;
    let enterprise_level = match record.enterprise_level.as_deref() {
        Some(level) => Some(EnterpriseLevel::from_key(level).ok_or_else(|| corrupt("enterprise_level"))?),
        None => None,
    };
    let requested = Tier::from_key(&record.requested_tier).ok_or_else(|| corrupt("requested_tier"))?;
    let policy_version = u32::try_from(record.policy_version).map_err(|_| corrupt("policy_version"))?;
    Ok(ApplicationStatus {
        status,
        category,
        enterprise_level,
        requested,
        requested_eligible: record.requested_eligible,
        policy_version,
        submitted_at: record.submitted_at,
        updated_at: record.updated_at,
        history: record
            .history
            .into_iter()
            .map(|event| StatusEvent { at: event.at, kind: event.kind, note: event.note })
            .collect(),
        reference: record.reference,
        partner: None,
    })
}
