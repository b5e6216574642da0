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

/// The newest `limit` applications.
pub async fn queue(db: &Database, limit: i64) -> Result<Vec<QueueRow>, sqlx::Error> {
    let select =
        "SELECT reference, legal_name, category, enterprise_level, requested_tier, requested_eligible,
            status, version, submitted_at, updated_at
        FROM applications ORDER BY submitted_at DESC, id DESC LIMIT $1";
    with_pool!(db, pool => sqlx::query_as(select).bind(limit).fetch_all(pool).await)
}
