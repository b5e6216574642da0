use std::time::Duration;

/// How applicants' messages are sent; from the environment.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `SMTP_URL`; none: messages are logged instead of sent.
    pub smtp_url: Option<String>,
    /// `MAIL_FROM`.
    pub from: String,
    /// The wait after the first failed attempt, doubling after each (`MAIL_RETRY_SECONDS`).
    pub first_retry: Duration,
    /// Attempts before a message is given up and shown to admins as failed (`MAIL_MAX_ATTEMPTS`).
    pub max_attempts: u32,
}

impl Default for MailSettings {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "BlueKing Partner Portal <no-reply@localhost>".to_owned(),
            first_retry: Duration::from_secs(30),
            max_attempts: 10,
        }
    }
}

impl MailSettings {
    pub fn from_env() -> anyhow::Result<Self> {
        let text = |name: &str| std::env::var(name).ok().filter(|value| !value.trim().is_empty());
        let number = |name: &str| -> anyhow::Result<Option<u64>> {
            text(name)
                .map(|raw| raw.trim().parse().map_err(|_| anyhow::anyhow!("{name} must be a whole number")))
                .transpose()
        };
        let defaults = Self::default();
        Ok(Self {
            smtp_url: text("SMTP_URL"),
            from: text("MAIL_FROM").unwrap_or(defaults.from),
            first_retry: number("MAIL_RETRY_SECONDS")?.map_or(defaults.first_retry, Duration::from_secs),
            max_attempts: number("MAIL_MAX_ATTEMPTS")?
                .map_or(Ok(defaults.max_attempts), u32::try_from)
                .map_err(|_| anyhow::anyhow!("MAIL_MAX_ATTEMPTS is too large"))?,
        })
    }

    /// The wait before attempt `attempts + 1`, doubling, at most a day.
    pub fn retry_after(&self, attempts: u32) -> Duration {
        let doublings = attempts.saturating_sub(1).min(20);
        self.first_retry.saturating_mul(1 << doublings).min(Duration::from_secs(24 * 3600))
    }
}
