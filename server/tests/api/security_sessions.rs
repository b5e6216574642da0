//! The staff session's cookie and its end: `__Host-` over HTTPS.

use reqwest::header::{COOKIE, SET_COOKIE};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{PASSWORD, add_staff};

#[tokio::test]
async fn over_https_the_session_cookie_is_host_prefixed_secure_and_for_the_whole_site() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let app = TestApp::spawn_with(data_dir, |config| server::Config {
        public_url: "https://portal.example.com".to_owned(),
        ..config
    })
    .await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let response = app
        .client
        .post(app.url("/login"))
        .form(&[("email", "mei@example.com"), ("password", PASSWORD), ("next", "/review")])
        .send()
        .await
        .expect("sent");
    let set_cookie = response.headers()[SET_COOKIE].to_str().expect("ASCII").to_owned();
    assert!(set_cookie.starts_with("__Host-portal_session="), "{set_cookie}");
    for attribute in ["Secure", "HttpOnly", "Path=/", "SameSite=Lax"] {
        assert!(set_cookie.split("; ").any(|part| part == attribute), "{attribute} in {set_cookie}");
    }
    assert!(!set_cookie.contains("Domain"), "{set_cookie}");
    let cookie = set_cookie.split(';').next().expect("pair").to_owned();
    let signed_in = app
        .client
        .get(app.url("/api/v1/review/applications"))
        .header(COOKIE, &cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(signed_in.status(), 200);
}

/// Opens the live stream with `cookie` (a client without the suite's 10-second limit: a
/// stream is meant to stay open) and reads its first event.
async fn open_stream(app: &TestApp, cookie: &str) -> reqwest::Response {
    let mut stream = reqwest::Client::new()
        .get(app.url("/review/events"))
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(stream.status(), 200);
    crate::helpers::read_until(&mut stream, "event: resync").await;
    stream
}

/// Reads until the server ends the stream; how long that took.
async fn ends_within_30_seconds(mut stream: reqwest::Response) -> std::time::Duration {
    let started = std::time::Instant::now();
    let ended = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while let Ok(Some(_)) = stream.chunk().await {}
    })
    .await;
    assert!(ended.is_ok(), "the stream was still open after 30 s");
    started.elapsed()
}

#[tokio::test]
async fn an_open_live_stream_ends_when_its_session_is_signed_out_or_its_account_disabled() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    add_staff(&app, "lee@example.com", Role::Reviewer).await;
    let mei = crate::staff::sign_in(&app, "mei@example.com").await;
    let lee = crate::staff::sign_in(&app, "lee@example.com").await;
    let (signed_out, disabled, untouched) =
        (open_stream(&app, &mei).await, open_stream(&app, &lee).await, open_stream(&app, &mei).await);
    drop(untouched);
    let mei_again = crate::staff::sign_in(&app, "mei@example.com").await;
    let kept = open_stream(&app, &mei_again).await;

    let out = app.client.post(app.url("/logout")).header(COOKIE, &mei).send().await.expect("sent");
    assert_eq!(out.status(), 303);
    assert!(server::db::disable_reviewer(&app.db, "lee@example.com").await.expect("disabled"));
    let (after_sign_out, after_disabling) =
        tokio::join!(ends_within_30_seconds(signed_out), ends_within_30_seconds(disabled));
    println!("stream ended {after_sign_out:?} after signing out, {after_disabling:?} after disabling");

    // Mei's other session is hers still: its stream stays open, past its next check.
    let mut kept = kept;
    tokio::time::sleep(std::time::Duration::from_millis(10_500)).await;
    let still_open = tokio::time::timeout(std::time::Duration::from_millis(200), kept.chunk()).await;
    assert!(still_open.is_err() || matches!(still_open, Ok(Ok(Some(_)))), "the other session's stream stays");
}

#[tokio::test]
async fn an_account_holds_at_most_five_live_streams() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = crate::staff::sign_in(&app, "mei@example.com").await;
    let mut open = Vec::new();
    for _ in 0..server::live::MAX_STREAMS_PER_ACCOUNT {
        open.push(open_stream(&app, &cookie).await);
    }
    let sixth = app.client.get(app.url("/review/events")).header(COOKIE, &cookie).send().await.expect("sent");
    assert_eq!(sixth.status(), 429);
    assert!(sixth.headers().contains_key("retry-after"));
    add_staff(&app, "lee@example.com", Role::Reviewer).await;
    let other = crate::staff::sign_in(&app, "lee@example.com").await;
    drop(open_stream(&app, &other).await);
}
