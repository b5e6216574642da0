//! Reviewer accounts.

use super::Database;

/// A reviewer account as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReviewerRecord {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub password_hash: String,
    pub disabled: bool,
    pub created_at: String,
    /// Unix seconds of the last password change: sessions signed in before it end.
    pub credentials_changed_at: i64,
    /// Enrolled in two-factor sign-in.
    pub two_factor: bool,
}

/// What [`insert_reviewer`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Inserted {
    Created,
    EmailTaken,
}

const COLUMNS: &str = "id, email, role, password_hash, disabled, created_at, credentials_changed_at, (totp_secret IS NOT NULL) AS two_factor";

pub async fn insert_reviewer(
    db: &Database,
    email: &str,
    role: &str,
    password_hash: &str,
    now: &str,
) -> Result<Inserted, sqlx::Error> {
    let insert = "INSERT INTO reviewers (email, role, password_hash, disabled, created_at)
        VALUES ($1, $2, $3, FALSE, $4) ON CONFLICT (email) DO NOTHING";
    let result = with_pool!(db, pool => sqlx::query(insert)
        .bind(email).bind(role).bind(password_hash).bind(now)
        .execute(pool).await?.rows_affected());
    Ok(if result == 1 { Inserted::Created } else { Inserted::EmailTaken })
}

pub async fn find_reviewer_by_email(
    db: &Database,
    email: &str,
) -> Result<Option<ReviewerRecord>, sqlx::Error> {
    let select = format!("SELECT {COLUMNS} FROM reviewers WHERE email = $1");
    with_pool!(db, pool => sqlx::query_as(&select).bind(email).fetch_optional(pool).await)
}

pub async fn find_reviewer(db: &Database, id: i64) -> Result<Option<ReviewerRecord>, sqlx::Error> {
    let select = format!("SELECT {COLUMNS} FROM reviewers WHERE id = $1");
    with_pool!(db, pool => sqlx::query_as(&select).bind(id).fetch_optional(pool).await)
}

pub async fn list_reviewers(db: &Database) -> Result<Vec<ReviewerRecord>, sqlx::Error> {
    let select = format!("SELECT {COLUMNS} FROM reviewers ORDER BY email");
    with_pool!(db, pool => sqlx::query_as(&select).fetch_all(pool).await)
}

/// Disables the account; `false` when no account has that address.
pub async fn disable_reviewer(db: &Database, email: &str) -> Result<bool, sqlx::Error> {
    let update = "UPDATE reviewers SET disabled = TRUE WHERE email = $1";
    let changed =
        with_pool!(db, pool => sqlx::query(update).bind(email).execute(pool).await?.rows_affected());
    Ok(changed == 1)
}
