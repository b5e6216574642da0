//! The admins' integrations page: registering an endpoint through its form, seeing each
//! delivery and what is not delivered, stopping an endpoint; reviewers may not.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, get_as, sign_in};

async fn post_form(app: &TestApp, cookie: &str, path: &str, body: &str) -> String {
    let response = app
        .client
        .post(app.url(path))
        .header(COOKIE, cookie)
        // As a browser sends it from the integrations page.
        .header("referer", app.url("/review/integrations"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

async fn page(app: &TestApp, cookie: &str) -> String {
    get_as(app, "/review/integrations", Some(cookie)).await.text().await.expect("HTML")
}

#[tokio::test]
async fn an_admin_registers_an_endpoint_on_the_page_sees_its_deliveries_and_stops_it() {
    let app = TestApp::spawn().await;
    add_staff(&app, "integrator@example.com", Role::Admin).await;
    let admin = sign_in(&app, "integrator@example.com").await;
    // Nobody listens on port 9 (discard): every delivery fails and waits for its retry.
    let form = "url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&secret=sixteen+characters+at+least&events=application.submitted";
    assert_eq!(
        post_form(&app, &admin, "/review/webhooks", form).await,
        "/review/integrations?done=registered"
    );
    let short = "url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&secret=short";
    assert_eq!(
        post_form(&app, &admin, "/review/webhooks", short).await,
        "/review/integrations?invalid=secret"
    );

    let created: serde_json::Value = app
        .post_json("/api/v1/applications", &load::application(0, "integrations-page-key-01"))
        .await
        .json()
        .await
        .expect("JSON");
    let reference = created["reference"].as_str().expect("reference");
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let html = page(&app, &admin).await;
    assert!(html.contains("http://127.0.0.1:9/hook"), "the endpoint is listed");
    assert!(html.contains("application.submitted"));
    assert!(
        html.contains(&format!("/review/applications/{reference}")),
        "its delivery names the application"
    );
    assert!(html.contains("waiting to retry"), "the failed delivery waits for its retry");
    assert!(html.contains("class=\"data-table undelivered\""), "and is listed as not delivered");

    let id = {
        let listed: serde_json::Value =
            get_as(&app, "/api/v1/review/webhooks", Some(&admin)).await.json().await.expect("JSON");
        listed[0]["id"].as_i64().expect("id")
    };
    let stopped = post_form(&app, &admin, &format!("/review/webhooks/{id}/disable"), "").await;
    assert_eq!(stopped, "/review/integrations?done=disabled");
    assert!(page(&app, &admin).await.contains(">disabled<"));
}

#[tokio::test]
async fn a_reviewer_neither_sees_nor_changes_integrations() {
    let app = TestApp::spawn().await;
    add_staff(&app, "plain.reviewer@example.com", Role::Reviewer).await;
    let reviewer = sign_in(&app, "plain.reviewer@example.com").await;
    let html = page(&app, &reviewer).await;
    assert!(!html.contains("register-webhook"), "no form for a reviewer");
    let form = "url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&secret=sixteen+characters+at+least";
    assert_eq!(
        post_form(&app, &reviewer, "/review/webhooks", form).await,
        "/review/integrations?refused=forbidden"
    );
    let endpoints: i64 = crate::on_db!(&app.db, pool => sqlx::query_scalar("SELECT count(*) FROM webhook_endpoints").fetch_one(pool).await)
        .expect("count");
    assert_eq!(endpoints, 0);
}
