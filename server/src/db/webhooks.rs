//! Webhook endpoints the admins register, and their delivery log (their rows of the outbox).

use app::api::{WebhookDelivery, WebhookEndpoint};

use super::{Database, stored};
use crate::errors::ServiceError;

#[derive(Debug, sqlx::FromRow)]
struct EndpointRow {
    id: i64,
    url: String,
    events: String,
    created_by: String,
    created_at: String,
    disabled_at: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
struct DeliveryRow {
    event_id: String,
    template: String,
    reference: String,
    attempts: i32,
    created_at: String,
    delivered_at: Option<String>,
    failed_at: Option<String>,
    last_status: Option<i32>,
    last_error: Option<String>,
}

impl From<EndpointRow> for WebhookEndpoint {
    fn from(row: EndpointRow) -> Self {
        let EndpointRow { id, url, events, created_by, created_at, disabled_at } = row;
        Self { id, url, events, created_by, created_at, disabled_at }
    }
}

impl TryFrom<DeliveryRow> for WebhookDelivery {
    type Error = ServiceError;

    fn try_from(row: DeliveryRow) -> Result<Self, ServiceError> {
        Ok(Self {
            event_type: stored(&row.template)?,
            event_id: row.event_id,
            reference: row.reference,
            attempts: row.attempts,
            created_at: row.created_at,
            delivered_at: row.delivered_at,
            failed_at: row.failed_at,
            last_status: row.last_status,
            last_error: row.last_error,
        })
    }
}

pub async fn insert_endpoint(
    db: &Database,
    url: &str,
    secret: &str,
    events: &str,
    created_by: &str,
    now: &str,
) -> Result<i64, sqlx::Error> {
    const SQL: &str = "INSERT INTO webhook_endpoints (url, secret, events, created_by, created_at)
        VALUES ($1, $2, $3, $4, $5) RETURNING id";
    with_pool!(db, pool => sqlx::query_scalar(SQL).bind(url).bind(secret).bind(events).bind(created_by).bind(now).fetch_one(pool).await)
}

pub async fn list_endpoints(db: &Database) -> Result<Vec<WebhookEndpoint>, sqlx::Error> {
    const SQL: &str =
        "SELECT id, url, events, created_by, created_at, disabled_at FROM webhook_endpoints ORDER BY id";
    let rows: Vec<EndpointRow> = with_pool!(db, pool => sqlx::query_as(SQL).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(WebhookEndpoint::from).collect())
}

/// Stops sending to the endpoint (its log stays); false if there is no such active endpoint.
pub async fn disable_endpoint(db: &Database, id: i64, now: &str) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE webhook_endpoints SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL";
    with_pool!(db, pool => sqlx::query(SQL).bind(now).bind(id).execute(pool).await.map(|r| r.rows_affected() == 1))
}

/// The secret deliveries to `id` are signed with; none once the endpoint is disabled.
pub async fn endpoint_secret(db: &Database, id: i64) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str = "SELECT secret FROM webhook_endpoints WHERE id = $1 AND disabled_at IS NULL";
    with_pool!(db, pool => sqlx::query_scalar(SQL).bind(id).fetch_optional(pool).await)
}

/// The newest deliveries to `id`, `None` if there is no such endpoint.
pub async fn deliveries(db: &Database, id: i64) -> Result<Option<Vec<WebhookDelivery>>, ServiceError> {
    const EXISTS: &str = "SELECT id FROM webhook_endpoints WHERE id = $1";
    const SQL: &str = "SELECT event_id, template, reference, attempts, created_at, delivered_at, failed_at,
        last_status, last_error FROM outbox WHERE endpoint_id = $1 ORDER BY id DESC LIMIT 500";
    let rows: Option<Vec<DeliveryRow>> = with_pool!(db, pool => {
        let found: Option<i64> = sqlx::query_scalar(EXISTS).bind(id).fetch_optional(pool).await?;
        match found {
            Some(_) => sqlx::query_as(SQL).bind(id).fetch_all(pool).await.map(Some),
            None => Ok::<_, sqlx::Error>(None),
        }
    })?;
    rows.map(|rows| rows.into_iter().map(WebhookDelivery::try_from).collect()).transpose()
}
