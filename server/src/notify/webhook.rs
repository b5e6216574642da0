//! Webhook deliveries: a JSON event, signed with the endpoint's secret, POSTed to its URL.
//!
//! Headers: `Portal-Event-Id` (the same on every retry of the event), `Portal-Timestamp`
//! (Unix seconds of this attempt) and `Portal-Signature: sha256=<hex>`, the HMAC-SHA256 of
//! `"{timestamp}.{body}"` under the secret. A receiver recomputes it, compares in constant
//! time and refuses old timestamps (a replayed request).

use std::time::Duration;

use hmac::{Hmac, Mac};

use super::reach::{CheckedResolver, WebhookReach};
use sha2::Sha256;

/// How long a receiver may take to answer.
const TIMEOUT: Duration = Duration::from_secs(10);

pub const EVENT_ID: &str = "portal-event-id";
pub const TIMESTAMP: &str = "portal-timestamp";
pub const SIGNATURE: &str = "portal-signature";

/// The body of an event: the same bytes on every retry.
pub fn payload(
    event_id: &str,
    event_type: &str,
    occurred_at: &str,
    reference: &str,
    status: Option<&str>,
) -> String {
    serde_json::json!({
        "id": event_id,
        "type": event_type,
        "occurred_at": occurred_at,
        "data": {"reference": reference, "status": status},
    })
    .to_string()
}

/// `sha256=` and the hex HMAC-SHA256 of `"{timestamp}.{body}"` under `secret`.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> Result<String, String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|e| e.to_string())?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    Ok(format!("sha256={}", hex::encode(mac.finalize().into_bytes())))
}

/// The worker's client: a receiver answers in time and at its own address (no redirects,
/// no proxy), and every name is resolved through `reach`, which hands the connection only
/// addresses it may reach.
pub fn client(reach: &WebhookReach) -> anyhow::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .dns_resolver(std::sync::Arc::new(CheckedResolver(reach.clone())))
        .build()
        .map_err(|error| anyhow::anyhow!("the webhook HTTP client: {error}"))
}

/// POSTs the event; `Err((status, why))` unless the receiver answers 2xx. The address is
/// checked again first (the operator may have closed private networks since it was
/// registered; an IP address is connected to without the resolver).
pub async fn deliver(
    client: &reqwest::Client,
    reach: &WebhookReach,
    url: &str,
    secret: &str,
    event_id: &str,
    timestamp: i64,
    body: String,
) -> Result<(), (Option<u16>, String)> {
    let parsed = reqwest::Url::parse(url).map_err(|_| (None, "not a URL".to_owned()))?;
    reach
        .check_url(&parsed)
        .map_err(|refused| (None, format!("not sent: the address {}", refused.message)))?;
    let signed = signature(secret, timestamp, &body).map_err(|e| (None, e))?;
    let response = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(EVENT_ID, event_id)
        .header(TIMESTAMP, timestamp.to_string())
        .header(SIGNATURE, signed)
        .body(body)
        .send()
        .await
        .map_err(|error| (None, format!("no answer: {}", with_causes(&error))))?;
    let status = response.status();
    if status.is_success() { Ok(()) } else { Err((Some(status.as_u16()), format!("answered {status}"))) }
}

/// An error and what caused it, down to the root ("… : address refused: reaches a private
/// address"), for the admins' list of undelivered messages.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::signature;

    #[test]
    fn the_signature_covers_the_timestamp_and_the_body() {
        let signed = signature("s3cret-s3cret-s3cret", 1_700_000_000, "{}").expect("signs");
        assert!(signed.starts_with("sha256=") && signed.len() == 7 + 64);
        assert_ne!(signed, signature("s3cret-s3cret-s3cret", 1_700_000_001, "{}").expect("signs"));
        assert_ne!(signed, signature("s3cret-s3cret-s3cret", 1_700_000_000, "{ }").expect("signs"));
        assert_ne!(signed, signature("another-secret-here", 1_700_000_000, "{}").expect("signs"));
    }
}
