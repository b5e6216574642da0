use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::StreamExt;

use crate::Latencies;
use crate::body::application;

/// What to send, and where.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The server, e.g. `http://127.0.0.1:3000`.
    pub base_url: String,
    pub submissions: usize,
    pub concurrency: usize,
    /// How long one submission keeps being retried (server down, 5xx, 429) before it is
    /// reported as lost.
    pub give_up_after: Duration,
}

/// One submission the server answered 2xx.
#[derive(Debug, Clone)]
pub struct Answer {
    pub key: String,
    pub reference: String,
    /// Of the attempt that was answered.
    pub latency: Duration,
    pub attempts: u32,
    /// The server said it had stored this key before (`Idempotent-Replayed: true`).
    pub replayed: bool,
}

#[derive(Debug, Default)]
pub struct Report {
    pub answers: Vec<Answer>,
    /// Submissions never answered 2xx within the plan's patience, with the last problem.
    pub unanswered: Vec<(String, String)>,
    pub elapsed: Duration,
}

impl Report {
    pub fn per_second(&self) -> f64 {
        self.answers.len() as f64 / self.elapsed.as_secs_f64().max(f64::EPSILON)
    }

    pub fn latencies(&self) -> Latencies {
        Latencies::new(self.answers.iter().map(|a| a.latency).collect())
    }

    pub fn retries(&self) -> u32 {
        self.answers.iter().map(|a| a.attempts - 1).sum()
    }

    pub fn replayed(&self) -> usize {
        self.answers.iter().filter(|a| a.replayed).count()
    }
}

/// Sends the plan's submissions, `concurrency` at a time; `answered` counts them as they
/// are answered (a crash test watches it to kill the server mid-run).
pub async fn run(plan: &Plan, answered: Arc<AtomicUsize>) -> anyhow::Result<Report> {
    anyhow::ensure!(crate::is_loopback(&plan.base_url), "loads go to this machine only (loopback)");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(plan.concurrency)
        .timeout(Duration::from_secs(30))
        .build()?;
    let url = format!("{}/api/v1/applications", plan.base_url.trim_end_matches('/'));
    let keys = (0..plan.submissions).map(|_| submission_key()).collect::<anyhow::Result<Vec<_>>>()?;
    let started = Instant::now();
    let outcomes: Vec<Result<Answer, (String, String)>> = futures::stream::iter(keys.into_iter().enumerate())
        .map(|(n, key)| {
            let (client, url, answered) = (&client, &url, answered.clone());
            async move {
                let outcome = submit(client, url, n, key, plan.give_up_after).await;
                if outcome.is_ok() {
                    answered.fetch_add(1, Ordering::Relaxed);
                }
                outcome
            }
        })
        .buffer_unordered(plan.concurrency)
        .collect()
        .await;
    let mut report = Report { elapsed: started.elapsed(), ..Report::default() };
    for outcome in outcomes {
        match outcome {
            Ok(answer) => report.answers.push(answer),
            Err(lost) => report.unanswered.push(lost),
        }
    }
    Ok(report)
}

/// Sends one application, retrying with the same key (as the wizard does) on anything
/// that may pass: no connection, a timeout, 429, 5xx. A 4xx other than 429 is final.
async fn submit(
    client: &reqwest::Client,
    url: &str,
    n: usize,
    key: String,
    patience: Duration,
) -> Result<Answer, (String, String)> {
    let body = application(n, &key);
    let deadline = Instant::now() + patience;
    let mut backoff = Duration::from_millis(20);
    let mut attempts = 0;
    loop {
        attempts += 1;
        let sent = Instant::now();
        let problem = match client.post(url).json(&body).send().await {
            Ok(response) if response.status().is_success() => {
                let replayed = response.headers().contains_key("idempotent-replayed");
                let latency = sent.elapsed();
                match response.json::<serde_json::Value>().await {
                    Ok(created) => match created["reference"].as_str() {
                        Some(reference) => {
                            let reference = reference.to_owned();
                            return Ok(Answer { key, reference, latency, attempts, replayed });
                        }
                        None => return Err((key, format!("answer without a reference: {created}"))),
                    },
                    Err(error) => format!("unreadable answer: {error}"),
                }
            }
            Ok(response) => {
                let status = response.status();
                let retry = status.as_u16() == 429 || status.is_server_error();
                let text = response.text().await.unwrap_or_default();
                if !retry {
                    return Err((key, format!("{status}: {text}")));
                }
                format!("{status}: {text}")
            }
            Err(error) => format!("no answer: {error}"),
        };
        if Instant::now() + backoff > deadline {
            return Err((key, problem));
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_millis(500));
    }
}

/// Random, like the wizard's: 96 bits in hex.
pub(crate) fn submission_key() -> anyhow::Result<String> {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).map_err(|error| anyhow::anyhow!("no randomness for keys: {error}"))?;
    Ok(format!("load-{}", hex::encode(bytes)))
}
