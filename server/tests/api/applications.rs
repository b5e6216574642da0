use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::on_db;

fn key(n: u32) -> String {
    format!("test-submission-key-{n:08}")
}

/// A complete Community application: 2 Service-certified Automation, 1 Development engineer.
fn community(submission_key: &str) -> Value {
    json!({
        "category": "community",
        "engineers": [
            {"name": "Wang Fang", "certificate_id": "bk-a-1", "track": "automation", "certification": "service"},
            {"name": "Zhang Wei", "certificate_id": "bk-a-2", "track": "automation", "certification": "service"},
            {"name": "Liu Yang", "certificate_id": "bk-d-1", "track": "development"}
        ],
        "declarations": {"concept_and_assessment": true, "no_competitors": true,
                         "quarterly_checks": true, "termination_terms": true},
        "company": {"legal_name": "Example Cloud Co., Ltd.", "registration_number": "91350100M000100Y43",
                    "country": "China", "website": "https://example.com.cn", "contact_name": "Li Lei",
                    "email": "li.lei@example.com.cn", "phone": "+86 755 1234 5678"},
        "submission_key": submission_key
    })
}

async fn count(app: &TestApp, table: &str) -> i64 {
    let sql = format!("SELECT count(*) FROM {table}");
    on_db!(&app.db, pool => sqlx::query_scalar(&sql).fetch_one(pool).await).expect("count")
}

fn token_of(status_url: &str) -> String {
    status_url.split("token=").nth(1).expect("status URL has a token").to_owned()
}

#[tokio::test]
async fn a_valid_submission_is_stored_with_the_servers_verdict() {
    let app = TestApp::spawn().await;
    let response = app.post_json("/api/v1/applications", &community(&key(1))).await;
    assert_eq!(response.status(), 201);
    assert!(response.headers().get("idempotent-replayed").is_none());
    let created: Value = response.json().await.expect("JSON");
    let reference = created["reference"].as_str().expect("reference");
    assert!(reference.starts_with("BK-") && reference.len() == 12, "{reference}");
    let status_url = created["status_url"].as_str().expect("status URL");
    assert!(status_url.starts_with(&format!("/status/{reference}?token=")));
    assert!(token_of(status_url).len() >= 32, "at least 128 bits, hex");

    let (status, requested, eligible, policy, verdict, token_hash): (String, String, bool, i64, String, String) =
        on_db!(&app.db, pool => sqlx::query_as(
            "SELECT status, requested_tier, requested_eligible, policy_version, verdict, status_token_hash FROM applications",
        )
        .fetch_one(pool)
        .await)
        .expect("one application");
    assert_eq!((status.as_str(), requested.as_str(), eligible, policy), ("submitted", "community", true, 1));
    let verdict: Value = serde_json::from_str(&verdict).expect("verdict JSON");
    assert_eq!(verdict["results"]["community"]["eligible"], true);
    assert_eq!(verdict["results"]["enterprise_trial"]["eligible"], false);
    assert!(!token_hash.contains(&token_of(status_url)), "the token is stored hashed");
    let engineers: Vec<(String, String)> = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT certificate_id, track FROM application_engineers ORDER BY position")
            .fetch_all(pool)
            .await
    })
    .expect("engineers");
    assert_eq!(engineers[0], ("BK-A-1".to_owned(), "automation".to_owned()));
    assert_eq!(engineers.len(), 3);
    let declarations: Vec<(String, bool, i64)> = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT declaration, accepted, wording_version FROM application_declarations")
            .fetch_all(pool)
            .await
    })
    .expect("declarations");
    assert_eq!(declarations.len(), 4);
    assert!(declarations.iter().all(|(_, accepted, wording)| *accepted && *wording == 1));
}

#[tokio::test]
async fn each_kind_of_invalid_input_is_a_422_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut missing_company = community(&key(2));
    missing_company["company"] = json!({});
    cases.push((missing_company, "company.legal_name"));
    let mut bad_email = community(&key(3));
    bad_email["company"]["email"] = json!("not an address");
    cases.push((bad_email, "company.email"));
    let mut incomplete_row = community(&key(4));
    incomplete_row["engineers"][1] = json!({"name": "No Certificate", "track": "development"});
    cases.push((incomplete_row, "engineers[1].certificate_id"));
    let mut duplicate = community(&key(5));
    duplicate["engineers"][2]["certificate_id"] = json!("BK-A-1");
    cases.push((duplicate, "engineers[2].certificate_id"));
    let mut no_key = community("");
    no_key.as_object_mut().expect("object").remove("submission_key");
    cases.push((no_key, "submission_key"));
    let mut level_for_community = community(&key(6));
    level_for_community["enterprise_level"] = json!("first");
    cases.push((level_for_community, "enterprise_level"));
    for (body, field) in cases {
        let response = app.post_json("/api/v1/applications", &body).await;
        assert_eq!(response.status(), 422, "{field}");
        let error: Value = response.json().await.expect("JSON");
        assert_eq!(error["error"], "validation_failed", "{field}");
        let fields: Vec<_> =
            error["fields"].as_array().expect("fields").iter().map(|f| f["field"].clone()).collect();
        assert!(fields.contains(&json!(field)), "{field} in {fields:?}");
    }
    let mut wrong_type = community(&key(7));
    wrong_type["engineers"][0]["lecturer"] = json!("yes");
    assert_eq!(app.post_json("/api/v1/applications", &wrong_type).await.status(), 422);
    assert_eq!(app.post_raw("/api/v1/applications", "{\"company\": ").await.status(), 400);
    assert_eq!(count(&app, "applications").await, 0);
    assert_eq!(count(&app, "application_engineers").await, 0);
}

#[tokio::test]
async fn the_same_submission_key_with_the_same_body_returns_the_first_application_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let body = community(&key(8));
    let first: Value = app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    // The same request written differently (indented, other spacing) is the same request.
    let respelled = serde_json::to_string_pretty(&body).expect("JSON");
    let again = app.post_raw("/api/v1/applications", respelled).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let again: Value = again.json().await.expect("JSON");
    assert_eq!(again, first, "same reference and the same status link");
    assert_eq!(count(&app, "applications").await, 1);
    assert_eq!(count(&app, "application_engineers").await, 3);
}

#[tokio::test]
async fn a_submission_key_reused_with_another_body_is_refused_without_naming_the_first_application() {
    let app = TestApp::spawn().await;
    let first: Value =
        app.post_json("/api/v1/applications", &community(&key(11))).await.json().await.expect("JSON");
    let mut changed = community(&key(11));
    changed["company"]["legal_name"] = json!("A Different Name Ltd.");
    let again = app.post_json("/api/v1/applications", &changed).await;
    assert_eq!(again.status(), 409);
    assert!(again.headers().get("idempotent-replayed").is_none());
    let text = again.text().await.expect("body");
    let error: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(error["error"], "key_reused");
    let reference = first["reference"].as_str().expect("reference");
    let token = token_of(first["status_url"].as_str().expect("URL"));
    assert!(!text.contains(reference) && !text.contains(&token), "{text}");
    assert_eq!(count(&app, "applications").await, 1);
}

#[tokio::test]
async fn fifty_concurrent_replays_leave_one_application() {
    let app = TestApp::spawn().await;
    let body = community(&key(9));
    let requests = (0..50).map(|_| app.post_json("/api/v1/applications", &body));
    let responses = futures::future::join_all(requests).await;
    let mut references = std::collections::BTreeSet::new();
    for response in responses {
        assert_eq!(response.status(), 201);
        let created: Value = response.json().await.expect("JSON");
        references.insert(created["reference"].as_str().expect("reference").to_owned());
    }
    assert_eq!(references.len(), 1);
    assert_eq!(count(&app, "applications").await, 1);
    assert_eq!(count(&app, "application_events").await, 1);
}

#[tokio::test]
async fn the_status_is_shown_only_with_the_right_token() {
    let app = TestApp::spawn().await;
    let created: Value =
        app.post_json("/api/v1/applications", &community(&key(10))).await.json().await.expect("JSON");
    let reference = created["reference"].as_str().expect("reference");
    let token = token_of(created["status_url"].as_str().expect("URL"));

    let by_query = app.get(&format!("/api/v1/applications/{reference}?token={token}")).await;
    assert_eq!(by_query.status(), 200);
    let status: Value = by_query.json().await.expect("JSON");
    assert_eq!(status["reference"], reference);
    assert_eq!(status["status"], "submitted");
    assert_eq!(status["requested"], "community");
    assert_eq!(status["requested_eligible"], true);
    assert_eq!(status["history"][0]["kind"], "submitted");

    let by_header = app
        .client
        .get(app.url(&format!("/api/v1/applications/{reference}")))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(by_header.status(), 200);

    let wrong = app.get(&format!("/api/v1/applications/{reference}?token={}", "0".repeat(64))).await;
    let unknown = app.get(&format!("/api/v1/applications/BK-ZZZZ-ZZZZ?token={token}")).await;
    let none = app.get(&format!("/api/v1/applications/{reference}")).await;
    assert_eq!([wrong.status(), unknown.status(), none.status()].map(|s| s.as_u16()), [404, 404, 404]);
    let (wrong, unknown): (Value, Value) =
        (wrong.json().await.expect("JSON"), unknown.json().await.expect("JSON"));
    assert_eq!(wrong, unknown, "a wrong token does not reveal that the reference exists");
}

#[tokio::test]
async fn client_sent_status_and_verdict_are_ignored() {
    let app = TestApp::spawn().await;
    let mut body = community(&key(11));
    body["engineers"] = json!([]);
    body["status"] = json!("approved");
    body["verdict"] = json!({"results": {"community": {"eligible": true}}});
    body["requested_eligible"] = json!(true);
    body["policy_version"] = json!(99);
    assert_eq!(app.post_json("/api/v1/applications", &body).await.status(), 201);
    let (status, eligible, policy): (String, bool, i64) = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT status, requested_eligible, policy_version FROM applications").fetch_one(pool).await
    })
    .expect("stored");
    assert_eq!((status.as_str(), eligible, policy), ("submitted", false, 1));
}
