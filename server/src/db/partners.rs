//! Partners: their records, rosters, histories and payments, and guarded changes to them.

use super::{Applied, Database, StoredEngineer};

/// A partner with the application it came from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PartnerRecord {
    pub id: i64,
    pub reference: String,
    pub legal_name: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub status: String,
    pub term_start: Option<String>,
    pub term_end: Option<String>,
    pub version: i64,
    pub created_at: String,
    pub brand_description: Option<String>,
    pub application_id: i64,
}

/// A history entry of a partner.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PartnerEventRecord {
    pub at: String,
    pub kind: String,
    pub actor: String,
    pub note: Option<String>,
    pub detail: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PaymentRecord {
    pub amount: String,
    pub paid_on: String,
    pub reference: String,
    pub recorded_by: String,
    pub recorded_at: String,
}

/// A roster row and whose roster it is.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PartnerEngineerRow {
    pub partner_id: i64,
    #[sqlx(flatten)]
    pub engineer: StoredEngineer,
}

pub(super) const SELECT_PARTNERS: &str = "
    SELECT p.id, a.reference, a.legal_name, p.category, p.enterprise_level, p.status, p.term_start,
           p.term_end, p.version, p.created_at, a.brand_description, p.application_id
    FROM partners p JOIN applications a ON a.id = p.application_id";
const SELECT_ALL_ENGINEERS: &str = "
    SELECT partner_id, name, certificate_id, track, certification, lecturer
    FROM partner_engineers ORDER BY partner_id, position";
const SELECT_ENGINEERS_OF: &str = "
    SELECT partner_id, name, certificate_id, track, certification, lecturer
    FROM partner_engineers WHERE partner_id = $1 ORDER BY position";
const SELECT_ACCEPTED_DECLARATIONS: &str = "
    SELECT p.id, d.declaration FROM partners p
    JOIN application_declarations d ON d.application_id = p.application_id AND d.accepted";
const SELECT_EVENTS: &str =
    "SELECT at, kind, actor, note, detail FROM partner_events WHERE partner_id = $1 ORDER BY id";
const SELECT_PAYMENTS: &str = "
    SELECT amount, paid_on, reference, recorded_by, recorded_at FROM partner_payments
    WHERE partner_id = $1 ORDER BY id";

/// Every partner, oldest first.
pub async fn list_partners(db: &Database) -> Result<Vec<PartnerRecord>, sqlx::Error> {
    let sql = format!("{SELECT_PARTNERS} ORDER BY p.id");
    with_pool!(db, pool => sqlx::query_as(&sql).fetch_all(pool).await)
}

pub async fn find_partner(db: &Database, id: i64) -> Result<Option<PartnerRecord>, sqlx::Error> {
    let sql = format!("{SELECT_PARTNERS} WHERE p.id = $1");
    with_pool!(db, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// The rosters of every partner (`of = None`) or of one.
pub async fn partner_engineers(
    db: &Database,
    of: Option<i64>,
) -> Result<Vec<PartnerEngineerRow>, sqlx::Error> {
    with_pool!(db, pool => match of {
        Some(id) => sqlx::query_as(SELECT_ENGINEERS_OF).bind(id).fetch_all(pool).await,
        None => sqlx::query_as(SELECT_ALL_ENGINEERS).fetch_all(pool).await,
    })
}

/// (partner id, declaration key) of every declaration the partner accepted when applying.
/// Of every partner (`of = None`) or of one.
pub async fn partner_declarations(db: &Database, of: Option<i64>) -> Result<Vec<(i64, String)>, sqlx::Error> {
    with_pool!(db, pool => match of {
        Some(id) => {
            let sql = format!("{SELECT_ACCEPTED_DECLARATIONS} WHERE p.id = $1");
            sqlx::query_as(&sql).bind(id).fetch_all(pool).await
        }
        None => sqlx::query_as(SELECT_ACCEPTED_DECLARATIONS).fetch_all(pool).await,
    })
}

pub async fn partner_history(
    db: &Database,
    id: i64,
) -> Result<(Vec<PartnerEventRecord>, Vec<PaymentRecord>), sqlx::Error> {
    with_pool!(db, pool => {
        let events = sqlx::query_as(SELECT_EVENTS).bind(id).fetch_all(pool).await?;
        let payments = sqlx::query_as(SELECT_PAYMENTS).bind(id).fetch_all(pool).await?;
        Ok((events, payments))
    })
}

/// A change to a partner as storage applies it: the new state, its history entry and, for
/// an activation, the payment.
pub struct PartnerChange<'a> {
    pub id: i64,
    /// The version the reviewer saw; the change applies only if it is still current.
    pub seen_version: i64,
    pub status: &'a str,
    pub enterprise_level: Option<&'a str>,
    pub term_start: Option<&'a str>,
    pub term_end: Option<&'a str>,
    pub kind: &'a str,
    pub actor: &'a str,
    pub note: Option<&'a str>,
    /// The entry's values as JSON (`app::api::HistoryDetail`), when the system writes them.
    pub detail: Option<&'a str>,
    pub now: &'a str,
    pub payment: Option<NewPayment<'a>>,
    pub roster: Option<RosterResolution<'a>>,
    /// `partner.activated`, `.renewed` or `.terminated`, for the webhook endpoints.
    pub event: Option<super::NewEvent<'a>>,
}

/// A reviewer's answer to a pending roster update: confirmed (the roster is replaced) or declined.
pub struct RosterResolution<'a> {
    pub update_id: i64,
    pub confirmed: bool,
    pub engineers: &'a [StoredEngineer],
}

pub struct NewPayment<'a> {
    pub amount: &'a str,
    pub paid_on: &'a str,
    pub reference: &'a str,
}

const UPDATE_IF_CURRENT: &str = "
    UPDATE partners SET status = $1, enterprise_level = $2, term_start = $3, term_end = $4,
        version = version + 1, updated_at = $5
    WHERE id = $6 AND version = $7
    RETURNING version";
const INSERT_EVENT: &str =
    "INSERT INTO partner_events (partner_id, at, kind, actor, note, detail) VALUES ($1, $2, $3, $4, $5, $6)";
const INSERT_PAYMENT: &str = "
    INSERT INTO partner_payments (partner_id, amount, paid_on, reference, recorded_by, recorded_at)
    VALUES ($1, $2, $3, $4, $5, $6)";
const SELECT_CURRENT: &str = "SELECT status, version FROM partners WHERE id = $1";
const RESOLVE_ROSTER: &str = "
    UPDATE roster_updates SET status = $1, decided_by = $2, decided_at = $3
    WHERE id = $4 AND partner_id = $5 AND status = 'pending'";
const DELETE_ROSTER: &str = "DELETE FROM partner_engineers WHERE partner_id = $1";
const INSERT_ENGINEER: &str = "
    INSERT INTO partner_engineers (partner_id, position, name, certificate_id, track, certification, lecturer)
    VALUES ($1, $2, $3, $4, $5, $6, $7)";

pub async fn apply_partner_change(db: &Database, change: &PartnerChange<'_>) -> Result<Applied, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let updated: Option<(i64,)> = sqlx::query_as(UPDATE_IF_CURRENT)
            .bind(change.status)
            .bind(change.enterprise_level)
            .bind(change.term_start)
            .bind(change.term_end)
            .bind(change.now)
            .bind(change.id)
            .bind(change.seen_version)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((version,)) = updated else {
            tx.rollback().await?;
            let current: Option<(String, i64)> =
                sqlx::query_as(SELECT_CURRENT).bind(change.id).fetch_optional(pool).await?;
            return Ok(match current {
                Some((status, version)) => Applied::Stale { status, version },
                None => Applied::NotFound,
            });
        };
        sqlx::query(INSERT_EVENT)
            .bind(change.id)
            .bind(change.now)
            .bind(change.kind)
            .bind(change.actor)
            .bind(change.note)
            .bind(change.detail)
            .execute(&mut *tx)
            .await?;
        if let Some(event) = &change.event {
            super::outbox::queue_event!(&mut *tx, super::outbox::QUEUE_PARTNER_EVENT, change.id, event)?;
        }
        if let Some(roster) = &change.roster {
            let resolved = sqlx::query(RESOLVE_ROSTER)
                .bind(if roster.confirmed { "confirmed" } else { "declined" })
                .bind(change.actor)
                .bind(change.now)
                .bind(roster.update_id)
                .bind(change.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if resolved != 1 {
                tx.rollback().await?;
                return Ok(Applied::NotFound);
            }
            if roster.confirmed {
                sqlx::query(DELETE_ROSTER).bind(change.id).execute(&mut *tx).await?;
                for (position, e) in (0_i64..).zip(roster.engineers) {
                    sqlx::query(INSERT_ENGINEER)
                        .bind(change.id)
                        .bind(position)
                        .bind(&e.name)
                        .bind(&e.certificate_id)
                        .bind(&e.track)
                        .bind(&e.certification)
                        .bind(e.lecturer)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        if let Some(payment) = &change.payment {
            sqlx::query(INSERT_PAYMENT)
                .bind(change.id)
                .bind(payment.amount)
                .bind(payment.paid_on)
                .bind(payment.reference)
                .bind(change.actor)
                .bind(change.now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Applied::Done { version })
    })
}
