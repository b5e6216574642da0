//! The reviewers' pages: signed-in staff only, the queue, an application with its red flags,
//! and decisions through the page's forms.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use serde_json::json;

use crate::helpers::{TestApp, read_until};
use crate::on_db;
use crate::staff::{add_staff, sign_in};
use app::server::Role;

async fn signed_in_reviewer(app: &TestApp) -> String {
    add_staff(app, "mei@example.com", Role::Reviewer).await;
    sign_in(app, "mei@example.com").await
}

/// As a browser asks for a page.
async fn page(app: &TestApp, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url(path)).header("accept", "text/html");
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("sent")
}

/// Two applications listing the same certificate, the second short of its Trial numbers.
async fn two_applications(app: &TestApp) -> (String, String) {
    let mut references = Vec::new();
    for (key, engineers) in [
        (
            "pages-key-00000001",
            json!([
            {"name": "A", "certificate_id": "bk-shared", "track": "automation", "certification": "service"},
            {"name": "B", "certificate_id": "bk-2", "track": "automation", "certification": "service"},
            {"name": "C", "certificate_id": "bk-3", "track": "development"}]),
        ),
        (
            "pages-key-00000002",
            json!([
            {"name": "A", "certificate_id": "BK-SHARED", "track": "automation", "certification": "service"}]),
        ),
    ] {
        let body = json!({
            "category": "enterprise", "enterprise_level": "trial", "engineers": engineers,
            "declarations": {"concept_and_assessment": true},
            "company": {"legal_name": "Pages Ltd", "registration_number": "201912345K", "country": "Singapore",
                        "website": "pages.example.sg", "contact_name": "Tan", "email": "tan@example.sg", "phone": "+65 6123 4567"},
            "submission_key": key
        });
        let created: serde_json::Value =
            app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
        references.push(created["reference"].as_str().expect("reference").to_owned());
    }
    (references[0].clone(), references[1].clone())
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in_and_brought_back() {
    let app = TestApp::spawn().await;
    let response = page(&app, "/review", None).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()[LOCATION], "/login?next=%2Freview");
    let login = page(&app, "/login?next=%2Freview", None).await.text().await.expect("HTML");
    assert!(login.contains(r#"action="/login""#) && login.contains(r#"value="/review""#));
}

#[tokio::test]
async fn the_queue_and_an_application_with_its_red_flags() {
    let app = TestApp::spawn().await;
    let cookie = signed_in_reviewer(&app).await;
    let (first, second) = two_applications(&app).await;

    // The dashboard: the chart draws this week's two Enterprise submissions, the totals by
    // status, the newest applications.
    let dashboard = page(&app, "/review", Some(&cookie)).await;
    assert_eq!(dashboard.status(), StatusCode::OK);
    let dashboard = dashboard.text().await.expect("HTML");
    assert!(
        dashboard.contains(r#"role="img""#)
            && dashboard.contains(r#"data-category="enterprise" data-count="2""#)
    );
    assert!(dashboard.contains(r#"data-count="submitted" class="stat-value">2<"#), "totals by status");
    assert!(dashboard.contains(&format!(r#"data-reference="{first}""#)), "the newest applications");

    let queue = page(&app, "/review/applications", Some(&cookie)).await;
    assert_eq!(queue.status(), StatusCode::OK);
    let queue = queue.text().await.expect("HTML");
    assert!(queue.contains(&format!(r#"data-reference="{first}""#)) && queue.contains(&second));
    assert!(
        queue.contains(r#"data-count="submitted" class="chip-count">2<"#),
        "totals by status, whatever the filter"
    );

    let filtered =
        page(&app, "/review/applications?status=approved", Some(&cookie)).await.text().await.expect("HTML");
    assert!(!filtered.contains(&first), "the filter leaves out submitted applications");

    let detail = page(&app, &format!("/review/applications/{second}"), Some(&cookie))
        .await
        .text()
        .await
        .expect("HTML");
    assert!(detail.contains(r#"data-flag="ineligible""#));
    assert!(detail.contains(r#"data-flag="declarations""#));
    assert!(detail.contains(r#"data-flag="shared_certificate""#));
    assert!(
        detail.contains(&format!(r#"href="/review/applications/{first}""#)),
        "links the other application"
    );

    // The red-flag filters.
    for (flag, expected) in [("ineligible", 2), ("missing_declarations", 2), ("shared_certificate", 2)] {
        let flagged = page(&app, &format!("/review/applications?flag={flag}"), Some(&cookie))
            .await
            .text()
            .await
            .expect("HTML");
        assert!(flagged.contains(&format!(r#"data-matching="{expected}""#)), "{flag}");
    }

    let unknown = page(&app, "/review/applications/BK-0000-0000", Some(&cookie)).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_decision_through_the_page_form_and_a_stale_one() {
    let app = TestApp::spawn().await;
    let cookie = signed_in_reviewer(&app).await;
    let (first, _) = two_applications(&app).await;
    let action = app.url(&format!("/review/applications/{first}/decide"));

    let anonymous = app
        .client
        .post(&action)
        .form(&[("version", "1"), ("decision", "reject"), ("reason", "x")])
        .send()
        .await
        .expect("sent");
    assert!(anonymous.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?next="));

    let asked = app
        .client
        .post(&action)
        .header(COOKIE, &cookie)
        .form(&[("version", "1"), ("decision", "request_info"), ("message", "Please send the certificates.")])
        .send()
        .await
        .expect("sent");
    assert_eq!(
        asked.headers()[LOCATION].to_str().expect("ASCII"),
        format!("/review/applications/{first}?done=1")
    );
    let stale = app
        .client
        .post(&action)
        .header(COOKIE, &cookie)
        .form(&[("version", "1"), ("decision", "reject"), ("reason", "Too late.")])
        .send()
        .await
        .expect("sent");
    assert_eq!(
        stale.headers()[LOCATION].to_str().expect("ASCII"),
        format!("/review/applications/{first}?conflict=1")
    );

    let detail =
        page(&app, &format!("/review/applications/{first}"), Some(&cookie)).await.text().await.expect("HTML");
    assert!(detail.contains(r#"data-state="info_requested""#));
    assert!(
        detail.contains("Please send the certificates.") && detail.contains("mei@example.com"),
        "audit trail: what and who"
    );
    assert!(!detail.contains("Too late."), "the stale decision changed nothing");
}

#[tokio::test]
async fn the_csv_export_is_quoted_utf8_with_a_bom_and_follows_the_filter() {
    let app = TestApp::spawn().await;
    let anonymous = page(&app, "/review/export.csv", None).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let cookie = signed_in_reviewer(&app).await;
    let body = json!({
        "category": "community",
        "company": {"legal_name": "蓝鲸科技, \"Lanjing\" Ltd", "registration_number": "201912345K", "country": "Singapore",
                    "website": "lanjing.example.sg", "contact_name": "Tan", "email": "tan@example.sg", "phone": "+65 6123 4567"},
        "submission_key": "csv-key-000000001"
    });
    assert_eq!(app.post_json("/api/v1/applications", &body).await.status(), StatusCode::CREATED);
    two_applications(&app).await;

    let response = page(&app, "/review/export.csv?category=community", Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"].to_str().expect("ASCII").starts_with("text/csv"));
    let bytes = response.bytes().await.expect("body");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 byte-order mark");
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let mut lines = text.lines();
    assert!(lines.next().expect("header").starts_with("reference,company,category"));
    let row = lines.next().expect("one row");
    assert!(row.contains(r#""蓝鲸科技, ""Lanjing"" Ltd""#), "{row}");
    assert_eq!(lines.next(), None, "only the Community application");

    let searched =
        page(&app, "/review/applications?q=LANJING", Some(&cookie)).await.text().await.expect("HTML");
    assert!(searched.contains(r#"data-matching="1""#), "search is case-insensitive");
}

/// Reads the event stream until `wanted` appears; what was read.
#[tokio::test]
async fn the_live_stream_announces_a_submission_within_a_second() {
    let app = TestApp::spawn().await;
    assert_eq!(page(&app, "/review/events", None).await.status(), StatusCode::UNAUTHORIZED);
    let cookie = signed_in_reviewer(&app).await;
    let mut stream =
        app.client.get(app.url("/review/events")).header(COOKIE, &cookie).send().await.expect("sent");
    assert_eq!(stream.status(), StatusCode::OK);
    assert!(stream.headers()["content-type"].to_str().expect("ASCII").starts_with("text/event-stream"));
    read_until(&mut stream, "event: resync").await;

    let started = std::time::Instant::now();
    let (first, _) = two_applications(&app).await;
    let seen = tokio::time::timeout(std::time::Duration::from_secs(1), read_until(&mut stream, &first))
        .await
        .expect("announced within a second");
    assert!(seen.contains("event: change"), "{seen}");
    assert!(seen.contains(r#""kind":"submitted""#), "{seen}");
    assert!(!seen.contains("Pages Ltd"), "ids only, never the application's data");
    println!("submission → live event: {:?}", started.elapsed());
}

#[tokio::test]
async fn reviewer_server_functions_refuse_anonymous_callers_with_401() {
    let app = TestApp::spawn().await;
    let queue = app.post_json("/fn/review_queue", &json!({"filter": {}})).await;
    assert_eq!(queue.status(), StatusCode::UNAUTHORIZED);
    let application = app
        .client
        .post(app.url("/fn/review_application"))
        .form(&[("reference", "BK-0000-0000")])
        .send()
        .await
        .expect("sent");
    assert_eq!(application.status(), StatusCode::UNAUTHORIZED);

    let cookie = signed_in_reviewer(&app).await;
    let allowed = app
        .client
        .post(app.url("/fn/review_queue"))
        .header(COOKIE, &cookie)
        .json(&json!({"filter": {}}))
        .send()
        .await
        .expect("sent");
    assert_eq!(allowed.status(), StatusCode::OK);
    let page: serde_json::Value = allowed.json().await.expect("JSON");
    assert_eq!(page["matching"], 0);
}

#[tokio::test]
async fn the_dashboard_with_ten_thousand_applications_prints_its_timings() {
    let app = TestApp::spawn().await;
    let cookie = signed_in_reviewer(&app).await;
    let (first, _) = two_applications(&app).await;
    // 10,000 more rows, copied from a stored one in SQL: the shape the queue reads.
    on_db!(&app.db, pool => {
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
             INSERT INTO applications (reference, submission_key_hash, status_token_hash, status, version, category,
                 enterprise_level, legal_name, registration_number, country, website, contact_name, email, phone,
                 brand_description, policy_version, requested_tier, requested_eligible, verdict, submitted_at, updated_at)
             SELECT 'BK-LOAD-' || i, 'load-key-' || i, a.status_token_hash, a.status, 1, a.category, a.enterprise_level,
                 'Load Company ' || i, a.registration_number, a.country, a.website, a.contact_name, a.email, a.phone,
                 a.brand_description, a.policy_version, a.requested_tier, a.requested_eligible, a.verdict,
                 a.submitted_at, a.updated_at
             FROM n, applications a WHERE a.reference = $1",
        )
        .bind(&first)
        .execute(pool)
        .await
        .map(drop)
    })
    .expect("rows inserted");
    for path in [
        "/review",
        "/review/applications",
        "/review/applications?page=150",
        "/review/applications?q=company%209999",
        "/review/applications?sort=company&status=submitted",
    ] {
        let started = std::time::Instant::now();
        let html = page(&app, path, Some(&cookie)).await.text().await.expect("HTML");
        println!("{path}: {:?} with 10,002 applications", started.elapsed());
        assert!(html.contains("data-reference="), "{path} lists applications");
    }
    let first_page = page(&app, "/review/applications", Some(&cookie)).await.text().await.expect("HTML");
    assert!(first_page.contains(r#"data-matching="10002""#));
    assert!(first_page.contains("1 / 201"));
}
