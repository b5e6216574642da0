//! Webhooks cannot reach inside: endpoints must be https:// and public, checked when they
//! are registered and again on the address a name resolves to at delivery. The resolver
//! here is a fixed table (no test looks a name up in DNS) and the only traffic goes to
//! loopback.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::COOKIE;
use serde_json::{Value, json};

use app::server::Role;
use server::Config;
use server::notify::{MailSettings, Resolver, WebhookReach};

use crate::helpers::TestApp;
use crate::staff::{add_staff, get_as, sign_in};

const SECRET: &str = "a shared webhook secret";

type Table = Arc<RwLock<HashMap<String, Vec<IpAddr>>>>;

/// A server with private networks shut (the default), resolving names from `table`.
async fn shut_app(table: &Table) -> (TestApp, String) {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let resolver = Resolver::Fixed(table.clone());
    let mail = MailSettings { first_retry: Duration::ZERO, max_attempts: 3, ..MailSettings::default() };
    let app = TestApp::spawn_with(data_dir, move |config| Config {
        webhooks: WebhookReach { allow_private: false, resolver },
        mail,
        ..config
    })
    .await;
    add_staff(&app, "hooks@example.com", Role::Admin).await;
    let cookie = sign_in(&app, "hooks@example.com").await;
    (app, cookie)
}

fn point(table: &Table, host: &str, address: &str) {
    let address: IpAddr = address.parse().expect("an address");
    table.write().expect("table").insert(host.to_owned(), vec![address]);
}

async fn register(app: &TestApp, cookie: &str, url: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/review/webhooks"))
        .header(COOKIE, cookie)
        .json(&json!({"url": url, "secret": SECRET}))
        .send()
        .await
        .expect("sent")
}

#[tokio::test]
async fn inside_addresses_reserved_names_and_plain_http_are_refused_at_registration() {
    let table = Table::default();
    // Were these looked up, they would pass: being refused shows they never were.
    point(&table, "crm.example.com", "8.8.8.8");
    point(&table, "hooks.localhost", "8.8.8.8");
    point(&table, "intranet.partner-crm.net", "10.1.2.3");
    point(&table, "metadata.partner-crm.net", "169.254.169.254");
    point(&table, "v6.partner-crm.net", "fd00::7");
    let (app, cookie) = shut_app(&table).await;
    for (url, code) in [
        ("http://8.8.8.8/hook", "https_required"),
        ("https://127.0.0.1/hook", "private_address"),
        ("https://127.1.2.3:8443/hook", "private_address"),
        // The grammar takes no IPv6 literal at all; names that resolve to IPv6 are checked below.
        ("https://[::1]/hook", "invalid_url"),
        ("https://10.0.0.1/hook", "private_address"),
        ("https://172.16.5.4/hook", "private_address"),
        ("https://192.168.0.10/hook", "private_address"),
        ("https://169.254.169.254/latest/meta-data", "private_address"),
        ("https://100.64.0.1/hook", "private_address"),
        ("https://0.0.0.0/hook", "private_address"),
        ("https://224.0.0.1/hook", "private_address"),
        ("https://crm.example.com/hooks/partner-portal", "reserved_name"),
        ("https://hooks.localhost/hook", "reserved_name"),
        ("https://ci.test/hook", "reserved_name"),
        ("https://nothing.invalid/hook", "reserved_name"),
        ("https://intranet.partner-crm.net/hook", "private_address"),
        ("https://metadata.partner-crm.net/hook", "private_address"),
        ("https://v6.partner-crm.net/hook", "private_address"),
        ("https://unknown.partner-crm.net/hook", "unresolved"),
        ("https://user:secret@hooks.partner-crm.net/hook", "invalid_url"),
        ("https://hooks.partner-crm.net@127.0.0.1/hook", "invalid_url"),
    ] {
        let response = register(&app, &cookie, url).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        let error: Value = response.json().await.expect("JSON");
        assert_eq!(error["field"], "url", "{url}");
        assert_eq!(error["fields"][0]["code"], code, "{url}: {error}");
    }
    let stored: Value =
        get_as(&app, "/api/v1/review/webhooks", Some(&cookie)).await.json().await.expect("JSON");
    assert_eq!(stored.as_array().map(Vec::len), Some(0), "nothing stored: {stored}");
    point(&table, "hooks.partner-crm.net", "203.0.114.20");
    assert_eq!(
        register(&app, &cookie, "https://hooks.partner-crm.net/hook").await.status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_name_that_rebinds_to_loopback_after_registration_is_not_connected_to() {
    let table = Table::default();
    point(&table, "hooks.partner-crm.net", "203.0.114.20");
    let (app, cookie) = shut_app(&table).await;
    // What the server would reach if it followed the new answer: a loopback port that
    // counts every connection made to it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let port = listener.local_addr().expect("bound").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    tokio::spawn(async move {
        while let Ok((_stream, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
        }
    });
    let registered = register(&app, &cookie, &format!("https://hooks.partner-crm.net:{port}/hook")).await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let endpoint: Value = registered.json().await.expect("JSON");

    point(&table, "hooks.partner-crm.net", "127.0.0.1");
    let submitted =
        app.post_json("/api/v1/applications", &load::application(0, "rebinding-test-key-0001")).await;
    assert_eq!(submitted.status(), StatusCode::CREATED);

    let log_path = format!("/api/v1/review/webhooks/{}/deliveries", endpoint["id"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    let log = loop {
        let log: Value = get_as(&app, &log_path, Some(&cookie)).await.json().await.expect("JSON");
        if log[0]["attempts"].as_i64().unwrap_or(0) >= 1 && log[0]["last_error"].is_string() {
            break log;
        }
        assert!(Instant::now() < deadline, "no attempt recorded: {log}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let error = log[0]["last_error"].as_str().unwrap_or_default();
    assert!(error.contains("non-public address"), "{error}");
    assert!(log[0]["delivered_at"].is_null());
    assert_eq!(connections.load(Ordering::SeqCst), 0, "nothing connected to loopback");
}
