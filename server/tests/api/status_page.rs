//! The applicant's status page says in words what the application lacks, and when.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// A Brand application that leaves out one declaration its partnership needs.
fn brand_without_termination_terms() -> Value {
    json!({
        "category": "brand",
        "brand_description": "A well-known observability product",
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true},
        "company": {"legal_name": "Example Observability Ltd", "registration_number": "HRB 12345",
                    "country": "Germany", "website": "example.de", "contact_name": "Anna Schmidt",
                    "email": "anna@example.de", "phone": "+49 30 1234567"},
        "submission_key": "status-page-missing-0001"
    })
}

async fn page_in(app: &TestApp, url: &str, language: &str) -> String {
    let response =
        app.client.get(app.url(url)).header("accept-language", language).send().await.expect("sent");
    assert_eq!(response.status(), 200);
    response.text().await.expect("HTML").replace("<!>", "")
}

#[tokio::test]
async fn the_status_names_what_is_missing_and_the_time_in_the_readers_words() {
    let app = TestApp::spawn().await;
    let created: Value = app
        .post_json("/api/v1/applications", &brand_without_termination_terms())
        .await
        .json()
        .await
        .expect("JSON");
    let status_url = created["status_url"].as_str().expect("URL");
    let reference = created["reference"].as_str().expect("reference");
    let token = status_url.split("token=").nth(1).expect("token");

    let status: Value =
        app.get(&format!("/api/v1/applications/{reference}?token={token}")).await.json().await.expect("JSON");
    assert_eq!(status["requested_eligible"], false);
    assert_eq!(status["shortfalls"][0]["requirement"], "declaration:termination_terms");
    assert_eq!(status["shortfalls"].as_array().map(Vec::len), Some(1));
    let submitted = status["submitted_at"].as_str().expect("time");

    let english = page_in(&app, status_url, "en").await;
    assert!(english.contains("Declaration missing: Termination terms"), "{english}");
    assert!(!english.contains(&format!(">{submitted}<")), "the stored time is not shown raw");
    let (date, clock) = submitted.split_once('T').expect("RFC 3339");
    let (year, month, day) = (&date[..4], &date[5..7], date[8..].trim_start_matches('0'));
    let hours_minutes = &clock[..5];
    assert!(english.contains(&format!(", {hours_minutes}</time>")), "{english}");

    let chinese = page_in(&app, status_url, "zh-CN").await;
    assert!(chinese.contains("缺少声明： 终止条款"), "{chinese}");
    let month = month.trim_start_matches('0');
    assert!(chinese.contains(&format!("{year}年{month}月{day}日 {hours_minutes}</time>")), "{chinese}");
}
