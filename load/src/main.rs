//! `partner-portal-load`: N concurrent submissions through a Partner Portal's JSON API,
//! then a check of its database. Against a running server (`--url`), or one it runs itself
//! (`--serve`), which it can kill in the middle (`--kill-after`) to test crash safety.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use clap::Parser;
use load::{Plan, Report, ServerProcess, Verdict};

#[derive(Debug, Parser)]
#[command(about = "Load and crash test for the Partner Portal (loopback only)")]
struct Args {
    /// A running server, e.g. http://127.0.0.1:3000.
    #[arg(long, conflicts_with = "serve")]
    url: Option<String>,
    /// Run this server binary instead (rate limits off), on a free loopback port.
    #[arg(long)]
    serve: Option<PathBuf>,
    /// The settings file for `--serve`.
    #[arg(long, default_value = "Leptos.toml")]
    settings: PathBuf,
    /// Where `--serve` writes the server's log.
    #[arg(long, default_value = "target/load-server.log")]
    server_log: PathBuf,
    /// The server's database, read afterwards to check the run.
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value_t = 10_000)]
    submissions: usize,
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// With `--serve`: SIGKILL the server after this many answers, then start it again.
    #[arg(long, requires = "serve")]
    kill_after: Option<usize>,
    /// With `--serve`: instead of the load, time this many submissions, one at a time, from
    /// sending to their announcement on a signed-in reviewer's live stream.
    #[arg(long, requires = "serve", conflicts_with = "kill_after")]
    live_latency: Option<usize>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut server = match &args.serve {
        Some(binary) => {
            Some(ServerProcess::start(binary, &args.settings, &args.database_url, &args.server_log).await?)
        }
        None => None,
    };
    if let (Some(server), Some(count)) = (server.as_mut(), args.live_latency) {
        let latencies = load::live::measure(server, count).await?;
        server.terminate(Duration::from_secs(30)).await?;
        println!(
            "live events, {count} submissions one at a time: submit → event p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            latencies.percentile(50.0).as_secs_f64() * 1e3,
            latencies.percentile(95.0).as_secs_f64() * 1e3,
            latencies.max().as_secs_f64() * 1e3,
        );
        return Ok(());
    }
    let base_url = match (&server, &args.url) {
        (Some(server), _) => server.base_url(),
        (None, Some(url)) => url.clone(),
        (None, None) => anyhow::bail!("give --url or --serve"),
    };
    // Counted once the server has created and migrated the database.
    let before = load::count_applications(&args.database_url).await?;
    let plan = Plan {
        base_url,
        submissions: args.submissions,
        concurrency: args.concurrency,
        give_up_after: Duration::from_secs(120),
    };
    println!("{} submissions at concurrency {} to {}", plan.submissions, plan.concurrency, plan.base_url);
    let report = match (server.as_mut(), args.kill_after) {
        (Some(server), Some(kill_after)) => {
            let crash = load::run_through_a_crash(&plan, server, kill_after).await?;
            println!("killed (SIGKILL) and restarted after {} answers", crash.answered_before_kill);
            crash.report
        }
        _ => load::run(&plan, Arc::new(AtomicUsize::new(0))).await?,
    };
    if let Some(server) = server.as_mut() {
        server.terminate(Duration::from_secs(30)).await?;
    }
    print_report(&report);
    let verdict = load::verify(&args.database_url, before, &report).await?;
    print_verdict(&verdict);
    anyhow::ensure!(
        verdict.holds() && report.unanswered.is_empty(),
        "the run lost or duplicated submissions"
    );
    Ok(())
}

fn print_report(report: &Report) {
    let latencies = report.latencies();
    println!(
        "answered {} in {:.1} s: {:.0} submissions/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        report.answers.len(),
        report.elapsed.as_secs_f64(),
        report.per_second(),
        latencies.percentile(50.0).as_secs_f64() * 1e3,
        latencies.percentile(99.0).as_secs_f64() * 1e3,
        latencies.max().as_secs_f64() * 1e3,
    );
    println!("retries {}, answered as replays {}", report.retries(), report.replayed());
    for (key, problem) in report.unanswered.iter().take(10) {
        println!("UNANSWERED {key}: {problem}");
    }
}

fn print_verdict(verdict: &Verdict) {
    println!(
        "database: {} stored during the run, {} answered; missing {}, shared references {}, duplicates {}",
        verdict.stored,
        verdict.answered,
        verdict.missing.len(),
        verdict.shared.len(),
        verdict.extra
    );
}
