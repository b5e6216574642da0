//! Registering and stopping webhook endpoints, for the admins' API and page alike.

use app::api::{EventType, Registered};

use crate::clock::Clock;
use crate::db::{self, Database};
use crate::errors::{Context, Missing, ServiceError};

pub const MIN_SECRET_CHARS: usize = 16;
pub const MAX_SECRET_CHARS: usize = 200;
pub const MAX_URL_CHARS: usize = 2000;

/// Checks and stores an endpoint: an absolute http(s) URL, a secret of 16 to 200
/// characters, the event types it asks for (none given: all).
pub async fn register(
    db: &Database,
    clock: &Clock,
    admin_email: &str,
    url: &str,
    secret: &str,
    events: Option<&[EventType]>,
) -> Result<Registered, ServiceError> {
    let url = checked_url(url)?;
    let secret_chars = secret.chars().count();
    if !(MIN_SECRET_CHARS..=MAX_SECRET_CHARS).contains(&secret_chars) || secret.chars().any(char::is_control)
    {
        return Err(ServiceError::invalid_field(
            "secret",
            "invalid_format",
            format!(
                "must be {MIN_SECRET_CHARS} to {MAX_SECRET_CHARS} characters, none of them control characters"
            ),
        ));
    }
    let events = match events {
        None => "*".to_owned(),
        Some([]) => {
            return Err(ServiceError::invalid_field(
                "events",
                "required",
                "lists no event (leave it out for all)",
            ));
        }
        Some(events) => events.iter().map(|e| e.key()).collect::<Vec<_>>().join(","),
    };
    let now = clock.now_rfc3339().context("reading the clock")?;
    let id = db::insert_endpoint(db, &url, secret, &events, admin_email, &now).await?;
    Ok(Registered { id, url, events })
}

/// Stops deliveries to `id`.
pub async fn disable(db: &Database, clock: &Clock, id: i64) -> Result<(), ServiceError> {
    let now = clock.now_rfc3339().context("reading the clock")?;
    if db::disable_endpoint(db, id, &now).await? {
        Ok(())
    } else {
        Err(ServiceError::NotFound(Missing::WebhookEndpoint))
    }
}

/// An absolute `http` or `https` URL, as given.
fn checked_url(raw: &str) -> Result<String, ServiceError> {
    let wrong =
        || ServiceError::invalid_field("url", "invalid_url", "must be an http:// or https:// address");
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
