//! What admins do to staff accounts on the web, and what every staff member does to their
//! own: add an account with a one-time set-password link (shown once), disable and enable
//! it, reset its password with a new link, change one's own password. Each change is in the
//! staff trail with who made it.

use app::api::{Account, OneTimeLink, StaffAccounts, StaffEvent};
use app::server::{Principal, Role};

use super::normalise_email;
use super::password::{self, PasswordError};
use crate::applications::sha256_hex;
use crate::clock::Clock;
use crate::db::{self, Database, NewLink, stored};
use crate::errors::{Context, Missing, ServiceError, internal};

/// How long a set-password link works.
const LINK_HOURS: i64 = 72;

/// Every account and the latest changes to them.
pub async fn accounts(db: &Database) -> Result<StaffAccounts, ServiceError> {
    let accounts = db::list_reviewers(db)
        .await?
        .into_iter()
        .map(|a| {
            Ok(Account {
                id: a.id,
                role: stored(&a.role)?,
                email: a.email,
                disabled: a.disabled,
                created_at: a.created_at,
                two_factor: a.two_factor,
            })
        })
        .collect::<Result<_, ServiceError>>()?;
    let trail = db::staff_trail(db)
        .await?
        .into_iter()
        .map(|e| StaffEvent { at: e.at, kind: e.kind, actor: e.actor, email: e.email })
        .collect();
    Ok(StaffAccounts { accounts, trail })
}

/// Adds an account for `email` with `role`; it signs in once its link has set a password.
pub async fn add_account(
    db: &Database,
    clock: &Clock,
    admin: &Principal,
    email: &str,
    role: Role,
) -> Result<OneTimeLink, ServiceError> {
    let email = normalise_email(email)
        .ok_or_else(|| ServiceError::invalid_field("email", "invalid_email", "is not an email address"))?;
    // Nobody knows this password: the account cannot sign in before its link is used.
    let unusable = hashed(hex::encode(random_bytes()?)).await?;
    let (token, link) = new_link(clock)?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    let stored =
        NewLink { token_hash: &sha256_hex(&token), created_by: &admin.email, now: &now, expires_at: link.1 };
    match db::insert_account_with_link(db, &email, role.key(), &unusable, &stored).await? {
        Some(id) => {
            tracing::info!(admin = admin.id, account = id, "staff account added");
            Ok(link.0)
        }
        None => Err(ServiceError::invalid_field("email", "taken", "has an account already")),
    }
}

/// A new one-time link for account `id`; earlier unused links stop working.
pub async fn reset_password(
    db: &Database,
    clock: &Clock,
    admin: &Principal,
    id: i64,
) -> Result<OneTimeLink, ServiceError> {
    let (token, link) = new_link(clock)?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    let stored =
        NewLink { token_hash: &sha256_hex(&token), created_by: &admin.email, now: &now, expires_at: link.1 };
    if !db::issue_link(db, id, &stored).await? {
        return Err(ServiceError::NotFound(Missing::Account));
    }
    tracing::info!(admin = admin.id, account = id, "password link issued");
    Ok(link.0)
}

/// Disables or enables account `id`. An admin does not disable their own account (someone
/// must be left to enable it again).
pub async fn set_disabled(
    db: &Database,
    clock: &Clock,
    admin: &Principal,
    id: i64,
    disabled: bool,
) -> Result<(), ServiceError> {
    if disabled && id == admin.id {
        return Err(ServiceError::refused("own_account", "an admin does not disable their own account"));
    }
    if db::find_reviewer(db, id).await?.is_none() {
        return Err(ServiceError::NotFound(Missing::Account));
    }
    let now = clock.now_rfc3339().context("reading the clock")?;
    if !db::set_disabled(db, id, disabled, &admin.email, &now).await? {
        return Err(ServiceError::refused("unchanged", "the account is so already"));
    }
    tracing::info!(admin = admin.id, account = id, disabled, "staff account changed");
    Ok(())
}

/// Sets the password of the account a one-time link names; its email. Sessions signed in
/// before end.
pub async fn use_password_link(
    db: &Database,
    clock: &Clock,
    token: &str,
    new: String,
) -> Result<String, ServiceError> {
    let hash = hashed(new).await?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    db::use_link(db, &sha256_hex(token), &hash, &now, clock.now().unix_timestamp())
        .await?
        .ok_or_else(|| ServiceError::refused("link_not_valid", "the link was used, replaced or has expired"))
}

/// Changes the signed-in staff member's own password; their sessions (this one too) end.
pub async fn change_own_password(
    db: &Database,
    clock: &Clock,
    staff: &Principal,
    current: String,
    new: String,
) -> Result<(), ServiceError> {
    let record = db::find_reviewer(db, staff.id).await?.ok_or(ServiceError::Unauthenticated)?;
    let stored_hash = record.password_hash.clone();
    let matches = tokio::task::spawn_blocking(move || password::verify_password(&current, &stored_hash))
        .await
        .context("checking a password")?;
    if !matches {
        return Err(ServiceError::invalid_field("current_password", "wrong", "is not the current password"));
    }
    let hash = hashed(new).await?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    db::change_password(db, staff.id, &hash, &staff.email, &now, clock.now().unix_timestamp()).await?;
    tracing::info!(account = staff.id, "own password changed");
    Ok(())
}

/// A fresh token, and the link the admin is shown with its expiry (text and Unix seconds).
fn new_link(clock: &Clock) -> Result<(String, (OneTimeLink, i64)), ServiceError> {
    let token = hex::encode(random_bytes()?);
    let expires = clock.now() + time::Duration::hours(LINK_HOURS);
    let expires_at =
        expires.format(&time::format_description::well_known::Rfc3339).context("writing a link's expiry")?;
    let path = format!("/account/password?token={token}");
    Ok((token, (OneTimeLink { path, expires_at }, expires.unix_timestamp())))
}

fn random_bytes() -> Result<[u8; 32], ServiceError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| internal("drawing a token", e.to_string()))?;
    Ok(bytes)
}

/// Argon2 on a blocking thread; a password of the wrong length is the caller's.
async fn hashed(password: String) -> Result<String, ServiceError> {
    match tokio::task::spawn_blocking(move || password::hash_password(&password))
        .await
        .context("hashing a password")?
    {
        Ok(hash) => Ok(hash),
        Err(PasswordError::TooShort) => {
            Err(ServiceError::invalid_field("password", "too_short", "is too short"))
        }
        Err(PasswordError::TooLong) => {
            Err(ServiceError::invalid_field("password", "too_long", "is too long"))
        }
        Err(PasswordError::Hashing) => Err(internal("hashing a password", "argon2 failed")),
    }
}
