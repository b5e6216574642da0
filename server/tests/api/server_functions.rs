//! The wizard's server functions, called over HTTP exactly as the browser calls them.

use serde_json::{Value, json};

use crate::helpers::TestApp;

fn request(submission_key: &str) -> Value {
    json!({"request": {
        "category": "education",
        "engineers": [
            {"name": "Chen Jing", "certificate_id": "edu-1", "track": "automation", "certification": "usage", "lecturer": true},
            {"name": "Zhao Lei", "certificate_id": "edu-2", "track": "development"}
        ],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true, "lecturers_certified": true},
        "company": {"legal_name": "Example Training Institute", "registration_number": "12345678-9",
                    "country": "Singapore", "website": "training.example.sg", "contact_name": "Ng Hui",
                    "email": "ng.hui@example.sg", "phone": "+65 6000 1234"},
        "submission_key": submission_key
    }})
}

#[tokio::test]
async fn the_submit_server_function_stores_once_per_key_like_the_api() {
    let app = TestApp::spawn().await;
    let first = app.post_json("/fn/submit_application", &request("server-fn-key-0000001")).await;
    assert_eq!(first.status(), 200);
    let first: Value = first.json().await.expect("JSON");
    let again: Value = app
        .post_json("/fn/submit_application", &request("server-fn-key-0000001"))
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(first, again);
    let reference = first["reference"].as_str().expect("reference");
    let token = first["status_url"].as_str().and_then(|u| u.split("token=").nth(1)).expect("token");
    let status: Value =
        app.get(&format!("/api/v1/applications/{reference}?token={token}")).await.json().await.expect("JSON");
    assert_eq!(status["requested"], "education");
    assert_eq!(status["requested_eligible"], true);
}

#[tokio::test]
async fn the_submit_server_function_reports_every_invalid_field() {
    let app = TestApp::spawn().await;
    let mut body = request("server-fn-key-0000002");
    body["request"]["company"]["email"] = json!("nobody");
    body["request"]["engineers"][1]["certificate_id"] = json!("EDU-1");
    let response = app.post_json("/fn/submit_application", &body).await;
    assert_eq!(response.status(), 422, "the caller's mistake, not a server error");
    let error: Value = response.json().await.expect("JSON error");
    let fields: Vec<_> = error["Validation"]
        .as_array()
        .expect("a validation error")
        .iter()
        .map(|p| p["field"].clone())
        .collect();
    assert_eq!(fields, vec![json!("company.email"), json!("engineers[1].certificate_id")]);
}
