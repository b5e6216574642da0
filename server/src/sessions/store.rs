use async_trait::async_trait;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use super::IDLE_TIMEOUT_HOURS;
use crate::db::Database;

/// The session store of whichever database the server runs on.
#[derive(Debug, Clone)]
pub enum DatabaseSessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl DatabaseSessionStore {
    /// The store on `db`, its table created if missing.
    pub async fn new(db: &Database) -> Result<Self, sqlx::Error> {
        Ok(match db {
            Database::Sqlite(pool) => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await?;
                Self::Sqlite(store)
            }
            Database::Postgres(pool) => {
                let store = PostgresStore::new(pool.clone());
                store.migrate().await?;
                Self::Postgres(store)
            }
        })
    }
}

#[async_trait]
impl SessionStore for DatabaseSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.create(record).await,
            Self::Postgres(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.save(record).await,
            Self::Postgres(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Sqlite(store) => store.load(id).await,
            Self::Postgres(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.delete(id).await,
            Self::Postgres(store) => store.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for DatabaseSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.delete_expired().await,
            Self::Postgres(store) => store.delete_expired().await,
        }
    }
}

/// The session cookie's name over plain HTTP (the API's description names it too).
pub const SESSION_COOKIE: &str = "portal_session";
/// Its name over HTTPS: browsers accept a `__Host-` cookie only when it is Secure, for the
/// whole site (`Path=/`) and for this host alone (no `Domain`), so neither a sibling
/// subdomain nor a plain-HTTP page can set or shadow it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-portal_session";

/// Session cookies: HttpOnly, SameSite=Lax (sent on top-level navigation, not on cross-site
/// form posts), Secure and `__Host-` when the site is served over HTTPS, expiring after a
/// working day idle.
pub fn session_layer(store: DatabaseSessionStore, secure: bool) -> SessionManagerLayer<DatabaseSessionStore> {
    SessionManagerLayer::new(store)
        .with_name(if secure { SECURE_SESSION_COOKIE } else { SESSION_COOKIE })
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(IDLE_TIMEOUT_HOURS)))
}
