//! Registering and stopping webhook endpoints, for the admins' API and page alike.

use app::api::{EventType, Registered};
use app::server::Principal;

use super::WebhookReach;
use crate::clock::Clock;
use crate::db::{self, Database};
use crate::errors::{Context, Missing, ServiceError};

pub const MIN_SECRET_CHARS: usize = 16;
pub const MAX_SECRET_CHARS: usize = 200;
pub const MAX_URL_CHARS: usize = 2000;

/// The addresses an endpoint may have: `http` or `https`, a host name (whose last label
/// starts with a letter) or an IPv4 address, an optional port, path and query in RFC 3986's
/// characters (no encoded NUL, `%00`, which no text here may hold); no credentials, no
/// fragment; spaces around are dropped. Written once, for
/// the check below and the API's description.
pub const URL_PATTERN: &str = concat!(
    r"^[\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*",
    r"https?://",
    r"(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])",
    r"|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)",
    r"(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0))?",
    r"(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%(?:[1-9A-Fa-f][0-9A-Fa-f]|0[1-9A-Fa-f]))*)?",
    r"(?:\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%(?:[1-9A-Fa-f][0-9A-Fa-f]|0[1-9A-Fa-f]))*)?",
    r"[\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$",
);

fn url_grammar() -> &'static regex::Regex {
    static GRAMMAR: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    #[expect(clippy::expect_used, reason = "a constant pattern, checked by a unit test")]
    GRAMMAR.get_or_init(|| regex::Regex::new(URL_PATTERN).expect("the URL pattern compiles"))
}

/// Checks and stores an endpoint: an absolute http(s) URL, a secret of 16 to 200
/// characters, the event types it asks for (none given: all).
pub async fn register(
    db: &Database,
    clock: &Clock,
    reach: &WebhookReach,
    admin: &Principal,
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
    // Looked up last: only an otherwise valid endpoint costs a lookup.
    let parsed = reqwest::Url::parse(&url)
        .map_err(|_| ServiceError::invalid_field("url", "invalid_url", "must be an https:// address"))?;
    reach
        .check_destination(&parsed)
        .await
        .map_err(|refused| ServiceError::invalid_field("url", refused.code, refused.message))?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    let id = db::insert_endpoint(db, &url, secret, &events, &admin.email, &now).await?;
    tracing::info!(admin = admin.id, endpoint = id, "webhook endpoint registered");
    Ok(Registered { id, url, events })
}

/// Stops deliveries to `id`.
pub async fn disable(db: &Database, clock: &Clock, admin: &Principal, id: i64) -> Result<(), ServiceError> {
    let now = clock.now_rfc3339().context("reading the clock")?;
    if db::disable_endpoint(db, id, &now).await? {
        tracing::info!(admin = admin.id, endpoint = id, "webhook endpoint disabled");
        Ok(())
    } else {
        Err(ServiceError::NotFound(Missing::WebhookEndpoint))
    }
}

/// An absolute `http` or `https` URL of [`URL_PATTERN`]'s form, without the spaces around it.
fn checked_url(raw: &str) -> Result<String, ServiceError> {
    let wrong =
        || ServiceError::invalid_field("url", "invalid_url", "must be an http:// or https:// address");
    if raw.chars().count() > MAX_URL_CHARS || !url_grammar().is_match(raw) {
        return Err(wrong());
    }
    let url = raw.trim();
    reqwest::Url::parse(url).map_err(|_| wrong())?;
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::url_grammar;

    #[test]
    fn endpoint_addresses_are_read_by_their_grammar() {
        for good in [
            "https://crm.example.com/hooks/portal",
            "http://127.0.0.1:8080/hook?token=a%20b",
            " https://A-1.example.org:443/x/y;z ",
        ] {
            assert!(url_grammar().is_match(good), "{good}");
        }
        for bad in [
            "ftp://example.com/",
            "https://999.1.1.1/",
            "https://user:pass@example.com/",
            "https://example.com/#part",
            "https://example.com:65536/",
            "https://exa mple.com/",
            "https://-x.example.com/",
            "https://hooks.partner.sg/a%00b",
        ] {
            assert!(!url_grammar().is_match(bad), "{bad}");
        }
    }
}
