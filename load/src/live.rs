//! Live-event latency: how long after an application is sent a signed-in reviewer's live
//! stream (`GET /review/events`) announces it, one submission at a time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use reqwest::header::{COOKIE, SET_COOKIE};

use crate::{Latencies, ServerProcess, application};

const EMAIL: &str = "live-latency@example.com";

/// When each reference was announced on the stream.
type Heard = Arc<Mutex<HashMap<String, Instant>>>;

/// Signs a reviewer in (made with the server's own `reviewer add`), opens the live stream,
/// then sends `submissions` applications one after another and times each announcement.
pub async fn measure(server: &ServerProcess, submissions: usize) -> anyhow::Result<Latencies> {
    let password = format!("live-{}", crate::run::submission_key()?);
    server.add_reviewer(EMAIL, &password).await?;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let base = server.base_url();
    let signed_in = client
        .post(format!("{base}/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("email={}&password={password}", EMAIL.replace('@', "%40")))
        .send()
        .await?;
    let cookie = signed_in
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("portal_session="))
        .and_then(|value| value.split(';').next())
        .context("signing the reviewer in gave no session cookie")?
        .to_owned();

    let mut stream = client.get(format!("{base}/review/events")).header(COOKIE, &cookie).send().await?;
    anyhow::ensure!(stream.status().is_success(), "the live stream answered {}", stream.status());
    let heard: Heard = Arc::default();
    let listener = {
        let heard = heard.clone();
        tokio::spawn(async move {
            let mut pending = String::new();
            while let Ok(Some(chunk)) = stream.chunk().await {
                let now = Instant::now();
                pending.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = pending.find('\n') {
                    let line: String = pending.drain(..=end).collect();
                    if let Some(reference) = announced_reference(&line)
                        && let Ok(mut heard) = heard.lock()
                    {
                        heard.insert(reference, now);
                    }
                }
            }
        })
    };

    let mut samples = Vec::with_capacity(submissions);
    for n in 0..submissions {
        let key = crate::run::submission_key()?;
        let sent = Instant::now();
        let created: serde_json::Value = client
            .post(format!("{base}/api/v1/applications"))
            .json(&application(n, &key))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let reference = created["reference"].as_str().context("no reference in the answer")?.to_owned();
        samples.push(wait_for(&heard, &reference, sent).await?);
    }
    listener.abort();
    Ok(Latencies::new(samples))
}

/// The reference of a `data:` line of the stream, if it announces one.
fn announced_reference(line: &str) -> Option<String> {
    let data = line.strip_prefix("data:")?.trim();
    let event: serde_json::Value = serde_json::from_str(data).ok()?;
    event["reference"].as_str().filter(|r| !r.is_empty()).map(str::to_owned)
}

async fn wait_for(heard: &Heard, reference: &str, sent: Instant) -> anyhow::Result<Duration> {
    let deadline = sent + Duration::from_secs(10);
    loop {
        if let Some(at) = heard.lock().ok().and_then(|heard| heard.get(reference).copied()) {
            return Ok(at.saturating_duration_since(sent));
        }
        anyhow::ensure!(Instant::now() < deadline, "{reference} was not announced within 10 s");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::announced_reference;

    #[test]
    fn only_data_lines_that_name_a_reference_count() {
        let line = r#"data:{"id":7,"kind":"submitted","reference":"BK-7KQ3-M9XD"}"#;
        assert_eq!(announced_reference(line).as_deref(), Some("BK-7KQ3-M9XD"));
        assert_eq!(announced_reference("data:{}"), None, "a resync");
        assert_eq!(announced_reference("event:change"), None);
        assert_eq!(announced_reference("id:7"), None);
    }
}
