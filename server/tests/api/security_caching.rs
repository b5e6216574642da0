//! Answers that carry applicants' or staff's data are never kept by a browser or a proxy.

use reqwest::header::CACHE_CONTROL;

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, get_as, sign_in, submit};

#[tokio::test]
async fn private_answers_say_no_store_and_public_assets_stay_cacheable() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let (reference, api_status) = submit(&app, "caching-key-000001").await;
    let token = api_status.split("token=").nth(1).expect("token").to_owned();
    let private = [
        format!("/status/{reference}?token={token}"),
        format!("/status/{reference}/roster?token={token}"),
        api_status.clone(),
        "/review".to_owned(),
        "/review/applications".to_owned(),
        "/review/partners".to_owned(),
        format!("/review/applications/{reference}"),
        "/review/export.csv".to_owned(),
        "/review/partners.csv".to_owned(),
        "/api/v1/review/applications".to_owned(),
        format!("/api/v1/review/applications/{reference}/versions"),
        "/login".to_owned(),
    ];
    for path in &private {
        let response = get_as(&app, path, Some(&cookie)).await;
        // The roster page of an application not yet approved says so, as an error page.
        assert!(response.status().is_success() || path.contains("/roster"), "{path}: {}", response.status());
        assert_eq!(
            response.headers().get(CACHE_CONTROL).map(|v| v.to_str().ok()),
            Some(Some("no-store")),
            "{path}"
        );
    }
    let server_fn = app
        .client
        .post(app.url("/fn/review_queue"))
        .header(reqwest::header::COOKIE, &cookie)
        .json(&serde_json::json!({"filter": {}}))
        .send()
        .await
        .expect("sent");
    assert_eq!(server_fn.headers().get(CACHE_CONTROL).map(|v| v.to_str().ok()), Some(Some("no-store")));
    let policy = app.get("/api/v1/policy").await;
    assert_ne!(policy.headers().get(CACHE_CONTROL).map(|v| v.to_str().ok()), Some(Some("no-store")));
}
