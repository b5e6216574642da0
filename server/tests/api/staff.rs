//! Staff accounts and sessions for the reviewer tests: an account, a signed-in cookie, and
//! requests made with it.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use serde_json::{Value, json};

use app::server::Role;
use server::accounts;

use crate::helpers::TestApp;
use crate::second_factor_support;

pub const PASSWORD: &str = "a long enough passphrase";

pub async fn add_staff(app: &TestApp, email: &str, role: Role) {
    accounts::add_reviewer(&app.db, email, role, PASSWORD.to_owned()).await.expect("account created");
}

/// The `portal_session=…` pair a response sets, if any.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("portal_session="))
        .and_then(|value| value.split(';').next())
        .map(str::to_owned)
}

pub async fn post_login(
    app: &TestApp,
    email: &str,
    password: &str,
    cookie: Option<&str>,
) -> reqwest::Response {
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

/// Signs `email` in, through the second step where the account has or needs one (admins
/// set up their authenticator at their first sign-in); the session cookie.
pub async fn sign_in(app: &TestApp, email: &str) -> String {
    let response = post_login(app, email, PASSWORD, None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = session_cookie(&response).expect("a session cookie");
    match response.headers()[LOCATION].to_str().expect("ASCII") {
        "/review" => cookie,
        "/login/enrol" => second_factor_support::enrol(app, email, &cookie).await,
        "/login/code" => second_factor_support::enter_code(app, email, &cookie).await,
        other => panic!("signing in {email} went to {other}"),
    }
}

pub async fn get_as(app: &TestApp, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request sent")
}

pub async fn decide(app: &TestApp, cookie: Option<&str>, reference: &str, body: Value) -> reqwest::Response {
    let mut request =
        app.client.post(app.url(&format!("/api/v1/review/applications/{reference}/decisions"))).json(&body);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.expect("request sent")
}

/// Submits a complete Enterprise Trial application; its reference and status path.
pub async fn submit(app: &TestApp, key: &str) -> (String, String) {
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
        "company": {"legal_name": "Review Test Ltd", "registration_number": registration_of(key), "country": "Singapore",
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

/// A registration number of its own for each submission key (two companies sharing one is a
/// red flag the tests set up on purpose only).
pub fn registration_of(key: &str) -> String {
    let alphanumeric: String = key.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("R{}", &alphanumeric[alphanumeric.len().saturating_sub(30)..])
}

/// The stored application the wizard edits to answer the reviewers (its status token given).
pub async fn application_for_resubmission(app: &TestApp, reference: &str, token: &str) -> Value {
    app.client
        .post(app.url("/fn/application_for_resubmission"))
        .form(&[("reference", reference), ("token", token)])
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("JSON")
}

pub async fn public_status(app: &TestApp, status_path: &str) -> Value {
    app.get(status_path).await.json().await.expect("status JSON")
}
