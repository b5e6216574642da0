use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

/// A connection pool to whichever database `DATABASE_URL` names.
#[derive(Debug, Clone)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Database {
    /// Connects (creating the SQLite file and its directory on first start) and applies
    /// every pending migration.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await
                .context("connecting to PostgreSQL")?;
            sqlx::migrate!("./migrations/postgres")
                .run(&pool)
                .await
                .context("applying the PostgreSQL migrations")?;
            return Ok(Self::Postgres(pool));
        }
        if !url.starts_with("sqlite:") {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres:");
        }
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| format!("reading the SQLite address {url}"))?
            .create_if_missing(true)
            // WAL lets readers work beside the one writer; FULL makes every answered write
            // survive a power cut, which matters more here than write throughput.
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        if let Some(dir) = options.get_filename().parent().filter(|d| !d.as_os_str().is_empty()) {
            create_dir(dir)?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .context("opening the SQLite database")?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await.context("applying the SQLite migrations")?;
        Ok(Self::Sqlite(pool))
    }

    pub async fn close(&self) {
        match self {
            Self::Sqlite(pool) => pool.close().await,
            Self::Postgres(pool) => pool.close().await,
        }
    }
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating the data directory {}", dir.display()))
}
