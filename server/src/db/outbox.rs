//! The outbox: emails and webhook deliveries written in the transaction of the change they
//! announce, then claimed and delivered by a worker ([`crate::notify`]). Claims are leases,
//! so with several instances one worker at a time holds a message.

use app::api::UndeliveredMessage;

use super::Database;
use crate::errors::ServiceError;

/// A message to queue beside a change; recipient, language and reference are read from the
/// application in the same statement.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub event_id: &'a str,
    /// `submitted`, `info_requested`, `approved` or `rejected`.
    pub template: &'a str,
    /// The private status path (`/status/REF?token=…`), for the first message only.
    pub link: Option<&'a str>,
    /// The reviewers' question or reason.
    pub note: Option<&'a str>,
    pub now: &'a str,
    /// Unix seconds: now, for the first attempt.
    pub due_at: i64,
}

pub(crate) const INSERT_MESSAGE: &str = "
    INSERT INTO outbox
        (event_id, channel, template, reference, application_id, recipient, language, link, note,
         created_at, next_attempt_at)
    SELECT $1, 'email', $2, reference, id, email, language, $3, $4, $5, $6
    FROM applications WHERE id = $7";

/// An event for the webhook endpoints that asked for its type (none registered: no rows).
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub event_id: &'a str,
    /// An [`app::api::EventType`] key.
    pub event_type: &'static str,
    /// The application's or the partner's status the event reports.
    pub status: &'a str,
    pub now: &'a str,
    pub due_at: i64,
}

/// One row per endpoint that asked for the event's type, for the application `$6`.
pub(crate) const QUEUE_APPLICATION_EVENT: &str = "
    INSERT INTO outbox
        (event_id, channel, template, reference, application_id, recipient, language, endpoint_id, note,
         created_at, next_attempt_at)
    SELECT $1, 'webhook', $2, a.reference, a.id, e.url, 'en', e.id, $3, $4, $5
    FROM applications a CROSS JOIN webhook_endpoints e
    WHERE a.id = $6 AND e.disabled_at IS NULL
      AND (e.events = '*' OR (',' || e.events || ',') LIKE ('%,' || $2 || ',%'))";
/// As [`QUEUE_APPLICATION_EVENT`], for the partner `$6`.
pub(crate) const QUEUE_PARTNER_EVENT: &str = "
    INSERT INTO outbox
        (event_id, channel, template, reference, application_id, recipient, language, endpoint_id, note,
         created_at, next_attempt_at)
    SELECT $1, 'webhook', $2, a.reference, a.id, e.url, 'en', e.id, $3, $4, $5
    FROM applications a CROSS JOIN webhook_endpoints e
    WHERE a.id = (SELECT application_id FROM partners WHERE id = $6) AND e.disabled_at IS NULL
      AND (e.events = '*' OR (',' || e.events || ',') LIKE ('%,' || $2 || ',%'))";

/// Queues `$event` inside the transaction `$tx` for the application (or, with
/// `QUEUE_PARTNER_EVENT`, the partner) `$id`.
macro_rules! queue_event {
    ($tx:expr, $sql:expr, $id:expr, $event:expr) => {
        sqlx::query($sql)
            .bind($event.event_id)
            .bind($event.event_type)
            .bind($event.status)
            .bind($event.now)
            .bind($event.due_at)
            .bind($id)
            .execute($tx)
            .await
    };
}
pub(crate) use queue_event;

/// Queues `$message` for application `$id` inside the transaction `$tx`.
macro_rules! queue_message {
    ($tx:expr, $id:expr, $message:expr) => {
        sqlx::query($crate::db::outbox::INSERT_MESSAGE)
            .bind($message.event_id)
            .bind($message.template)
            .bind($message.link)
            .bind($message.note)
            .bind($message.now)
            .bind($message.due_at)
            .bind($id)
            .execute($tx)
            .await
    };
}
pub(crate) use queue_message;

/// A message a worker holds, with what it needs to write it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedMessage {
    pub id: i64,
    pub event_id: String,
    /// `email` or `webhook`.
    pub channel: String,
    pub endpoint_id: Option<i64>,
    pub created_at: String,
    pub template: String,
    pub reference: String,
    pub recipient: String,
    pub language: String,
    pub link: Option<String>,
    pub note: Option<String>,
    /// Including this one.
    pub attempts: i32,
}

const CLAIMED_COLUMNS: &str = "id, event_id, channel, endpoint_id, created_at, template, reference, recipient, language, link, note, attempts";
const DUE: &str = "
    SELECT id FROM outbox
    WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
      AND (claimed_until IS NULL OR claimed_until < $2)
    ORDER BY id LIMIT $3";

/// Claims up to `limit` due messages until `lease_until` (Unix seconds), counting the
/// attempt. On PostgreSQL rows another instance is claiming are skipped, not waited for; on
/// SQLite the write transaction serialises claims.
pub async fn claim_due(
    db: &Database,
    now: i64,
    lease_until: i64,
    limit: i64,
) -> Result<Vec<ClaimedMessage>, sqlx::Error> {
    match db {
        Database::Sqlite(pool) => {
            let sql = format!(
                "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id IN ({DUE}) RETURNING {CLAIMED_COLUMNS}"
            );
            let mut tx = super::begin_write(pool).await?;
            let claimed =
                sqlx::query_as(&sql).bind(lease_until).bind(now).bind(limit).fetch_all(&mut *tx).await?;
            tx.commit().await?;
            Ok(claimed)
        }
        Database::Postgres(pool) => {
            let sql = format!(
                "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id IN ({DUE} FOR UPDATE SKIP LOCKED) RETURNING {CLAIMED_COLUMNS}"
            );
            sqlx::query_as(&sql).bind(lease_until).bind(now).bind(limit).fetch_all(pool).await
        }
    }
}

/// Delivered: the link and the note, which only the message needed, are cleared.
pub async fn mark_delivered(db: &Database, id: i64, now: &str) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE outbox SET delivered_at = $1, link = NULL, note = NULL, claimed_until = NULL,
        last_error = NULL WHERE id = $2";
    with_pool!(db, pool => sqlx::query(SQL).bind(now).bind(id).execute(pool).await.map(|_| ()))
}

/// Why a delivery failed, for the admins' lists.
#[derive(Debug, Clone)]
pub struct Failure<'a> {
    pub error: &'a str,
    /// The receiver's HTTP status (webhooks), if it answered.
    pub status: Option<i32>,
    /// Unix seconds of the next try.
    pub retry_at: i64,
    /// Set when given up.
    pub failed_at: Option<&'a str>,
}

/// Not delivered: tried again at `retry_at`, or given up when `failed_at` is set. A message
/// given up is never sent, so its private link and note are cleared as for a sent one.
pub async fn mark_undelivered(db: &Database, id: i64, failure: &Failure<'_>) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE outbox SET claimed_until = NULL, last_error = $1, last_status = $2,
        next_attempt_at = $3, failed_at = $4,
        link = CASE WHEN $4 IS NULL THEN link ELSE NULL END,
        note = CASE WHEN $4 IS NULL THEN note ELSE NULL END
        WHERE id = $5";
    with_pool!(db, pool => sqlx::query(SQL)
        .bind(failure.error)
        .bind(failure.status)
        .bind(failure.retry_at)
        .bind(failure.failed_at)
        .bind(id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// A message not yet delivered, as the admins' list shows it.
#[derive(Debug, sqlx::FromRow)]
struct UndeliveredRow {
    event_id: String,
    channel: String,
    template: String,
    reference: String,
    recipient: String,
    attempts: i32,
    created_at: String,
    next_attempt_at: i64,
    failed_at: Option<String>,
    last_error: Option<String>,
}

/// Messages waiting or given up, newest first.
pub async fn undelivered(db: &Database) -> Result<Vec<UndeliveredMessage>, ServiceError> {
    const SQL: &str =
        "SELECT event_id, channel, template, reference, recipient, attempts, created_at, next_attempt_at,
        failed_at, last_error FROM outbox WHERE delivered_at IS NULL ORDER BY id DESC LIMIT 500";
    let rows: Vec<UndeliveredRow> = with_pool!(db, pool => sqlx::query_as(SQL).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|row| {
            Ok(UndeliveredMessage {
                channel: super::stored(&row.channel)?,
                event_id: row.event_id,
                template: row.template,
                reference: row.reference,
                recipient: row.recipient,
                attempts: row.attempts,
                created_at: row.created_at,
                next_attempt_at: row.next_attempt_at,
                failed_at: row.failed_at,
                last_error: row.last_error,
            })
        })
        .collect()
}
