//! Messages to applicants: queued in the outbox with the change they announce (submission,
//! request for information, decision), sent by a background worker over SMTP in the
//! applicant's language, retried with backoff, sent once across instances.

mod mailer;
mod settings;
mod texts;
mod worker;

pub use mailer::Mailer;
pub use settings::MailSettings;
pub use texts::{Facts, Letter, letter};
pub use worker::Outbox;

/// A fresh event id: 128 random bits in hex, the same for every retry of one message.
pub fn new_event_id() -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| anyhow::anyhow!("no randomness for an event id: {error}"))?;
    Ok(hex::encode(bytes))
}
