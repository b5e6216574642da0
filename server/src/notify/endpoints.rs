//! Registering and stopping webhook endpoints, for the admins' API and page alike.

use crate::clock::Clock;
use crate::db::{self, Database};

const MIN_SECRET_CHARS: usize = 16;
const MAX_SECRET_CHARS: usize = 200;
const MAX_URL_CHARS: usize = 2000;

#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    #[error("{field}: {message}")]
    Invalid { field: &'static str, message: String },
    #[error("storage failed: {0}")]
    Storage(#[from] sqlx::Error),
    #[error("the clock could not be read")]
    Clock,
}

/// What was registered.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Registered {
    pub id: i64,
    pub url: String,
    pub events: String,
}

/// Checks and stores an endpoint: an absolute http(s) URL, a secret of 16 to 200
/// characters, known event types (none: all).
pub async fn register(
    db: &Database,
    clock: &Clock,
    admin_email: &str,
    url: &str,
    secret: &str,
    events: &[String],
) -> Result<Registered, EndpointError> {
    let url = checked_url(url)?;
    let secret_chars = secret.chars().count();
    if !(MIN_SECRET_CHARS..=MAX_SECRET_CHARS).contains(&secret_chars) || secret.chars().any(char::is_control)
    {
        return Err(invalid(
            "secret",
            format!(
                "must be {MIN_SECRET_CHARS} to {MAX_SECRET_CHARS} characters, none of them control characters"
            ),
        ));
    }
    let events = if events.is_empty() {
        "*".to_owned()
    } else if events.iter().all(|e| super::EVENT_TYPES.contains(&e.as_str())) {
        events.join(",")
    } else {
        return Err(invalid("events", format!("must list some of: {}", super::EVENT_TYPES.join(", "))));
    };
    let now = clock.now_rfc3339().map_err(|_| EndpointError::Clock)?;
    let id = db::insert_endpoint(db, &url, secret, &events, admin_email, &now).await?;
    Ok(Registered { id, url, events })
}

/// Stops deliveries to `id`; false if there is no such active endpoint.
pub async fn disable(db: &Database, clock: &Clock, id: i64) -> Result<bool, EndpointError> {
    let now = clock.now_rfc3339().map_err(|_| EndpointError::Clock)?;
    Ok(db::disable_endpoint(db, id, &now).await?)
}

fn invalid(field: &'static str, message: String) -> EndpointError {
    EndpointError::Invalid { field, message }
}

/// An absolute `http` or `https` URL, as given.
fn checked_url(raw: &str) -> Result<String, EndpointError> {
    let wrong = || invalid("url", "must be an http:// or https:// address".to_owned());
    let url = raw.trim();
    if url.chars().count() > MAX_URL_CHARS || url.chars().any(char::is_control) {
        return Err(wrong());
    }
    let parsed = reqwest::Url::parse(url).map_err(|_| wrong())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(wrong());
    }
    Ok(url.to_owned())
}
