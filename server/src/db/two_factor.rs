//! Staff two-factor sign-in as stored: the TOTP secret of an enrolled account, the last
//! time step a code was taken for, and the hashes of its recovery codes.

use super::Database;

/// An account's second factor, when it has one.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SecondFactorRecord {
    /// Base32, as authenticator apps take it.
    pub totp_secret: String,
    pub totp_last_step: i64,
}

const SELECT: &str =
    "SELECT totp_secret, totp_last_step FROM reviewers WHERE id = $1 AND totp_secret IS NOT NULL";
/// Taken only if no code of this step or a later one was taken before: of two sign-ins
/// with one code, on any instance, the database lets one through.
const TAKE_STEP: &str = "UPDATE reviewers SET totp_last_step = $2 WHERE id = $1 AND totp_last_step < $2";
const ENABLE: &str = "UPDATE reviewers SET totp_secret = $2, totp_enabled_at = $3, totp_last_step = $4
    WHERE id = $1 AND totp_secret IS NULL";
const DROP_CODES: &str = "DELETE FROM recovery_codes WHERE reviewer_id = $1";
const INSERT_CODE: &str =
    "INSERT INTO recovery_codes (reviewer_id, code_hash, created_at) VALUES ($1, $2, $3)";
const USE_CODE: &str = "UPDATE recovery_codes SET used_at = $3
    WHERE reviewer_id = $1 AND code_hash = $2 AND used_at IS NULL";
const RESET: &str = "UPDATE reviewers SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = 0,
    credentials_changed_at = $2 WHERE id = $1";
const INSERT_EVENT: &str = "INSERT INTO staff_events (reviewer_id, at, kind, actor) VALUES ($1, $2, $3, $4)";

pub async fn second_factor(
    db: &Database,
    reviewer_id: i64,
) -> Result<Option<SecondFactorRecord>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT).bind(reviewer_id).fetch_optional(pool).await)
}

/// Records that a code of `step` was used; `false` if one of it (or later) was already.
pub async fn take_totp_step(db: &Database, reviewer_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => Ok(sqlx::query(TAKE_STEP).bind(reviewer_id).bind(step).execute(pool).await?.rows_affected() == 1))
}

/// What an enrolment stores, in one transaction.
pub struct Enrolment<'a> {
    pub reviewer_id: i64,
    pub secret: &'a str,
    /// The step of the code that confirmed the enrolment: it cannot sign in again.
    pub step: i64,
    pub recovery_code_hashes: &'a [String],
    pub now: &'a str,
    /// The account's email: the trail names who made the change.
    pub email: &'a str,
}

/// Enrols the account; `false` if it had a second factor already (nothing changed).
pub async fn enable_second_factor(db: &Database, enrolment: &Enrolment<'_>) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let enabled = sqlx::query(ENABLE)
            .bind(enrolment.reviewer_id)
            .bind(enrolment.secret)
            .bind(enrolment.now)
            .bind(enrolment.step)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if enabled != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(DROP_CODES).bind(enrolment.reviewer_id).execute(&mut *tx).await?;
        for hash in enrolment.recovery_code_hashes {
            sqlx::query(INSERT_CODE).bind(enrolment.reviewer_id).bind(hash).bind(enrolment.now).execute(&mut *tx).await?;
        }
        sqlx::query(INSERT_EVENT)
            .bind(enrolment.reviewer_id)
            .bind(enrolment.now)
            .bind("two_factor_enabled")
            .bind(enrolment.email)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    })
}

/// Uses one recovery code; `false` if it is not one of the account's unused ones.
pub async fn use_recovery_code(
    db: &Database,
    reviewer_id: i64,
    email: &str,
    code_hash: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let used = sqlx::query(USE_CODE).bind(reviewer_id).bind(code_hash).bind(now).execute(&mut *tx).await?.rows_affected();
        if used == 1 {
            sqlx::query(INSERT_EVENT).bind(reviewer_id).bind(now).bind("recovery_code_used").bind(email).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(used == 1)
    })
}

/// How many unused recovery codes the account has left.
pub async fn recovery_codes_left(db: &Database, reviewer_id: i64) -> Result<i64, sqlx::Error> {
    const SQL: &str = "SELECT COUNT(*) FROM recovery_codes WHERE reviewer_id = $1 AND used_at IS NULL";
    with_pool!(db, pool => sqlx::query_scalar(SQL).bind(reviewer_id).fetch_one(pool).await)
}

/// Removes the account's second factor (a lost phone): it enrols again at its next sign-in,
/// and its sessions end. `actor` made the change. `false` when no account has the id.
pub async fn reset_second_factor(
    db: &Database,
    reviewer_id: i64,
    actor: &str,
    now: &str,
    now_unix: i64,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let reset = sqlx::query(RESET).bind(reviewer_id).bind(now_unix).execute(&mut *tx).await?.rows_affected();
        if reset == 1 {
            sqlx::query(DROP_CODES).bind(reviewer_id).execute(&mut *tx).await?;
            sqlx::query(INSERT_EVENT).bind(reviewer_id).bind(now).bind("two_factor_reset").bind(actor).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(reset == 1)
    })
}
