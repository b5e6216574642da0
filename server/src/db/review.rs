//! What a reviewer sees of one application beyond what its applicant edits.

use super::Database;

/// Columns of an application that only reviewers see.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReviewRecord {
    pub id: i64,
    pub version: i64,
    pub requested_tier: String,
    pub policy_version: i64,
    pub verdict: String,
    pub submitted_at: String,
    pub updated_at: String,
}

/// A history entry with its actor (the applicant, or a reviewer's email).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRecord {
    pub at: String,
    pub kind: String,
    pub actor: String,
    pub note: Option<String>,
    pub detail: Option<String>,
    pub version_number: Option<i64>,
}

/// One submitted version as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRecord {
    pub number: i64,
    pub application: String,
    pub verdict: String,
    pub policy_version: i64,
    pub requested_tier: String,
    pub requested_eligible: bool,
    pub answer: Option<String>,
    pub submitted_at: String,
}

const SELECT_REVIEW: &str =
    "SELECT id, version, requested_tier, policy_version, verdict, submitted_at, updated_at
    FROM applications WHERE reference = $1";
const SELECT_AUDIT: &str = "SELECT at, kind, actor, note, detail, version_number FROM application_events WHERE application_id = $1 ORDER BY id";
const SELECT_VERSIONS: &str = "
    SELECT v.number, v.application, v.verdict, v.policy_version, v.requested_tier, v.requested_eligible, v.answer,
           v.submitted_at
    FROM application_versions v JOIN applications a ON a.id = v.application_id
    WHERE a.reference = $1 ORDER BY v.number";

/// Every version of `reference`, oldest first (none when there is no such application).
pub async fn application_versions(db: &Database, reference: &str) -> Result<Vec<VersionRecord>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT_VERSIONS).bind(reference).fetch_all(pool).await)
}
pub async fn find_review(
    db: &Database,
    reference: &str,
) -> Result<Option<(ReviewRecord, Vec<AuditRecord>)>, sqlx::Error> {
    with_pool!(db, pool => {
        let found: Option<ReviewRecord> = sqlx::query_as(SELECT_REVIEW).bind(reference).fetch_optional(pool).await?;
        let Some(record) = found else {
            return Ok(None);
        };
        let audit = sqlx::query_as(SELECT_AUDIT).bind(record.id).fetch_all(pool).await?;
        Ok(Some((record, audit)))
    })
}
