//! Webhook endpoints the admins register, and their delivery log (their rows of the outbox).

use super::Database;

/// An endpoint as listed: never its secret.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct WebhookEndpoint {
    pub id: i64,
    pub url: String,
    /// Comma-separated event types, or `*` for all.
    pub events: String,
    pub created_by: String,
    pub created_at: String,
    pub disabled_at: Option<String>,
}

/// One event's delivery to one endpoint.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct WebhookDelivery {
    pub event_id: String,
    #[sqlx(rename = "template")]
    #[serde(rename = "type")]
    pub event_type: String,
    pub reference: String,
    pub attempts: i32,
    pub created_at: String,
    pub delivered_at: Option<String>,
    pub failed_at: Option<String>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
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
    with_pool!(db, pool => sqlx::query_as(SQL).fetch_all(pool).await)
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
pub async fn deliveries(db: &Database, id: i64) -> Result<Option<Vec<WebhookDelivery>>, sqlx::Error> {
    const EXISTS: &str = "SELECT id FROM webhook_endpoints WHERE id = $1";
    const SQL: &str = "SELECT event_id, template, reference, attempts, created_at, delivered_at, failed_at,
        last_status, last_error FROM outbox WHERE endpoint_id = $1 ORDER BY id DESC LIMIT 500";
    with_pool!(db, pool => {
        let found: Option<i64> = sqlx::query_scalar(EXISTS).bind(id).fetch_optional(pool).await?;
        match found {
            Some(_) => sqlx::query_as(SQL).bind(id).fetch_all(pool).await.map(Some),
            None => Ok(None),
        }
    })
}
