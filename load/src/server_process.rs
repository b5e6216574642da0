use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::Context;
use tokio::process::{Child, Command};

/// The server binary run as a child process on a loopback port, so it can be killed
/// (SIGKILL, as a power cut would) or stopped (SIGTERM, as an operator would) and started
/// again on the same port and database.
pub struct ServerProcess {
    binary: PathBuf,
    settings: PathBuf,
    database_url: String,
    log: PathBuf,
    /// Set for the server on top of the ones it always gets.
    env: Vec<(String, String)>,
    addr: SocketAddr,
    child: Option<Child>,
}

impl ServerProcess {
    /// Starts `binary` with the settings file `settings` on `database_url`, rate limits off,
    /// its log appended to `log`; returns once it answers.
    pub async fn start(
        binary: &Path,
        settings: &Path,
        database_url: &str,
        log: &Path,
    ) -> anyhow::Result<Self> {
        Self::start_with(binary, settings, database_url, log, &[]).await
    }

    /// [`ServerProcess::start`] with more environment (`LOG_FORMAT=json`, say).
    pub async fn start_with(
        binary: &Path,
        settings: &Path,
        database_url: &str,
        log: &Path,
        env: &[(&str, &str)],
    ) -> anyhow::Result<Self> {
        let addr = free_port()?;
        let mut server = Self {
            binary: binary.to_owned(),
            settings: settings.to_owned(),
            database_url: database_url.to_owned(),
            log: log.to_owned(),
            env: env.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect(),
            addr,
            child: None,
        };
        server.launch().await?;
        Ok(server)
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// SIGKILL: no chance to finish anything.
    pub async fn kill(&mut self) -> anyhow::Result<()> {
        if let Some(mut child) = self.child.take() {
            child.kill().await.context("killing the server")?;
        }
        Ok(())
    }

    /// Starts the same server again, on the same port and database.
    pub async fn restart(&mut self) -> anyhow::Result<()> {
        self.kill().await?;
        self.launch().await
    }

    /// SIGTERM, then waits for the process to end by itself; its exit status.
    pub async fn terminate(&mut self, patience: Duration) -> anyhow::Result<std::process::ExitStatus> {
        let mut child = self.child.take().context("the server is not running")?;
        let pid = child.id().context("the server has already ended")?;
        let sent = Command::new("kill").arg("-TERM").arg(pid.to_string()).status().await?;
        anyhow::ensure!(sent.success(), "kill -TERM {pid} failed");
        match tokio::time::timeout(patience, child.wait()).await {
            Ok(status) => Ok(status?),
            Err(_) => {
                child.kill().await?;
                anyhow::bail!("the server did not stop within {patience:?} of SIGTERM")
            }
        }
    }

    /// Creates a reviewer account in the server's database with the server's own command
    /// (the password on stdin, as scripts give it).
    pub async fn add_reviewer(&self, email: &str, password: &str) -> anyhow::Result<()> {
        use tokio::io::AsyncWriteExt;
        let mut command = Command::new(&self.binary)
            .args(["reviewer", "add", "--email", email, "--role", "reviewer"])
            .env("PORTAL_CONFIG", &self.settings)
            .env("DATABASE_URL", &self.database_url)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .context("running `reviewer add`")?;
        let mut stdin = command.stdin.take().context("no stdin for `reviewer add`")?;
        stdin.write_all(format!("{password}\n").as_bytes()).await?;
        drop(stdin);
        let status = command.wait().await?;
        anyhow::ensure!(status.success(), "`reviewer add` failed ({status})");
        Ok(())
    }

    async fn launch(&mut self) -> anyhow::Result<()> {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log)?;
        let child = Command::new(&self.binary)
            .env("PORTAL_CONFIG", &self.settings)
            .env("DATABASE_URL", &self.database_url)
            .env("LEPTOS_SITE_ADDR", self.addr.to_string())
            .env("RATE_LIMIT", "off")
            .envs(self.env.iter().map(|(name, value)| (name, value)))
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("starting {}", self.binary.display()))?;
        self.child = Some(child);
        self.wait_until_answering(Duration::from_secs(60)).await
    }

    async fn wait_until_answering(&mut self, patience: Duration) -> anyhow::Result<()> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(2)).build()?;
        let url = format!("{}/api/v1/policy", self.base_url());
        let deadline = Instant::now() + patience;
        while Instant::now() < deadline {
            if let Some(child) = self.child.as_mut()
                && let Some(status) = child.try_wait()?
            {
                anyhow::bail!("the server ended at start ({status}); see {}", self.log.display());
            }
            if client.get(&url).send().await.is_ok_and(|r| r.status().is_success()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        anyhow::bail!("the server did not answer within {patience:?}; see {}", self.log.display())
    }
}

/// A port free now (the OS picks it); the server binds it a moment later.
fn free_port() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a free port")?;
    Ok(listener.local_addr()?)
}
