//! Webhooks to a local HTTP receiver: registered by admins only, signed (HMAC-SHA256 over
//! the timestamp and the body), retried with the same event id when the receiver fails,
//! filtered by event type, logged per endpoint.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use axum::routing::post;
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use serde_json::{Value, json};
use sha2::Sha256;

use app::server::Role;
use server::Config;
use server::notify::MailSettings;

use crate::helpers::TestApp;
use crate::partner_support::{Roster, act, approved_partner, partner_id};
use crate::staff::{add_staff, decide, get_as, sign_in};

const SECRET: &str = "a shared webhook secret";

/// One delivery as the receiver saw it.
#[derive(Debug, Clone)]
struct Delivery {
    event_id: String,
    timestamp: String,
    signature: String,
    body: String,
}

/// A receiver on a free port that records every delivery and fails the first `fail_first`.
struct Receiver {
    url: String,
    seen: Arc<Mutex<Vec<Delivery>>>,
}

impl Receiver {
    async fn start(fail_first: usize) -> Self {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let calls = Arc::new(AtomicUsize::new(0));
        let record = {
            let seen = seen.clone();
            move |headers: HeaderMap, body: Bytes| {
                let (seen, calls) = (seen.clone(), calls.clone());
                async move {
                    let header =
                        |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                    let delivery = Delivery {
                        event_id: header("portal-event-id"),
                        timestamp: header("portal-timestamp"),
                        signature: header("portal-signature"),
                        body: String::from_utf8_lossy(&body).into_owned(),
                    };
                    if let Ok(mut seen) = seen.lock() {
                        seen.push(delivery);
                    }
                    if calls.fetch_add(1, Ordering::Relaxed) < fail_first {
                        AxumStatus::SERVICE_UNAVAILABLE
                    } else {
                        AxumStatus::NO_CONTENT
                    }
                }
            }
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let url = format!("http://{}/hook", listener.local_addr().expect("bound"));
        tokio::spawn(async move { axum::serve(listener, Router::new().route("/hook", post(record))).await });
        Self { url, seen }
    }

    fn seen(&self) -> Vec<Delivery> {
        self.seen.lock().map(|seen| seen.clone()).unwrap_or_default()
    }

    async fn wait_for(&self, count: usize) -> Vec<Delivery> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.seen().len() < count && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.seen()
    }
}

fn verifies(delivery: &Delivery) -> bool {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()) else { return false };
    mac.update(format!("{}.{}", delivery.timestamp, delivery.body).as_bytes());
    let Some(hex_signature) = delivery.signature.strip_prefix("sha256=") else { return false };
    hex::decode(hex_signature).is_ok_and(|bytes| mac.verify_slice(&bytes).is_ok())
}

async fn app_with_admin() -> (TestApp, String) {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let mail = MailSettings { first_retry: Duration::ZERO, max_attempts: 5, ..MailSettings::default() };
    let app = TestApp::spawn_with(data_dir, move |config| Config { mail, ..config }).await;
    add_staff(&app, "hooks@example.com", Role::Admin).await;
    let cookie = sign_in(&app, "hooks@example.com").await;
    (app, cookie)
}

async fn register(app: &TestApp, cookie: &str, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/review/webhooks"))
        .header(COOKIE, cookie)
        .json(&body)
        .send()
        .await
        .expect("sent")
}

async fn submit(app: &TestApp, n: usize) -> String {
    let created: Value = app
        .post_json("/api/v1/applications", &load::application(n, &format!("webhook-test-key-{n:06}")))
        .await
        .json()
        .await
        .expect("JSON");
    created["reference"].as_str().expect("reference").to_owned()
}

#[tokio::test]
async fn a_submission_reaches_the_endpoint_signed_and_retried_with_the_same_event_id() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(2).await;
    let registered = register(&app, &cookie, json!({"url": receiver.url, "secret": SECRET})).await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let endpoint: Value = registered.json().await.expect("JSON");

    let reference = submit(&app, 0).await;

    let seen = receiver.wait_for(3).await;
    assert_eq!(seen.len(), 3, "two failures, then delivered: {seen:?}");
    assert!(seen.iter().all(verifies), "every attempt is signed with the secret");
    assert!(
        seen.iter().all(|d| d.event_id == seen[0].event_id && d.body == seen[0].body),
        "a retry is the same event"
    );
    let event: Value = serde_json::from_str(&seen[0].body).expect("JSON payload");
    assert_eq!(event["id"], seen[0].event_id.as_str());
    assert_eq!(event["type"], "application.submitted");
    assert_eq!(event["data"]["reference"], reference.as_str());
    let tampered = Delivery { body: seen[0].body.replace("submitted", "approved"), ..seen[0].clone() };
    assert!(!verifies(&tampered), "a changed body fails the check");

    let log_path = format!("/api/v1/review/webhooks/{}/deliveries", endpoint["id"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    let log = loop {
        let log: Value = get_as(&app, &log_path, Some(&cookie)).await.json().await.expect("JSON");
        if log[0]["delivered_at"].is_string() || Instant::now() > deadline {
            break log;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(log[0]["event_id"], seen[0].event_id.as_str());
    assert_eq!(log[0]["attempts"], 3);
    assert!(log[0]["delivered_at"].is_string());
}

#[tokio::test]
async fn an_endpoint_hears_only_the_events_it_asked_for_and_partner_events_follow_decisions() {
    let (app, cookie) = app_with_admin().await;
    let decisions = Receiver::start(0).await;
    let body = json!({"url": decisions.url, "secret": SECRET,
                      "events": ["application.decided", "partner.activated", "partner.terminated"]});
    assert_eq!(register(&app, &cookie, body).await.status(), StatusCode::CREATED);

    let roster = Roster { prefix: "HOOK", service: 3, development: 2 };
    let reference = approved_partner(&app, &cookie, "community", None, roster).await;
    let refused = submit(&app, 1).await;
    let rejection = json!({"version": 1, "decision": "reject", "reason": "Not now"});
    assert_eq!(decide(&app, Some(&cookie), &refused, rejection).await.status(), StatusCode::OK);
    let id = partner_id(&app, &cookie, &reference).await;
    assert_eq!(
        act(&app, &cookie, id, &[("action", "terminate"), ("reason", "Audit failed")]).await,
        "done=1"
    );

    let seen = decisions.wait_for(4).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let events: Vec<(String, String, String)> = receiver_events(&decisions.seen());
    assert_eq!(events.len(), 4, "{events:?}");
    assert!(events.contains(&("partner.terminated".into(), reference.clone(), "terminated".into())));
    assert!(events.contains(&("application.decided".into(), reference.clone(), "approved".into())));
    assert!(events.contains(&("partner.activated".into(), reference, "active".into())));
    assert!(events.contains(&("application.decided".into(), refused, "rejected".into())));
    assert!(seen.iter().all(verifies));
}

fn receiver_events(seen: &[Delivery]) -> Vec<(String, String, String)> {
    seen.iter()
        .filter_map(|d| serde_json::from_str::<Value>(&d.body).ok())
        .map(|e| {
            let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
            (text(&e["type"]), text(&e["data"]["reference"]), text(&e["data"]["status"]))
        })
        .collect()
}

#[tokio::test]
async fn only_admins_manage_endpoints_and_bad_ones_are_refused() {
    let (app, admin) = app_with_admin().await;
    add_staff(&app, "reviewer@example.com", Role::Reviewer).await;
    let reviewer = sign_in(&app, "reviewer@example.com").await;
    let good = json!({"url": "https://127.0.0.1:9/hooks/portal", "secret": SECRET});
    assert_eq!(register(&app, &reviewer, good.clone()).await.status(), StatusCode::FORBIDDEN);
    let anonymous = app.post_json("/api/v1/review/webhooks", &good).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    for (bad, field) in [
        (json!({"url": "ftp://example.com/x", "secret": SECRET}), "url"),
        (json!({"url": "not a url", "secret": SECRET}), "url"),
        (json!({"url": "https://example.com/x", "secret": "short"}), "secret"),
        (
            json!({"url": "https://example.com/x", "secret": SECRET, "events": ["application.eaten"]}),
            "events[0]",
        ),
    ] {
        let refused = register(&app, &admin, bad).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let error: Value = refused.json().await.expect("JSON");
        assert_eq!(error["field"], field);
    }
    let created: Value = register(&app, &admin, good).await.json().await.expect("JSON");
    let listed: Value =
        get_as(&app, "/api/v1/review/webhooks", Some(&admin)).await.json().await.expect("JSON");
    assert_eq!(listed[0]["url"], "https://127.0.0.1:9/hooks/portal");
    assert!(listed[0].get("secret").is_none(), "secrets are never listed");
    let path = format!("/api/v1/review/webhooks/{}", created["id"]);
    let gone = app.client.delete(app.url(&path)).header(COOKIE, &admin).send().await.expect("sent");
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    let again = app.client.delete(app.url(&path)).header(COOKIE, &admin).send().await.expect("sent");
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}
