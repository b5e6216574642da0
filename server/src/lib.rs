//! The Partner Portal HTTP server: the Leptos pages, the JSON API and the storage behind them.

// The wizard page's view type is deep; resolving it during SSR needs more than the default 128.
#![recursion_limit = "256"]

mod access;
pub mod accounts;
pub mod api;
pub mod applications;
mod apply_form;
mod asset_cache;
pub mod cli;
pub mod clock;
pub mod config;
mod console_bundle;
mod console_pages;
pub mod db;
mod desk;
pub mod errors;
mod forms;
pub mod guards;
mod inputs;
pub mod language;
pub mod live;
pub mod notify;
mod page_cache;
pub mod partners;
mod request_log;
pub mod review;
mod roster_form;
mod router;
pub mod routes;
mod serve;
pub mod sessions;
mod state;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;

pub use config::Config;
pub use db::Database;
pub use state::AppState;

/// A view of the server's stored pages that outlives [`Server::run`] taking the server.
#[derive(Debug, Clone)]
pub struct StoredPages(Arc<page_cache::PageCache>);

impl StoredPages {
    pub fn count(&self) -> usize {
        self.0.count()
    }
}

/// A server bound to its address, ready to serve.
pub struct Server {
    listener: TcpListener,
    state: AppState,
    outbox: notify::Outbox,
    pages: Arc<page_cache::PageCache>,
}

impl Server {
    /// Opens the database (migrating it), records the policy in force and binds the listener.
    /// Port 0 picks a free port (tests); [`Server::local_addr`] tells which.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        // Leptos spawns resource loaders on a global executor that leptos_axum sets up lazily;
        // a task spawned before that is silently dropped (its page then never finishes).
        // Setting it up first closes the race. A second call (another server in the same
        // process, as in tests) is refused harmlessly.
        let _ = any_spawner::Executor::init_tokio();
        let db = Database::connect(&config.database_url).await?;
        // One instance on SQLite fans out in process; on PostgreSQL, across instances.
        let live = match &db {
            Database::Postgres(pool) => live::LiveEvents::over_postgres(pool.clone()),
            Database::Sqlite(_) => live::LiveEvents::default(),
        };
        db::record_policy(&db, app::domain::current_policy()).await?;
        let tokens = applications::StatusTokens::load(&db).await?;
        let sessions =
            sessions::DatabaseSessionStore::new(&db).await.context("creating the session table")?;
        let secure_cookies = config.public_url.starts_with("https://");
        let mailer = notify::Mailer::new(config.mail.smtp_url.as_deref(), &config.mail.from)?;
        if matches!(mailer, notify::Mailer::Log) {
            tracing::warn!("no SMTP_URL: applicants' messages are logged, not sent");
        }
        let clock = clock::Clock::default();
        let outbox = notify::Outbox {
            db: db.clone(),
            clock: clock.clone(),
            mailer,
            http: notify::webhook_client(&config.webhooks)?,
            reach: config.webhooks.clone(),
            settings: config.mail,
            public_url: config.public_url.clone(),
        };
        let addr = config.leptos.site_addr;
        let listener = TcpListener::bind(addr).await.with_context(|| format!("listening on {addr}"))?;
        Ok(Self {
            listener,
            state: AppState::new(state::Shared {
                leptos_options: config.leptos,
                db,
                tokens,
                sessions,
                secure_cookies,
                live,
                clock,
                rate_limits: guards::RateLimits::new(config.rate_limits),
                webhooks: config.webhooks,
                two_factor: config.two_factor,
                trusted_proxies: config.trusted_proxies,
                live_streams: live::StreamSlots::default(),
            }),
            outbox,
            pages: Arc::new(page_cache::PageCache::new(config.page_cache)),
        })
    }

    /// The server's database, for tools and tests that prepare data (accounts, say).
    pub fn database(&self) -> Database {
        self.state.db.clone()
    }

    /// The server's clock: tests set today's date through it.
    pub fn clock(&self) -> clock::Clock {
        self.state.clock.clone()
    }

    /// How many rendered pages the server keeps for anonymous visitors (tests check it).
    pub fn stored_pages(&self) -> StoredPages {
        StoredPages(self.pages.clone())
    }

    pub fn local_addr(&self) -> anyhow::Result<SocketAddr> {
        self.listener.local_addr().context("reading the bound address")
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight and closes
    /// the database pool.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let db = self.state.db.clone();
        let sessions = self.state.sessions.clone();
        let live = self.state.live.clone();
        let app = router::build(self.state, self.pages)?;
        // Expired sessions are deleted hourly; the task ends with the server.
        let cleanup =
            tokio::spawn(tower_sessions::session_store::ExpiredDeletion::continuously_delete_expired(
                sessions,
                tokio::time::Duration::from_secs(3600),
            ));
        // Messages go out while the server runs; one being sent at shutdown is finished.
        let outbox = tokio::spawn(self.outbox.run(live.closed()));
        let shutdown = async move {
            shutdown.await;
            tracing::info!("shutting down: no new connections; finishing requests in flight");
            live.close();
        };
        serve::serve(self.listener, app, shutdown).await;
        cleanup.abort();
        if let Err(error) = outbox.await {
            tracing::error!(%error, "the outbox worker failed");
        }
        db.close().await;
        tracing::info!("stopped: every request answered, database closed");
        Ok(())
    }
}
