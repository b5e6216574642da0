//! The real `partner-portal` binary as a child process, for the tests that kill, stop or
//! read the log of a server.

use std::path::PathBuf;

use load::ServerProcess;
use tempfile::TempDir;

use crate::helpers::{create_database, database_url_for};

/// Starts the binary on the test's fresh database; its log goes to `server.log` in the
/// data directory. Returns the process and the database URL.
pub async fn start_binary(data_dir: &TempDir, env: &[(&str, &str)]) -> (ServerProcess, String) {
    create_database(data_dir).await;
    let database_url = database_url_for(data_dir);
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_partner-portal"));
    let settings = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../Leptos.toml"));
    let server = ServerProcess::start_with(&binary, &settings, &database_url, &log_of(data_dir), env)
        .await
        .expect("server starts");
    (server, database_url)
}

pub fn log_of(data_dir: &TempDir) -> PathBuf {
    data_dir.path().join("server.log")
}
