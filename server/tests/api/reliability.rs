//! The real server binary under load, killed (SIGKILL) or stopped (SIGTERM) in the middle:
//! nothing answered is lost, retries with the same key create nothing new, and a stop lets
//! what is in flight finish.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use load::{Plan, ServerProcess};
use reqwest::header::{COOKIE, SET_COOKIE};

use app::server::Role;

use crate::binary::start_binary;
use crate::helpers::read_until;

fn plan(server: &ServerProcess, submissions: usize, give_up_after: Duration) -> Plan {
    Plan { base_url: server.base_url(), submissions, concurrency: 16, give_up_after }
}

#[tokio::test]
async fn a_server_killed_mid_load_has_every_answered_submission_and_retries_make_no_duplicates() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let (mut server, database_url) = start_binary(&data_dir, &[]).await;
    let plan = plan(&server, 400, Duration::from_secs(60));

    let crash = load::run_through_a_crash(&plan, &mut server, 120).await.expect("load ran");
    let stopped = server.terminate(Duration::from_secs(20)).await.expect("stopped");

    let report = &crash.report;
    assert!(stopped.success(), "the restarted server stops cleanly: {stopped}");
    assert!(crash.answered_before_kill >= 120);
    assert!(
        report.unanswered.is_empty(),
        "every submission answered after the restart: {:?}",
        report.unanswered
    );
    assert!(report.retries() > 0, "the kill hit requests in flight");
    let verdict = load::verify(&database_url, 0, report).await.expect("database read");
    assert!(verdict.holds(), "{verdict:?}");
    assert_eq!(verdict.stored, 400, "one application per submission key");
}

#[tokio::test]
async fn sigterm_finishes_what_is_in_flight_ends_live_streams_and_exits_cleanly() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let (mut server, database_url) = start_binary(&data_dir, &[]).await;
    let mut live = open_live_stream(&server, &database_url).await;
    read_until(&mut live, "event: resync").await;
    let answered = Arc::new(AtomicUsize::new(0));
    let load = tokio::spawn({
        let (plan, answered) = (plan(&server, 400, Duration::from_millis(100)), answered.clone());
        async move { load::run(&plan, answered).await }
    });
    while answered.load(Ordering::Relaxed) < 50 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    let stopped = server.terminate(Duration::from_secs(20)).await.expect("stopped within 20 s of SIGTERM");

    assert!(stopped.success(), "a clean exit: {stopped}");
    let ended =
        tokio::time::timeout(Duration::from_secs(5), async { while let Ok(Some(_)) = live.chunk().await {} })
            .await;
    assert!(ended.is_ok(), "the live stream was closed, not left hanging");
    let report = load.await.expect("load task").expect("load ran");
    assert!(report.answers.len() >= 50 && !report.unanswered.is_empty(), "the stop came mid-load");
    let verdict = load::verify(&database_url, 0, &report).await.expect("database read");
    assert!(verdict.missing.is_empty(), "every answered submission stored: {verdict:?}");
    assert!(verdict.holds(), "{verdict:?}");
}

/// A reviewer's live stream on `server`, signed in through the login form.
async fn open_live_stream(server: &ServerProcess, database_url: &str) -> reqwest::Response {
    const EMAIL: &str = "night.shift@example.com";
    const PASSWORD: &str = "a long enough passphrase";
    let db = server::Database::connect(database_url).await.expect("database");
    server::accounts::add_reviewer(&db, EMAIL, Role::Reviewer, PASSWORD.to_owned()).await.expect("account");
    db.close().await;
    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let signed_in = client
        .post(format!("{}/login", server.base_url()))
        .form(&[("email", EMAIL), ("password", PASSWORD)])
        .send()
        .await
        .expect("signed in");
    let cookie = signed_in
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            value.strip_prefix("portal_session=").map(|_| value.split(';').next().unwrap_or(value))
        })
        .expect("a session cookie")
        .to_owned();
    client
        .get(format!("{}/review/events", server.base_url()))
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("live stream open")
}
