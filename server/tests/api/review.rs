//! Reviewers: signing in and out, who may call what, and decisions with their history.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use serde_json::{Value, json};

use app::server::Role;
use server::accounts;

use crate::helpers::TestApp;

const PASSWORD: &str = "a long enough passphrase";

async fn add_staff(app: &TestApp, email: &str, role: Role) {
    accounts::add_reviewer(&app.db, email, role, PASSWORD.to_owned()).await.expect("account created");
}

/// The `portal_session=…` pair a response sets, if any.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("portal_session="))
        .and_then(|value| value.split(';').next())
        .map(str::to_owned)
}

async fn post_login(app: &TestApp, email: &str, password: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.post(app.url("/login")).form(&[
        ("email", email),
        ("password", password),
        ("next", "/review"),
    ]);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request sent")
}

async fn sign_in(app: &TestApp, email: &str) -> String {
    let response = post_login(app, email, PASSWORD, None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/review");
    session_cookie(&response).expect("a session cookie")
}

async fn get_as(app: &TestApp, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request sent")
}

async fn decide(app: &TestApp, cookie: Option<&str>, reference: &str, body: Value) -> reqwest::Response {
    let mut request =
        app.client.post(app.url(&format!("/api/v1/review/applications/{reference}/decisions"))).json(&body);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request sent")
}

/// Submits a complete Enterprise Trial application; its reference and status path.
async fn submit(app: &TestApp, key: &str) -> (String, String) {
    let body = json!({
        "category": "enterprise", "enterprise_level": "trial",
        "engineers": [
            {"name": "A", "certificate_id": "bk-1", "track": "automation", "certification": "service"},
            {"name": "B", "certificate_id": "bk-2", "track": "automation", "certification": "service"},
            {"name": "C", "certificate_id": "bk-3", "track": "automation", "certification": "service"},
            {"name": "D", "certificate_id": "bk-4", "track": "development"},
            {"name": "E", "certificate_id": "bk-5", "track": "development"},
            {"name": "F", "certificate_id": "bk-6", "track": "development"}
        ],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true, "service_fee": true, "trial_upgrade": true},
        "company": {"legal_name": "Review Test Ltd", "registration_number": "201912345K", "country": "Singapore",
                    "website": "review.example.sg", "contact_name": "Tan Mei", "email": "tan@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": key
    });
    let created: Value = app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    let reference = created["reference"].as_str().expect("reference").to_owned();
    let status_url =
        created["status_url"].as_str().expect("status URL").replace("/status/", "/api/v1/applications/");
    (reference, status_url)
}

async fn public_status(app: &TestApp, status_path: &str) -> Value {
    app.get(status_path).await.json().await.expect("status JSON")
}

#[tokio::test]
async fn signing_in_issues_a_fresh_session_and_a_wrong_password_none() {
    let app = TestApp::spawn().await;
    add_staff(&app, "Mei.Lin@Example.com", Role::Reviewer).await;

    let refused = post_login(&app, "mei.lin@example.com", "not the passphrase", None).await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(refused.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));
    let unknown = post_login(&app, "nobody@example.com", PASSWORD, None).await;
    assert!(unknown.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));

    // The address is matched however it is typed.
    let first = sign_in(&app, " MEI.LIN@example.com").await;
    assert_eq!(get_as(&app, "/api/v1/review/applications", Some(&first)).await.status(), StatusCode::OK);

    // Signing in again on the same session rotates its id; the old id is dead.
    let again = post_login(&app, "mei.lin@example.com", PASSWORD, Some(&first)).await;
    let second = session_cookie(&again).expect("a new cookie");
    assert_ne!(first, second);
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&first)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(get_as(&app, "/api/v1/review/applications", Some(&second)).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let response = post_login(&app, "mei@example.com", PASSWORD, None).await;
    let set_cookie = response.headers()[SET_COOKIE].to_str().expect("ASCII").to_owned();
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let out = app.client.post(app.url("/logout")).header(COOKIE, &cookie).send().await.expect("sent");
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&cookie)).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_disabled_account_loses_its_live_session() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    assert!(server::db::disable_reviewer(&app.db, "mei@example.com").await.expect("disabled"));
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&cookie)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let refused = post_login(&app, "mei@example.com", PASSWORD, None).await;
    assert!(refused.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));
}

#[tokio::test]
async fn anonymous_callers_get_401_and_reviewers_403_on_admin_calls() {
    let app = TestApp::spawn().await;
    add_staff(&app, "reviewer@example.com", Role::Reviewer).await;
    add_staff(&app, "admin@example.com", Role::Admin).await;
    let (reference, _) = submit(&app, "review-key-anonymous-0001").await;

    for path in ["/api/v1/review/applications", "/api/v1/review/accounts"] {
        let response = get_as(&app, path, None).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body["error"], "unauthenticated");
    }
    // Refused before the body is read: even a malformed one.
    let anonymous = app
        .client
        .post(app.url(&format!("/api/v1/review/applications/{reference}/decisions")))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let reviewer = sign_in(&app, "reviewer@example.com").await;
    assert_eq!(
        get_as(&app, "/api/v1/review/accounts", Some(&reviewer)).await.status(),
        StatusCode::FORBIDDEN
    );
    let admin = sign_in(&app, "admin@example.com").await;
    let accounts: Value =
        get_as(&app, "/api/v1/review/accounts", Some(&admin)).await.json().await.expect("JSON");
    let emails: Vec<&str> =
        accounts.as_array().expect("list").iter().filter_map(|a| a["email"].as_str()).collect();
    assert_eq!(emails, ["admin@example.com", "reviewer@example.com"]);
    assert!(accounts.to_string().find("argon2").is_none(), "no password hash leaves the server");
}

#[tokio::test]
async fn a_request_for_information_reaches_the_applicant_and_a_stale_decision_changes_nothing() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    add_staff(&app, "li@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let li = sign_in(&app, "li@example.com").await;
    let (reference, status_path) = submit(&app, "review-key-info-0001").await;

    let asked = decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 1, "decision": "request_info",
        "message": "Please send the certificates of your development engineers."}),
    )
    .await;
    assert_eq!(asked.status(), StatusCode::OK);
    assert_eq!(asked.json::<Value>().await.expect("JSON")["version"], 2);

    // Li decided on what they saw at version 1: refused, and nothing changes.
    let stale =
        decide(&app, Some(&li), &reference, json!({"version": 1, "decision": "reject", "reason": "x"})).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let body: Value = stale.json().await.expect("JSON");
    assert_eq!(body["error"], "stale_version");
    assert_eq!(body["current_version"], 2);

    let status = public_status(&app, &status_path).await;
    assert_eq!(status["status"], "info_requested");
    let history = status["history"].as_array().expect("history");
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(history[1]["kind"], "info_requested");
    assert_eq!(history[1]["note"], "Please send the certificates of your development engineers.");
}

#[tokio::test]
async fn an_approval_creates_the_partner_for_a_year_and_closes_the_application() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let (reference, status_path) = submit(&app, "review-key-approve-0001").await;

    let no_level = decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 1, "decision": "approve", "category": "enterprise"}),
    )
    .await;
    assert_eq!(no_level.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let no_reason =
        decide(&app, Some(&mei), &reference, json!({"version": 1, "decision": "reject", "reason": "  "}))
            .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let approved = decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 1, "decision": "approve",
        "category": "enterprise", "enterprise_level": "trial"}),
    )
    .await;
    assert_eq!(approved.status(), StatusCode::OK);
    let again = decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 2, "decision": "reject", "reason": "changed my mind"}),
    )
    .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "a decided application stays decided");

    let (category, level, start, end): (String, Option<String>, String, String) = with_sqlite(&app, |pool| {
        Box::pin(async move {
            sqlx::query_as("SELECT category, enterprise_level, term_start, term_end FROM partners")
                .fetch_one(&pool)
                .await
        })
    })
    .await;
    assert_eq!((category.as_str(), level.as_deref()), ("enterprise", Some("trial")));
    let (start_year, rest) = start.split_at(4);
    let expected_end = format!("{}{rest}", start_year.parse::<i32>().expect("year") + 1);
    assert!(end == expected_end || rest == "-02-29", "{start} → {end}");

    let status = public_status(&app, &status_path).await;
    assert_eq!(status["status"], "approved");
    let events: Vec<(String, String)> = with_sqlite(&app, |pool| {
        Box::pin(async move {
            sqlx::query_as("SELECT kind, actor FROM application_events ORDER BY id").fetch_all(&pool).await
        })
    })
    .await;
    assert_eq!(
        events,
        [
            ("submitted".to_owned(), "applicant".to_owned()),
            ("approved".to_owned(), "mei@example.com".to_owned())
        ]
    );
}

async fn with_sqlite<T>(
    app: &TestApp,
    query: impl FnOnce(
        sqlx::SqlitePool,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, sqlx::Error>> + Send>>,
) -> T {
    match &app.db {
        server::Database::Sqlite(pool) => query(pool.clone()).await.expect("query"),
        server::Database::Postgres(_) => unreachable!("these tests run on SQLite"),
    }
}

#[tokio::test]
async fn the_applicant_answers_a_request_for_information_and_is_evaluated_again() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let (reference, status_path) = submit(&app, "review-key-resubmit-0001").await;
    let token = status_path.split("token=").nth(1).expect("token").to_owned();
    let resubmissions = format!("/api/v1/applications/{reference}/resubmissions?token={token}");

    // Not before the reviewers ask.
    let early = app.post_json(&resubmissions, &json!({"answer": "x", "application": {}})).await;
    assert_eq!(early.status(), StatusCode::CONFLICT);

    decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 1, "decision": "request_info",
        "message": "Is your Trial roster complete?"}),
    )
    .await;

    // The wizard gets the stored application back to edit.
    let stored: Value = app
        .post_json("/fn/application_for_resubmission", &json!({}))
        .await
        .json()
        .await
        .unwrap_or(Value::Null);
    assert!(stored.get("company").is_none(), "no application without reference and token");
    let stored: Value = app
        .client
        .post(app.url("/fn/application_for_resubmission"))
        .form(&[("reference", reference.as_str()), ("token", token.as_str())])
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON");
    assert_eq!(stored["company"]["legal_name"], "Review Test Ltd");
    assert_eq!(stored["engineers"].as_array().expect("engineers").len(), 6);

    // The edited application: two engineers fewer, so no longer eligible; wrong token first.
    let mut edited = stored.clone();
    edited["engineers"].as_array_mut().expect("engineers").truncate(4);
    let wrong = app
        .post_json(
            &format!("/api/v1/applications/{reference}/resubmissions?token=0000"),
            &json!({"answer": "Here it is.", "application": edited}),
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    let no_answer = app.post_json(&resubmissions, &json!({"answer": " ", "application": edited})).await;
    assert_eq!(no_answer.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let sent = app
        .post_json(
            &resubmissions,
            &json!({"answer": "Two left us; here is the roster.", "application": edited}),
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);
    let status = public_status(&app, &status_path).await;
    assert_eq!(status["status"], "resubmitted");
    assert_eq!(status["requested_eligible"], false, "evaluated again: 2 of 3 Service engineers now");
    let history = status["history"].as_array().expect("history");
    assert_eq!(history.last().expect("entry")["kind"], "resubmitted");
    assert_eq!(history.last().expect("entry")["note"], "Two left us; here is the roster.");

    // Sent once: a second time is refused, and the reviewers' version moved on (3).
    let again = app.post_json(&resubmissions, &json!({"answer": "again", "application": edited})).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let approve = decide(
        &app,
        Some(&mei),
        &reference,
        json!({"version": 3, "decision": "reject", "reason": "Short of the Trial numbers."}),
    )
    .await;
    assert_eq!(approve.status(), StatusCode::OK);
}
