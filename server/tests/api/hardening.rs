//! Hardening: cross-site requests refused, huge bodies refused before they are read.

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, ORIGIN};
use serde_json::Value;

use crate::helpers::TestApp;
use crate::on_db;

fn application(key: &str) -> Value {
    serde_json::json!({
        "category": "brand", "brand_description": "A monitoring product",
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true},
        "company": {"legal_name": "Origin Test Ltd", "registration_number": "201912345K", "country": "Singapore",
                    "website": "origin.example.sg", "contact_name": "Tan Mei", "email": "tan@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": key
    })
}

async fn stored(app: &TestApp) -> i64 {
    on_db!(&app.db, pool => sqlx::query_scalar("SELECT count(*) FROM applications").fetch_one(pool).await)
        .expect("count")
}

#[tokio::test]
async fn a_state_changing_request_from_another_site_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let post = |path: &str| app.client.post(app.url(path));
    let from_evil = post("/api/v1/applications")
        .header(ORIGIN, "https://evil.example")
        .json(&application("cross-site-key-0001"))
        .send()
        .await
        .expect("sent");
    assert_eq!(from_evil.status(), StatusCode::FORBIDDEN);
    let refusal: Value = from_evil.json().await.expect("the API refuses in its own JSON");
    assert_eq!(refusal["error"], "cross_site");
    let fetch_metadata = post("/api/v1/applications")
        .header("sec-fetch-site", "cross-site")
        .json(&application("cross-site-key-0002"))
        .send()
        .await
        .expect("sent");
    assert_eq!(fetch_metadata.status(), StatusCode::FORBIDDEN);
    for path in [
        "/fn/submit_application",
        "/login",
        "/logout",
        "/review/partners/1/act",
        "/status/BK-0000-0000/roster",
    ] {
        let response = post(path)
            .header(ORIGIN, "https://evil.example")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body("a=b")
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(stored(&app).await, 0);

    let own_page = post("/api/v1/applications")
        .header(ORIGIN, format!("http://{}", app.addr))
        .header("sec-fetch-site", "same-origin")
        .json(&application("same-site-key-0001"))
        .send()
        .await
        .expect("sent");
    assert_eq!(own_page.status(), StatusCode::CREATED);
    let program = app.post_json("/api/v1/applications", &application("program-key-00001")).await;
    assert_eq!(program.status(), StatusCode::CREATED, "outside tools send no Origin");
    let page =
        app.client.get(app.url("/")).header(ORIGIN, "https://evil.example").send().await.expect("sent");
    assert_eq!(page.status(), StatusCode::OK, "reading is not refused");
    assert_eq!(stored(&app).await, 2);
}

#[tokio::test]
async fn a_ten_megabyte_body_is_refused_with_413_everywhere() {
    let app = TestApp::spawn().await;
    let huge = vec![b'a'; 10 * 1024 * 1024];
    for path in ["/fn/submit_application", "/login", "/status/BK-0000-0000/roster", "/review/audits"] {
        let response = app
            .client
            .post(app.url(path))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(huge.clone())
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
    }
    let api = app.post_raw("/api/v1/applications", huge).await;
    assert_eq!(api.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let error: Value = api.json().await.expect("the API's own JSON error");
    assert_eq!(error["error"], "payload_too_large");
    assert_eq!(stored(&app).await, 0);
}

/// The nonce a page's policy names, and the nonce of every `<script` tag that can run (an
/// empty inline one never runs: leptos_i18n leaves such a placeholder).
fn nonces(html: &str) -> (String, Vec<Option<String>>) {
    let policy = html
        .split("script-src 'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce policy");
    let scripts = html
        .split("<script")
        .skip(1)
        .filter(|tag| !tag.starts_with("></script>"))
        .map(|tag| {
            let tag = tag.split('>').next().unwrap_or_default();
            tag.split("nonce=\"").nth(1).and_then(|rest| rest.split('"').next()).map(str::to_owned)
        })
        .collect();
    (policy.to_owned(), scripts)
}

#[tokio::test]
async fn pages_carry_security_headers_and_only_scripts_with_the_pages_nonce() {
    let app = TestApp::spawn().await;
    let first = app.get("/").await;
    let headers = first.headers().clone();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin");
    assert!(
        headers["content-security-policy"].to_str().unwrap_or_default().contains("frame-ancestors 'none'")
    );
    assert!(headers.get("strict-transport-security").is_none(), "plain HTTP: no HSTS");
    let html = first.text().await.expect("HTML");
    assert!(html.contains("'wasm-unsafe-eval'") && !html.contains("unsafe-inline"));
    let (nonce, scripts) = nonces(&html);
    assert!(nonce.len() >= 16, "{nonce}");
    assert!(
        !scripts.is_empty() && scripts.iter().all(|n| n.as_deref() == Some(nonce.as_str())),
        "{scripts:?}"
    );
    let (again, _) = nonces(&app.get("/").await.text().await.expect("HTML"));
    assert_ne!(again, nonce, "a fresh nonce for every page");
    let api = app.get("/api/v1/policy").await;
    assert_eq!(api.headers()["x-content-type-options"], "nosniff", "every response");

    let data_dir = tempfile::tempdir().expect("temporary directory");
    let https = TestApp::spawn_with(data_dir, |config| server::Config {
        public_url: "https://partners.example.com".to_owned(),
        ..config
    })
    .await;
    let response = https.get("/").await;
    assert!(
        response.headers()["strict-transport-security"].to_str().unwrap_or_default().contains("max-age=")
    );
}

async fn limited(limits: server::guards::RateLimitSettings) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    TestApp::spawn_with(data_dir, move |config| server::Config { rate_limits: limits, ..config }).await
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response.headers()["retry-after"]
        .to_str()
        .ok()
        .and_then(|s| s.parse().ok())
        .expect("Retry-After in seconds")
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_account_and_per_address() {
    use server::guards::RateLimitSettings;
    let app = limited(RateLimitSettings {
        sign_ins_per_account: 3,
        sign_ins_per_address: 6,
        ..RateLimitSettings::default()
    })
    .await;
    for _ in 0..3 {
        let refused = crate::staff::post_login(&app, "mei@example.com", "wrong guess", None).await;
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    }
    let throttled = crate::staff::post_login(&app, "MEI@example.com ", "another guess", None).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS, "the same account, however written");
    assert!((1..=60).contains(&retry_after(&throttled)));
    let other = crate::staff::post_login(&app, "lee@example.com", "a guess", None).await;
    assert_eq!(other.status(), StatusCode::SEE_OTHER, "another account is not locked out by Mei's");
    let fifth = crate::staff::post_login(&app, "tan@example.com", "a guess", None).await;
    assert_eq!(fifth.status(), StatusCode::SEE_OTHER);
    let sixth = crate::staff::post_login(&app, "wu@example.com", "a guess", None).await;
    assert_eq!(
        sixth.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "six attempts from one address a minute, refused ones too"
    );
}

#[tokio::test]
async fn submissions_are_limited_per_address_and_a_refused_one_is_not_stored() {
    use server::guards::RateLimitSettings;
    let app = limited(RateLimitSettings { submissions_per_address: 2, ..RateLimitSettings::default() }).await;
    for n in 0..2 {
        let created =
            app.post_json("/api/v1/applications", &application(&format!("limited-key-{n:05}"))).await;
        assert_eq!(created.status(), StatusCode::CREATED);
    }
    let throttled = app.post_json("/api/v1/applications", &application("limited-key-00009")).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&throttled) >= 1);
    let refusal: Value = throttled.json().await.expect("the API refuses in its own JSON");
    assert_eq!(refusal["error"], "rate_limited");
    let wizard = app
        .client
        .post(app.url("/fn/submit_application"))
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("sent");
    assert_eq!(
        wizard.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the wizard's server function shares the limit"
    );
    assert_eq!(stored(&app).await, 2);
    assert_eq!(app.get("/api/v1/policy").await.status(), StatusCode::OK, "reading is not limited");
}
