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
    data_dir: Option<TempDir>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

pub fn database_path(data_dir: &TempDir) -> PathBuf {
    data_dir.path().join("db").join("partner-portal.db")
}

pub fn config_for(data_dir: &TempDir) -> Config {
    let leptos = LeptosOptions::builder()
        .output_name("partner-portal")
        .site_root(data_dir.path().join("site").display().to_string())
        .site_addr(SocketAddr::from(([127, 0, 0, 1], 0)))
        .build();
    Config {
        leptos,
        database_url: server::config::default_sqlite_url(&data_dir.path().join("db")),
        public_url: "http://127.0.0.1".to_owned(),
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        let data_dir = tempfile::tempdir().expect("temporary directory");
        Self::spawn_with(data_dir, |config| config).await
    }

    pub async fn spawn_with(data_dir: TempDir, adjust: impl FnOnce(Config) -> Config) -> Self {
        let config = adjust(config_for(&data_dir));
        let server = Server::build(config).await.expect("server starts");
        let addr = server.local_addr().expect("bound");
        let db = server.database();
        let clock = server.clock();
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
        Self { addr, client, db, clock, data_dir: Some(data_dir), stop: Some(stop), task: Some(task) }
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

    /// Where this app keeps its database.
    pub fn data_dir(&self) -> &TempDir {
        self.data_dir.as_ref().expect("a running app owns its data directory")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
