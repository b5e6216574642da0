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
}

const SELECT_REVIEW: &str =
    "SELECT id, version, requested_tier, policy_version, verdict, submitted_at, updated_at
    FROM applications WHERE reference = $1";
const SELECT_AUDIT: &str =
    "SELECT at, kind, actor, note, detail FROM application_events WHERE application_id = $1 ORDER BY id";
/// Certificate IDs of this application that other applications list too, with their references.
const SELECT_SHARED_CERTIFICATES: &str = "
    SELECT mine.certificate_id, other.reference
    FROM application_engineers mine
    JOIN application_engineers theirs
        ON theirs.certificate_id = mine.certificate_id AND theirs.application_id <> mine.application_id
    JOIN applications other ON other.id = theirs.application_id
    WHERE mine.application_id = $1
    ORDER BY other.reference";

pub async fn find_review(
    db: &Database,
    reference: &str,
) -> Result<Option<(ReviewRecord, Vec<AuditRecord>, Vec<(String, String)>)>, sqlx::Error> {
    with_pool!(db, pool => {
        let found: Option<ReviewRecord> = sqlx::query_as(SELECT_REVIEW).bind(reference).fetch_optional(pool).await?;
        let Some(record) = found else {
            return Ok(None);
        };
        let audit = sqlx::query_as(SELECT_AUDIT).bind(record.id).fetch_all(pool).await?;
        let shared = sqlx::query_as(SELECT_SHARED_CERTIFICATES).bind(record.id).fetch_all(pool).await?;
        Ok(Some((record, audit, shared)))
    })
}
