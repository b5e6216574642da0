//! Roster updates a partner sends through its private status link, waiting for a reviewer,
//! and finding the partner behind an application's reference.

use super::partners::SELECT_PARTNERS;
use super::{Database, PartnerRecord};

/// A roster update a partner sent.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RosterUpdateRecord {
    pub id: i64,
    pub partner_id: i64,
    /// JSON array of engineer rows (the wire's `EngineerInput`).
    pub engineers: String,
    pub note: Option<String>,
    pub submitted_at: String,
}

/// Replaces the partner's pending update, if any, in the same statement (the partial unique
/// index allows one pending update per partner).
const UPSERT_PENDING_ROSTER: &str = "
    INSERT INTO roster_updates (partner_id, status, engineers, note, submitted_at)
    VALUES ($1, 'pending', $2, $3, $4)
    ON CONFLICT (partner_id) WHERE status = 'pending'
    DO UPDATE SET engineers = excluded.engineers, note = excluded.note, submitted_at = excluded.submitted_at";
/// Sending a roster changes what a reviewer would confirm: forms shown before are stale.
const BUMP_VERSION: &str = "UPDATE partners SET version = version + 1, updated_at = $2 WHERE id = $1";
const INSERT_ROSTER_EVENT: &str = "INSERT INTO partner_events (partner_id, at, kind, actor, note) VALUES ($1, $2, 'roster_update_sent', 'partner', $3)";
const SELECT_PENDING_ROSTER: &str = "
    SELECT id, partner_id, engineers, note, submitted_at FROM roster_updates
    WHERE partner_id = $1 AND status = 'pending'";

pub async fn save_pending_roster(
    db: &Database,
    partner_id: i64,
    engineers: &str,
    note: Option<&str>,
    now: &str,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        sqlx::query(UPSERT_PENDING_ROSTER).bind(partner_id).bind(engineers).bind(note).bind(now).execute(&mut *tx).await?;
        sqlx::query(BUMP_VERSION).bind(partner_id).bind(now).execute(&mut *tx).await?;
        sqlx::query(INSERT_ROSTER_EVENT).bind(partner_id).bind(now).bind(note).execute(&mut *tx).await?;
        tx.commit().await
    })
}

pub async fn pending_roster(
    db: &Database,
    partner_id: i64,
) -> Result<Option<RosterUpdateRecord>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT_PENDING_ROSTER).bind(partner_id).fetch_optional(pool).await)
}

/// The partner whose application is `reference`, with its application's status-token hash.
pub async fn find_partner_by_reference(
    db: &Database,
    reference: &str,
) -> Result<Option<(PartnerRecord, String)>, sqlx::Error> {
    let sql = format!("{SELECT_PARTNERS} WHERE a.reference = $1");
    let hash_sql = "SELECT status_token_hash FROM applications WHERE reference = $1";
    with_pool!(db, pool => {
        let found: Option<PartnerRecord> = sqlx::query_as(&sql).bind(reference).fetch_optional(pool).await?;
        let Some(partner) = found else { return Ok(None) };
        let (hash,): (String,) = sqlx::query_as(hash_sql).bind(reference).fetch_one(pool).await?;
        Ok(Some((partner, hash)))
    })
}
