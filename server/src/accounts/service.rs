use std::sync::LazyLock;

use crate::db::{self, Database, Inserted};

use super::Role;
use super::password::{self, PasswordError};

/// A staff account without its secret.
pub type Reviewer = app::server::Principal;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0:?} is not an email address")]
    InvalidEmail(String),
    #[error("an account with the email {0} exists already")]
    EmailTaken(String),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error("storage failed: {0}")]
    Storage(#[from] sqlx::Error),
    #[error("the password check could not run")]
    Worker,
}

/// Trimmed and lower-cased; `None` unless it looks like an address (one `@`, a dot after it).
pub fn normalise_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let valid = !local.is_empty()
        && domain.contains('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    valid.then_some(email)
}

/// Creates an account. Hashing runs on a blocking thread: Argon2 is deliberately slow.
pub async fn add_reviewer(
    db: &Database,
    email: &str,
    role: Role,
    password: String,
) -> Result<(), AccountError> {
    let email = normalise_email(email).ok_or_else(|| AccountError::InvalidEmail(email.to_owned()))?;
    let hash = tokio::task::spawn_blocking(move || password::hash_password(&password))
        .await
        .map_err(|_| AccountError::Worker)??;
    let now = crate::clock::Clock::default().now_rfc3339().map_err(|_| AccountError::Worker)?;
    match db::insert_reviewer(db, &email, role.key(), &hash, &now).await? {
        Inserted::Created => Ok(()),
        Inserted::EmailTaken => Err(AccountError::EmailTaken(email)),
    }
}

/// The account `email` and `password` open, if any: unknown, disabled and wrong-password
/// attempts are indistinguishable to the caller, and take about as long (an unknown address
/// is checked against a throwaway hash).
pub async fn authenticate(
    db: &Database,
    email: &str,
    password: String,
) -> Result<Option<Reviewer>, AccountError> {
    let Some(email) = normalise_email(email) else {
        return Ok(None);
    };
    let record = db::find_reviewer_by_email(db, &email).await?;
    let stored = match &record {
        Some(r) => r.password_hash.clone(),
        None => UNKNOWN_ACCOUNT_HASH.clone(),
    };
    let matches = tokio::task::spawn_blocking(move || password::verify_password(&password, &stored))
        .await
        .map_err(|_| AccountError::Worker)?;
    Ok(record
        .filter(|r| matches && !r.disabled)
        .and_then(|r| Role::from_key(&r.role).map(|role| Reviewer { id: r.id, email: r.email, role })))
}

/// A hash of a random password nobody knows, checked when the address is unknown so that
/// the answer takes as long as for a real account.
static UNKNOWN_ACCOUNT_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut secret = [0u8; 32];
    // Should randomness fail, the password is all zeros: harmless, as this hash is only
    // compared against for unknown addresses, which open no account whatever the result.
    let _ = getrandom::fill(&mut secret);
    password::hash_password(&hex::encode(secret)).unwrap_or_default()
});
