//! Reviewers' decisions: a guarded state change, its history entry and, on approval, the
//! partner record, in one transaction.

use super::Database;

/// A decision as storage applies it.
pub struct NewDecision<'a> {
    pub reference: &'a str,
    /// The version the reviewer saw; the change applies only if it is still current.
    pub seen_version: i64,
    /// `approved`, `rejected` or `info_requested`.
    pub status: &'a str,
    pub actor: &'a str,
    pub note: &'a str,
    /// The entry's values as JSON (`app::api::HistoryDetail`), for an approval.
    pub detail: Option<&'a str>,
    pub now: &'a str,
    pub partner: Option<NewPartner<'a>>,
    /// The applicant's message about it, queued with it.
    pub message: super::NewMessage<'a>,
    /// `application.decided`, for the webhook endpoints.
    pub decided: super::NewEvent<'a>,
    /// `partner.activated`, queued when the approval admits an active partner.
    pub activated: super::NewEvent<'a>,
}

/// The partner an approval admits: active with its term, or awaiting its fee (no term yet).
pub struct NewPartner<'a> {
    pub category: &'a str,
    pub enterprise_level: Option<&'a str>,
    /// `active` or `awaiting_fee`.
    pub status: &'a str,
    pub term_start: Option<&'a str>,
    pub term_end: Option<&'a str>,
}

/// What [`apply_decision`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Applied {
    Done {
        version: i64,
    },
    NotFound,
    /// The application changed since the reviewer saw it, or is decided already.
    Stale {
        status: String,
        version: i64,
    },
}

/// Open applications (not yet approved or rejected) may be decided.
const UPDATE_IF_CURRENT: &str = "
    UPDATE applications SET status = $1, version = version + 1, updated_at = $2
    WHERE reference = $3 AND version = $4 AND status IN ('submitted', 'resubmitted', 'info_requested')
    RETURNING id, version";
/// The decision names the version it was made on: the latest submitted.
const INSERT_EVENT: &str = "
    INSERT INTO application_events (application_id, at, kind, actor, note, detail, version_number)
    VALUES ($1, $2, $3, $4, $5, $6, (SELECT MAX(number) FROM application_versions WHERE application_id = $1))";
const INSERT_PARTNER: &str = "
    INSERT INTO partners (application_id, category, enterprise_level, status, term_start, term_end, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
    RETURNING id";
/// The partner starts with the roster its application was approved with.
const COPY_ROSTER: &str = "
    INSERT INTO partner_engineers (partner_id, position, name, certificate_id, track, certification, lecturer)
    SELECT $1, position, name, certificate_id, track, certification, lecturer
    FROM application_engineers WHERE application_id = $2";
const INSERT_PARTNER_EVENT: &str =
    "INSERT INTO partner_events (partner_id, at, kind, actor, note, detail) VALUES ($1, $2, $3, $4, $5, $6)";
const SELECT_CURRENT: &str = "SELECT status, version FROM applications WHERE reference = $1";

pub async fn apply_decision(db: &Database, decision: &NewDecision<'_>) -> Result<Applied, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let updated: Option<(i64, i64)> = sqlx::query_as(UPDATE_IF_CURRENT)
            .bind(decision.status)
            .bind(decision.now)
            .bind(decision.reference)
            .bind(decision.seen_version)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((id, version)) = updated else {
            tx.rollback().await?;
            let current: Option<(String, i64)> =
                sqlx::query_as(SELECT_CURRENT).bind(decision.reference).fetch_optional(pool).await?;
            return Ok(match current {
                Some((status, version)) => Applied::Stale { status, version },
                None => Applied::NotFound,
            });
        };
        sqlx::query(INSERT_EVENT)
            .bind(id)
            .bind(decision.now)
            .bind(decision.status)
            .bind(decision.actor)
            .bind(decision.note)
            .bind(decision.detail)
            .execute(&mut *tx)
            .await?;
        super::outbox::queue_message!(&mut *tx, id, decision.message)?;
        super::outbox::queue_event!(&mut *tx, super::outbox::QUEUE_APPLICATION_EVENT, id, decision.decided)?;
        if let Some(partner) = &decision.partner {
            let (partner_id,): (i64,) = sqlx::query_as(INSERT_PARTNER)
                .bind(id)
                .bind(partner.category)
                .bind(partner.enterprise_level)
                .bind(partner.status)
                .bind(partner.term_start)
                .bind(partner.term_end)
                .bind(decision.now)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(COPY_ROSTER).bind(partner_id).bind(id).execute(&mut *tx).await?;
            sqlx::query(INSERT_PARTNER_EVENT)
                .bind(partner_id)
                .bind(decision.now)
                .bind(partner.status)
                .bind(decision.actor)
                .bind(decision.note)
                .bind(decision.detail)
                .execute(&mut *tx)
                .await?;
            if partner.status == "active" {
                super::outbox::queue_event!(&mut *tx, super::outbox::QUEUE_PARTNER_EVENT, partner_id, decision.activated)?;
            }
        }
        tx.commit().await?;
        Ok(Applied::Done { version })
    })
}
