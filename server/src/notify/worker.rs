//! The outbox worker: claims due messages (emails, webhook deliveries), sends each, and
//! records the outcome; a failure is tried again later, doubling the wait, until it is given
//! up and shown to admins.

use std::time::Duration;

use super::mailer::Mailer;
use super::settings::MailSettings;
use super::texts::{Facts, letter};
use super::webhook;
use crate::clock::Clock;
use crate::db::{self, ClaimedMessage, Database, Failure};

/// How often the outbox is looked at: a message leaves within about this long.
const POLL: Duration = Duration::from_millis(500);
/// How long a claimed message stays with its worker; another may take it after that (the
/// worker died mid-send, say).
const LEASE_SECONDS: i64 = 120;
const BATCH: i64 = 20;

#[derive(Debug, Clone)]
pub struct Outbox {
    pub db: Database,
    pub clock: Clock,
    pub mailer: Mailer,
    /// For webhook deliveries, resolving through `reach`.
    pub http: reqwest::Client,
    /// Where webhook deliveries may go.
    pub reach: super::WebhookReach,
    pub settings: MailSettings,
    /// The site's address, which the status link in the first message starts with.
    pub public_url: String,
}

impl Outbox {
    /// Delivers until `stop` completes; a message being sent then is finished first.
    pub async fn run(self, stop: impl Future<Output = ()>) {
        tokio::pin!(stop);
        loop {
            if let Err(error) = self.deliver_due().await {
                tracing::error!(%error, "outbox: claiming or recording messages");
            }
            tokio::select! {
                () = &mut stop => break,
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }

    async fn deliver_due(&self) -> Result<(), sqlx::Error> {
        let now = self.clock.now().unix_timestamp();
        for message in db::claim_due(&self.db, now, now + LEASE_SECONDS, BATCH).await? {
            match message.channel.as_str() {
                "webhook" => self.deliver_webhook(message).await?,
                _ => self.deliver_email(message).await?,
            }
        }
        Ok(())
    }

    async fn deliver_webhook(&self, message: ClaimedMessage) -> Result<(), sqlx::Error> {
        let stamp = self.clock.now_rfc3339().unwrap_or_default();
        let secret = match message.endpoint_id {
            Some(endpoint) => db::endpoint_secret(&self.db, endpoint).await?,
            None => None,
        };
        let Some(secret) = secret else {
            let failure = Failure {
                error: "the endpoint was disabled",
                status: None,
                retry_at: 0,
                failed_at: Some(&stamp),
            };
            return db::mark_undelivered(&self.db, message.id, &failure).await;
        };
        let body = webhook::payload(
            &message.event_id,
            &message.template,
            &message.created_at,
            &message.reference,
            message.note.as_deref(),
        );
        let now = self.clock.now().unix_timestamp();
        match webhook::deliver(
            &self.http,
            &self.reach,
            &message.recipient,
            &secret,
            &message.event_id,
            now,
            body,
        )
        .await
        {
            Ok(()) => {
                tracing::info!(event_id = message.event_id, event = message.template, "webhook delivered");
                db::mark_delivered(&self.db, message.id, &stamp).await
            }
            Err((status, error)) => self.not_delivered(&message, &error, status.map(i32::from), &stamp).await,
        }
    }

    async fn deliver_email(&self, message: ClaimedMessage) -> Result<(), sqlx::Error> {
        let stamp = self.clock.now_rfc3339().unwrap_or_default();
        let link =
            message.link.as_deref().map(|path| format!("{}{path}", self.public_url.trim_end_matches('/')));
        let facts = Facts {
            template: &message.template,
            language: &message.language,
            reference: &message.reference,
            link: link.as_deref(),
            note: message.note.as_deref(),
        };
        let Some(letter) = letter(facts) else {
            tracing::error!(
                event_id = message.event_id,
                template = message.template,
                "outbox: unknown message"
            );
            let failure =
                Failure { error: "unknown template", status: None, retry_at: 0, failed_at: Some(&stamp) };
            return db::mark_undelivered(&self.db, message.id, &failure).await;
        };
        match self.mailer.send(&message.recipient, &letter, &message.event_id).await {
            Ok(()) => {
                tracing::info!(event_id = message.event_id, template = message.template, "message delivered");
                db::mark_delivered(&self.db, message.id, &stamp).await
            }
            Err(error) => self.not_delivered(&message, &error, None, &stamp).await,
        }
    }

    /// Schedules the next attempt, doubling the wait, or gives up after the last.
    async fn not_delivered(
        &self,
        message: &ClaimedMessage,
        error: &str,
        status: Option<i32>,
        stamp: &str,
    ) -> Result<(), sqlx::Error> {
        let attempts = u32::try_from(message.attempts).unwrap_or(u32::MAX);
        let give_up = attempts >= self.settings.max_attempts;
        let wait = i64::try_from(self.settings.retry_after(attempts).as_secs()).unwrap_or(i64::MAX);
        let retry_at = self.clock.now().unix_timestamp().saturating_add(wait);
        // The error is kept for the admins, not logged: a server's answer may quote the address.
        tracing::warn!(
            event_id = message.event_id,
            channel = message.channel,
            attempts,
            give_up,
            "not delivered"
        );
        let failure = Failure { error, status, retry_at, failed_at: give_up.then_some(stamp) };
        db::mark_undelivered(&self.db, message.id, &failure).await
    }
}
