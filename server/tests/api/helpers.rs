use std::net::SocketAddr;
use std::path::PathBuf;

use leptos::config::LeptosOptions;
use server::{Config, Server};
use tempfile::TempDir;
use tokio::sync::oneshot;

/// A running server with its own database, stopped when dropped.
pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    /// The server's own database handle, for preparing data such as staff accounts.
    pub db: server::Database,
    /// The server's clock: tests move "today" through it.
    pub clock: server::clock::Clock,
    /// Where its data is: another instance given this URL shares it.
    pub database_url: String,
    /// The rendered pages it keeps for anonymous visitors.
    pub stored_pages: server::StoredPages,
    data_dir: Option<TempDir>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

pub fn database_path(data_dir: &TempDir) -> PathBuf {
    data_dir.path().join("db").join("partner-portal.db")
}

/// Runs `$body` with `$pool` bound to the test server's pool, whichever backend it is: the
/// tests' SQL is written once, in the portable subset the server's own queries use.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            server::Database::Sqlite($pool) => $body,
            server::Database::Postgres($pool) => $body,
        }
    };
}

/// The PostgreSQL server the suite runs on instead of SQLite, if `TEST_DATABASE_URL` names
/// one (any database on it; the role must be allowed to create databases).
pub fn postgres_server() -> Option<String> {
    std::env::var("TEST_DATABASE_URL").ok().filter(|url| url.starts_with("postgres"))
}

/// Each test's database: a fresh SQLite file in its data directory, or a fresh PostgreSQL
/// database named after that directory (so a restarted app finds its data again).
pub fn database_url_for(data_dir: &TempDir) -> String {
    match postgres_server() {
        Some(server) => {
            let (base, query) = server.split_once('?').map_or((server.as_str(), ""), |(b, q)| (b, q));
            let root = base.rsplit_once('/').map_or(base, |(root, _)| root);
            let query = if query.is_empty() { String::new() } else { format!("?{query}") };
            format!("{root}/{}{query}", postgres_name(data_dir))
        }
        None => server::config::default_sqlite_url(&data_dir.path().join("db")),
    }
}

/// `pp_test_` and the temporary directory's random name, lower-cased (a valid identifier).
fn postgres_name(data_dir: &TempDir) -> String {
    let random: String = data_dir
        .path()
        .file_name()
        .map(|name| name.to_string_lossy().to_lowercase())
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!("pp_test_{random}")
}

/// Creates the test's PostgreSQL database unless it exists (SQLite creates its own file).
pub async fn create_database(data_dir: &TempDir) {
    let Some(server) = postgres_server() else { return };
    let name = postgres_name(data_dir);
    let mut admin =
        <sqlx::PgConnection as sqlx::Connection>::connect(&server).await.expect("TEST_DATABASE_URL connects");
    let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_optional(&mut admin)
        .await
        .expect("pg_database");
    if exists.is_none() {
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("a fresh database");
    }
}

pub fn config_for(data_dir: &TempDir) -> Config {
    let leptos = LeptosOptions::builder()
        .output_name("partner-portal")
        .site_root(data_dir.path().join("site").display().to_string())
        .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
        .build();
    Config {
        leptos,
        database_url: database_url_for(data_dir),
        public_url: "http://127.0.0.1".to_owned(),
        // Tests send many requests from one address; the rate-limit tests turn them on.
        rate_limits: server::guards::RateLimitSettings::off(),
        // No SMTP server: messages are logged; the email tests start one.
        mail: server::notify::MailSettings::default(),
        page_cache: true,
        // Webhook tests deliver to receivers on loopback; the reach tests shut private
        // networks again. No test resolves a name through DNS.
        two_factor: server::accounts::TwoFactorPolicy::default(),
        trusted_proxies: server::guards::TrustedProxies::default(),
        webhooks: server::notify::WebhookReach {
            allow_private: true,
            resolver: server::notify::Resolver::Fixed(Default::default()),
        },
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        let data_dir = tempfile::tempdir().expect("temporary directory");
        Self::spawn_with(data_dir, |config| config).await
    }

    pub async fn spawn_with(data_dir: TempDir, adjust: impl FnOnce(Config) -> Config) -> Self {
        create_database(&data_dir).await;
        let config = adjust(config_for(&data_dir));
        let database_url = config.database_url.clone();
        let server = Server::build(config).await.expect("server starts");
        let addr = server.local_addr().expect("bound");
        let db = server.database();
        let clock = server.clock();
        let stored_pages = server.stored_pages();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(server.run(async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A request that never answers fails the test instead of hanging the suite.
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .expect("HTTP client");
        Self {
            addr,
            client,
            db,
            clock,
            database_url,
            stored_pages,
            data_dir: Some(data_dir),
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// A second instance on this one's database (its own data directory, port and clock),
    /// as several instances behind a load balancer run.
    pub async fn spawn_sharing(&self) -> Self {
        self.spawn_sharing_with(|config| config).await
    }

    /// [`TestApp::spawn_sharing`] with settings of its own.
    pub async fn spawn_sharing_with(&self, adjust: impl FnOnce(Config) -> Config) -> Self {
        let data_dir = tempfile::tempdir().expect("temporary directory");
        let database_url = self.database_url.clone();
        Self::spawn_with(data_dir, move |config| adjust(Config { database_url, ..config })).await
    }

    /// Where the server serves static files from (empty until a test writes there).
    pub fn site_root(&self) -> PathBuf {
        self.data_dir.as_ref().map(|dir| dir.path().join("site")).unwrap_or_default()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(body).send().await.expect("request sent")
    }

    pub async fn post_raw(&self, path: &str, body: impl Into<reqwest::Body>) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request sent")
    }

    /// Stops the server gracefully and waits until it has closed its database.
    pub async fn stop(mut self) -> TempDir {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server ran cleanly");
        }
        self.data_dir.take().expect("a running app owns its data directory")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Reads a streamed response (Server-Sent Events) until `wanted` has arrived; all read so far.
pub async fn read_until(response: &mut reqwest::Response, wanted: &str) -> String {
    let mut seen = String::new();
    while !seen.contains(wanted) {
        let chunk = response.chunk().await.expect("stream open").expect("stream not ended");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    seen
}
