//! The reviewers' queue.

use serde::Serialize;

use super::Database;

/// One application as the queue lists it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct QueueRow {
    pub reference: String,
    pub legal_name: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub requested_tier: String,
    pub requested_eligible: bool,
    pub status: String,
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
}

/// The newest `limit` applications, of one `status` only if given.
pub async fn queue(db: &Database, status: Option<&str>, limit: i64) -> Result<Vec<QueueRow>, sqlx::Error> {
    let select =
        "SELECT reference, legal_name, category, enterprise_level, requested_tier, requested_eligible,
            status, version, submitted_at, updated_at
        FROM applications WHERE (CAST($1 AS TEXT) IS NULL OR status = $1)
        ORDER BY submitted_at DESC, id DESC LIMIT $2";
    with_pool!(db, pool => sqlx::query_as(select).bind(status).bind(limit).fetch_all(pool).await)
}

impl From<QueueRow> for app::api::QueueEntry {
    fn from(row: QueueRow) -> Self {
        Self {
            reference: row.reference,
            legal_name: row.legal_name,
            category: row.category,
            enterprise_level: row.enterprise_level,
            requested_tier: row.requested_tier,
            requested_eligible: row.requested_eligible,
            status: row.status,
            version: row.version,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
        }
    }
}
