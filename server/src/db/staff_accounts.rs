//! Staff accounts as admins manage them on the web: one-time password links, enabling and
//! disabling, and the append-only trail of every change with who made it.

use super::Database;

/// A one-time link to set an account's password, as stored (its token only hashed).
pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub created_by: &'a str,
    pub now: &'a str,
    /// Unix seconds.
    pub expires_at: i64,
}

/// One entry of the staff trail.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffEventRecord {
    pub at: String,
    pub kind: String,
    pub actor: String,
    /// The account the change was made to.
    pub email: String,
}

const INSERT_ACCOUNT: &str = "
    INSERT INTO reviewers (email, role, password_hash, disabled, created_at)
    VALUES ($1, $2, $3, FALSE, $4) ON CONFLICT (email) DO NOTHING RETURNING id";
/// A new link replaces any earlier one not used yet.
const RETIRE_LINKS: &str =
    "UPDATE password_links SET used_at = $2 WHERE reviewer_id = $1 AND used_at IS NULL";
const INSERT_LINK: &str = "
    INSERT INTO password_links (token_hash, reviewer_id, created_by, created_at, expires_at)
    VALUES ($1, $2, $3, $4, $5)";
const INSERT_EVENT: &str = "INSERT INTO staff_events (reviewer_id, at, kind, actor) VALUES ($1, $2, $3, $4)";
const SET_DISABLED: &str = "UPDATE reviewers SET disabled = $2 WHERE id = $1 AND disabled <> $2";
const USE_LINK: &str = "
    UPDATE password_links SET used_at = $2
    WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $3
    RETURNING reviewer_id";
const SET_PASSWORD: &str = "
    UPDATE reviewers SET password_hash = $2, credentials_changed_at = $3 WHERE id = $1 RETURNING email";
const SELECT_TRAIL: &str = "
    SELECT e.at, e.kind, e.actor, r.email FROM staff_events e JOIN reviewers r ON r.id = e.reviewer_id
    ORDER BY e.id DESC LIMIT 200";

/// Creates the account (its password unusable until the link sets one) with its link.
/// `None` when the address has an account already.
pub async fn insert_account_with_link(
    db: &Database,
    email: &str,
    role: &str,
    unusable_hash: &str,
    link: &NewLink<'_>,
) -> Result<Option<i64>, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let id: Option<i64> = sqlx::query_scalar(INSERT_ACCOUNT)
            .bind(email).bind(role).bind(unusable_hash).bind(link.now)
            .fetch_optional(&mut *tx).await?;
        let Some(id) = id else {
            tx.rollback().await?;
            return Ok(None);
        };
        sqlx::query(INSERT_LINK)
            .bind(link.token_hash).bind(id).bind(link.created_by).bind(link.now).bind(link.expires_at)
            .execute(&mut *tx).await?;
        for kind in ["added", "password_link_issued"] {
            sqlx::query(INSERT_EVENT).bind(id).bind(link.now).bind(kind).bind(link.created_by).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(Some(id))
    })
}

/// A new link for account `id` (earlier unused ones stop working). `false` when there is no
/// such account.
pub async fn issue_link(db: &Database, id: i64, link: &NewLink<'_>) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM reviewers WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?;
        if exists.is_none() {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(RETIRE_LINKS).bind(id).bind(link.now).execute(&mut *tx).await?;
        sqlx::query(INSERT_LINK)
            .bind(link.token_hash).bind(id).bind(link.created_by).bind(link.now).bind(link.expires_at)
            .execute(&mut *tx).await?;
        sqlx::query(INSERT_EVENT).bind(id).bind(link.now).bind("password_link_issued").bind(link.created_by)
            .execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(true)
    })
}

/// Disables or enables account `id`; `false` when it was so already (or does not exist).
pub async fn set_disabled(
    db: &Database,
    id: i64,
    disabled: bool,
    actor: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let changed = sqlx::query(SET_DISABLED).bind(id).bind(disabled).execute(&mut *tx).await?.rows_affected();
        if changed != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        let kind = if disabled { "disabled" } else { "enabled" };
        sqlx::query(INSERT_EVENT).bind(id).bind(now).bind(kind).bind(actor).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(true)
    })
}

/// Spends the link `token_hash` (if unused and not expired at `unix_now`) on `new_hash`;
/// the account's email, or `None` for a link that opens nothing.
pub async fn use_link(
    db: &Database,
    token_hash: &str,
    new_hash: &str,
    now: &str,
    unix_now: i64,
) -> Result<Option<String>, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let id: Option<i64> =
            sqlx::query_scalar(USE_LINK).bind(token_hash).bind(now).bind(unix_now).fetch_optional(&mut *tx).await?;
        let Some(id) = id else {
            tx.rollback().await?;
            return Ok(None);
        };
        let email: String =
            sqlx::query_scalar(SET_PASSWORD).bind(id).bind(new_hash).bind(unix_now).fetch_one(&mut *tx).await?;
        sqlx::query(INSERT_EVENT).bind(id).bind(now).bind("password_set").bind(&email).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(email))
    })
}

/// Sets account `id`'s password (its own change); sessions signed in before `unix_now` end.
pub async fn change_password(
    db: &Database,
    id: i64,
    new_hash: &str,
    actor: &str,
    now: &str,
    unix_now: i64,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        sqlx::query(SET_PASSWORD).bind(id).bind(new_hash).bind(unix_now).fetch_one(&mut *tx).await?;
        sqlx::query(INSERT_EVENT).bind(id).bind(now).bind("password_changed").bind(actor).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    })
}

/// The latest changes to staff accounts, newest first.
pub async fn staff_trail(db: &Database) -> Result<Vec<StaffEventRecord>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT_TRAIL).fetch_all(pool).await)
}

/// Records a change made outside the web (the command line) in the account's trail.
pub async fn record_staff_event(
    db: &Database,
    email: &str,
    kind: &str,
    actor: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    let insert = "INSERT INTO staff_events (reviewer_id, at, kind, actor) SELECT id, $2, $3, $4 FROM reviewers WHERE email = $1";
    with_pool!(db, pool => sqlx::query(insert).bind(email).bind(now).bind(kind).bind(actor).execute(pool).await.map(drop))
}
