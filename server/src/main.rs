//! `partner-portal`: serves the Partner Portal. Settings: Leptos.toml in the working
//! directory (or the file `PORTAL_CONFIG` names), overridden by the environment.

use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use server::cli::{Cli, Command};
use server::db::Database;
use server::{Config, Server};
use tracing_subscriber::EnvFilter;

/// Rendering a page allocates and frees many small strings from many threads at once, where
/// mimalloc is much faster than glibc's allocator (scripts/bench: README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // JSON lines for log collectors; readable text by default.
    if std::env::var("LOG_FORMAT").is_ok_and(|format| format == "json") {
        tracing_subscriber::fmt().json().with_env_filter(filter).init();
    } else {
        let colours = std::io::IsTerminal::is_terminal(&std::io::stdout());
        tracing_subscriber::fmt().with_ansi(colours).with_env_filter(filter).init();
    }
    let path = std::env::var_os("PORTAL_CONFIG").map_or_else(|| PathBuf::from("Leptos.toml"), PathBuf::from);
    let config = Config::load(&path)?;
    if let Some(Command::Reviewer(command)) = Cli::parse().command {
        let db = Database::connect(&config.database_url).await?;
        let outcome = server::cli::run_reviewer_command(&db, command).await;
        db.close().await;
        return outcome;
    }
    let server = Server::build(config).await?;
    let addr = server.local_addr()?;
    tracing::info!("Partner Portal listening on http://{addr}");
    server.run(shutdown_signal()).await.context("running the server")
}

/// Ctrl-C or SIGTERM: stop accepting, let requests in flight finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => tracing::error!(%error, "cannot listen for SIGTERM"),
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
