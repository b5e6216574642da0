//! Partners for the lifecycle tests: an approved application of any shape, the register
//! and a partner's file through the reviewers' server functions, and the partner forms.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::staff::decide;

/// The roster of an application, by counts; certificate IDs start with `prefix` so that
/// partners do not share certificates unless a test wants them to.
pub struct Roster<'a> {
    pub prefix: &'a str,
    pub service: usize,
    pub development: usize,
}

/// Submits a complete application for `category` (and `level`) and approves it as asked.
/// Returns the reference.
pub async fn approved_partner(
    app: &TestApp,
    cookie: &str,
    category: &str,
    level: Option<&str>,
    roster: Roster<'_>,
) -> String {
    approved_partner_with_link(app, cookie, category, level, roster).await.0
}

/// As [`approved_partner`], with the private status path (`/status/REF?token=…`) too.
pub async fn approved_partner_with_link(
    app: &TestApp,
    cookie: &str,
    category: &str,
    level: Option<&str>,
    roster: Roster<'_>,
) -> (String, String) {
    let mut engineers = Vec::new();
    for n in 0..roster.service {
        engineers.push(json!({"name": format!("S{n}"), "certificate_id": format!("{}-S{n}", roster.prefix),
                              "track": "automation", "certification": "service"}));
    }
    for n in 0..roster.development {
        engineers.push(json!({"name": format!("D{n}"), "certificate_id": format!("{}-D{n}", roster.prefix),
                              "track": "development"}));
    }
    let body = json!({
        "category": category, "enterprise_level": level, "engineers": engineers,
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true, "service_fee": category == "enterprise",
                         "trial_upgrade": level == Some("trial")},
        "company": {"legal_name": format!("{} Systems Ltd", roster.prefix), "registration_number": format!("REG{}", roster.prefix),
                    "country": "Singapore", "website": "partner.example.sg", "contact_name": "Tan Mei",
                    "email": "tan@example.sg", "phone": "+65 6123 4567"},
        "submission_key": format!("partner-test-key-{}", roster.prefix)
    });
    let created = app.post_json("/api/v1/applications", &body).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.expect("JSON");
    let reference = created["reference"].as_str().expect("reference").to_owned();
    let decision =
        json!({"version": 1, "decision": "approve", "category": category, "enterprise_level": level});
    let approved = decide(app, Some(cookie), &reference, decision).await;
    assert_eq!(approved.status(), StatusCode::OK, "{reference} approved");
    let status_url = created["status_url"].as_str().expect("status URL");
    let path = status_url.find("/status/").map(|at| status_url[at..].to_owned()).expect("a status path");
    (reference, path)
}

/// The register as the reviewers' server function returns it.
pub async fn register(app: &TestApp, cookie: &str, filter: Value) -> Value {
    let response = app
        .client
        .post(app.url("/fn/review_partners"))
        .header(COOKIE, cookie)
        .json(&json!({ "filter": filter }))
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("register JSON")
}

/// References in the register under `filter`.
pub async fn listed(app: &TestApp, cookie: &str, filter: Value) -> Vec<String> {
    register(app, cookie, filter).await["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| row["reference"].as_str().expect("reference").to_owned())
        .collect()
}

/// The partner's id, found in the register by its application's reference.
pub async fn partner_id(app: &TestApp, cookie: &str, reference: &str) -> i64 {
    let register = register(app, cookie, json!({ "q": reference })).await;
    register["rows"][0]["id"].as_i64().expect("a partner for this reference")
}

pub async fn partner_file(app: &TestApp, cookie: &str, id: i64) -> Value {
    server_fn(app, cookie, "review_partner", id).await
}

/// Calls the reviewers' server function `endpoint` with a record's `id`, as staff.
pub async fn server_fn(app: &TestApp, cookie: &str, endpoint: &str, id: i64) -> Value {
    let response = app
        .client
        .post(app.url(&format!("/fn/{endpoint}")))
        .header(COOKIE, cookie)
        .form(&[("id", id.to_string())])
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::OK, "{endpoint}");
    response.json().await.expect("JSON")
}

/// Posts the partner page's form with the version the file shows; returns the redirect's
/// query (`done=1`, `refused=…`, `invalid=…`, `conflict=1`).
pub async fn act(app: &TestApp, cookie: &str, id: i64, fields: &[(&str, &str)]) -> String {
    let version = partner_file(app, cookie, id).await["version"].as_i64().expect("version").to_string();
    act_at_version(app, cookie, id, &version, fields).await
}

pub async fn act_at_version(
    app: &TestApp,
    cookie: &str,
    id: i64,
    version: &str,
    fields: &[(&str, &str)],
) -> String {
    let mut form = vec![("version", version)];
    form.extend_from_slice(fields);
    let response = app
        .client
        .post(app.url(&format!("/review/partners/{id}/act")))
        .header(COOKIE, cookie)
        .form(&form)
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[LOCATION].to_str().expect("ASCII location").to_owned();
    location.split_once('?').map(|(_, query)| query.to_owned()).unwrap_or_default()
}

/// Records the fee of an awaiting partner, paid today.
pub async fn pay(app: &TestApp, cookie: &str, id: i64) {
    let today = app.clock.today().to_string();
    let outcome = act(
        app,
        cookie,
        id,
        &[("action", "payment"), ("amount", "50000.00"), ("paid_on", &today), ("reference", "INV-1")],
    )
    .await;
    assert_eq!(outcome, "done=1");
}

/// The kinds of the partner's history entries, oldest first.
pub fn history_kinds(file: &Value) -> Vec<String> {
    file["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["kind"].as_str().expect("kind").to_owned())
        .collect()
}

/// Posts the roster page's form as the island would; returns the redirect.
pub async fn send_roster(app: &TestApp, status_path: &str, engineers: Value, note: &str) -> String {
    let (path, token) = status_path.split_once("?token=").expect("a status link");
    let request = json!({ "step": "Engineers", "request": { "engineers": engineers } }).to_string();
    let response = app
        .client
        .post(app.url(&format!("{path}/roster")))
        .form(&[("token", token), ("request", request.as_str()), ("note", note)])
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

pub fn service(id: &str) -> Value {
    json!({"name": id, "certificate_id": id, "track": "automation", "certification": "service"})
}

pub fn development(id: &str) -> Value {
    json!({"name": id, "certificate_id": id, "track": "development"})
}
