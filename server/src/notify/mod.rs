//! Messages about applications: emails to applicants (submission, request for information,
//! decision) in their language, and signed webhook events for other systems. Both are queued
//! in the outbox with the change they announce and sent by a background worker, retried with
//! backoff, once across instances.

pub mod endpoints;
mod mailer;
mod overview;
mod reach;
mod settings;
mod texts;
mod webhook;
mod worker;

pub use mailer::Mailer;
pub use overview::{deliveries, overview};
pub use reach::{Resolver, Unreachable, WebhookReach, is_public, is_reserved_name};
pub use settings::MailSettings;
pub use texts::{Facts, Letter, letter};
pub use webhook::{EVENT_ID, SIGNATURE, TIMESTAMP, client as webhook_client, signature};
pub use worker::Outbox;

/// A fresh event id: 128 random bits in hex, the same for every retry of one message.
pub fn new_event_id() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(hex::encode(bytes))
}
