//! Every text a person types has a length limit, and one character over it is refused with
//! a message naming the field; nothing is stored.

use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde_json::{Value, json};

use app::server::Role;

use crate::helpers::TestApp;
use crate::on_db;
use crate::partner_support::{Roster, act, approved_partner, partner_id};
use crate::staff::{add_staff, decide, post_login, sign_in, submit};

async fn applications(app: &TestApp) -> i64 {
    on_db!(&app.db, pool => sqlx::query_scalar("SELECT count(*) FROM applications").fetch_one(pool).await)
        .expect("count")
}

async fn refused_fields(app: &TestApp, body: &Value) -> Vec<String> {
    let response = app.post_json("/api/v1/applications", body).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.expect("JSON");
    error["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn an_application_field_one_character_over_its_limit_is_refused_by_name() {
    let app = TestApp::spawn().await;
    let limits = [
        ("legal_name", 200),
        ("registration_number", 50),
        ("country", 100),
        ("contact_name", 100),
        ("phone", 40),
        ("email", 254),
        ("website", 300),
    ];
    for (field, limit) in limits {
        let mut body = load::application(0, "limits-test-key-000001");
        body["company"][field] = json!("9".repeat(limit + 1));
        assert_eq!(refused_fields(&app, &body).await, vec![format!("company.{field}")], "{field}");
    }
    let mut body = load::application(0, "limits-test-key-000002");
    body["engineers"][0]["name"] = json!("n".repeat(101));
    body["engineers"][1]["certificate_id"] = json!("C".repeat(65));
    assert_eq!(refused_fields(&app, &body).await, vec!["engineers[0].name", "engineers[1].certificate_id"]);
    let mut body = load::application(0, "limits-test-key-000003");
    body["engineers"] = json!(
        (0..501)
            .map(|n| json!({"name": "x", "certificate_id": format!("c-{n}"), "track": "development"}))
            .collect::<Vec<_>>()
    );
    assert!(refused_fields(&app, &body).await.contains(&"engineers".to_owned()));
    let mut body = load::application(0, "limits-test-key-000004");
    body["category"] = json!("brand");
    body["brand_description"] = json!("b".repeat(2001));
    assert!(refused_fields(&app, &body).await.contains(&"brand_description".to_owned()));
    assert_eq!(applications(&app).await, 0, "nothing stored");
}

#[tokio::test]
async fn a_reviewers_reason_over_its_limit_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    add_staff(&app, "long.words@example.com", Role::Admin).await;
    let cookie = sign_in(&app, "long.words@example.com").await;
    let (reference, _) = submit(&app, "limits-test-key-000005").await;
    let too_long = "r".repeat(4001);

    let rejected = decide(
        &app,
        Some(&cookie),
        &reference,
        json!({"version": 1, "decision": "reject", "reason": too_long}),
    )
    .await;
    assert_eq!(rejected.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = rejected.json().await.expect("JSON");
    assert_eq!(error["field"], "reason");
    let fine = decide(
        &app,
        Some(&cookie),
        &reference,
        json!({"version": 1, "decision": "reject", "reason": "r".repeat(4000)}),
    )
    .await;
    assert_eq!(fine.status(), StatusCode::OK, "the version was unchanged by the refusal");

    let roster = Roster { prefix: "LIM", service: 3, development: 2 };
    let partner = approved_partner(&app, &cookie, "community", None, roster).await;
    let id = partner_id(&app, &cookie, &partner).await;
    let terminate = act(&app, &cookie, id, &[("action", "terminate"), ("reason", &too_long)]).await;
    assert_eq!(terminate, "invalid=reason");
}

#[tokio::test]
async fn an_over_long_email_or_password_is_refused_as_a_failed_sign_in() {
    let app = TestApp::spawn().await;
    add_staff(&app, "short@example.com", Role::Reviewer).await;
    for (email, password) in
        [("e".repeat(255).as_str(), "a long enough passphrase"), ("short@example.com", &"p".repeat(257))]
    {
        let response = post_login(&app, email, password, None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let location = response.headers()[LOCATION].to_str().expect("ASCII");
        assert!(location.starts_with("/login?failed=1"), "{location}");
    }
}

#[tokio::test]
async fn a_nul_character_anywhere_is_refused_with_400_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let mut body = load::application(0, "limits-test-key-000006");
    body["company"]["legal_name"] = json!("Nul\u{0}Ltd");
    let submitted = app.post_json("/api/v1/applications", &body).await;
    assert_eq!(submitted.status(), StatusCode::BAD_REQUEST);
    let error: Value = submitted.json().await.expect("JSON");
    assert_eq!(error["error"], "invalid_characters");
    let looked_up = app.get("/api/v1/applications/BK-%00?token=0").await;
    assert_eq!(looked_up.status(), StatusCode::BAD_REQUEST);
    let signed_in =
        app.client.post(app.url("/login")).form(&[("email", "a\u{0}@b.c"), ("password", "x")]).send().await;
    assert_eq!(signed_in.expect("sent").status(), StatusCode::BAD_REQUEST);
    assert_eq!(applications(&app).await, 0);
}
