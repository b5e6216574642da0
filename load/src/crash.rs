use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::{Plan, Report, ServerProcess, run};

/// What happened around the kill.
#[derive(Debug)]
pub struct Crash {
    pub report: Report,
    /// Submissions answered 2xx before the server was killed.
    pub answered_before_kill: usize,
}

/// Runs `plan` against `server`, kills the server with SIGKILL once `kill_after`
/// submissions have been answered, and starts it again; the clients keep retrying with
/// their keys meanwhile, as the wizard does.
pub async fn run_through_a_crash(
    plan: &Plan,
    server: &mut ServerProcess,
    kill_after: usize,
) -> anyhow::Result<Crash> {
    anyhow::ensure!(kill_after < plan.submissions, "the kill must come before the last answer");
    let answered = Arc::new(AtomicUsize::new(0));
    let load = tokio::spawn({
        let (plan, answered) = (plan.clone(), answered.clone());
        async move { run(&plan, answered).await }
    });
    while answered.load(Ordering::Relaxed) < kill_after {
        anyhow::ensure!(!load.is_finished(), "the load ended before the kill");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    server.kill().await?;
    let answered_before_kill = answered.load(Ordering::Relaxed);
    server.restart().await?;
    let report = load.await??;
    Ok(Crash { report, answered_before_kill })
}
