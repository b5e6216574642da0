//! Where messages go: an SMTP server (lettre), or, with none configured, the log.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::texts::Letter;

/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// No SMTP server configured: each message is logged (without the recipient's address or
    /// the text, which may hold the private link) and counts as delivered.
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Smtp { .. } => "Mailer::Smtp",
            Self::Log => "Mailer::Log",
        })
    }
}

impl Mailer {
    /// `smtp_url` as lettre reads it: `smtp://host:25` (plain), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), `smtps://user:pass@host:465` (TLS). `from` is the sender, `Name <address>`.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
        let Some(url) = smtp_url else { return Ok(Self::Log) };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| anyhow::anyhow!("SMTP_URL: {error}"))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from.parse().map_err(|error| anyhow::anyhow!("MAIL_FROM {from:?}: {error}"))?;
        Ok(Self::Smtp { transport, from })
    }

    /// Sends `letter` to `recipient`; the error says why not, for the admins' list.
    pub async fn send(&self, recipient: &str, letter: &Letter, event_id: &str) -> Result<(), String> {
        match self {
            Self::Log => {
                tracing::info!(event_id, subject = %letter.subject, "no SMTP server configured: message not sent");
                Ok(())
            }
            Self::Smtp { transport, from } => {
                let to: Mailbox = recipient.parse().map_err(|error| format!("recipient address: {error}"))?;
                let message = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(letter.subject.clone())
                    .header(ContentType::TEXT_PLAIN)
                    .message_id(Some(format!("<{event_id}@partner-portal>")))
                    .body(letter.body.clone())
                    .map_err(|error| format!("composing: {error}"))?;
                transport.send(message).await.map(|_| ()).map_err(|error| error.to_string())
            }
        }
    }
}
