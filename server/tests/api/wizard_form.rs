//! The wizard without JavaScript or WASM: each step posted to `POST /apply`, answered with
//! the wizard page rendered again by the server, and the application submitted from it.

use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde_json::Value;

use crate::helpers::TestApp;

const COMPANY: &[(&str, &str)] = &[
    ("company.legal_name", "Lanting Cloud Ltd"),
    ("company.registration_number", "201912345K"),
    ("company.country", "Singapore"),
    ("company.website", "lanting.example.sg"),
    ("company.contact_name", "Tan Mei"),
    ("company.email", "tan.mei@example.sg"),
    ("company.phone", "+65 6123 4567"),
];

/// A Community application as the form posts it: every field of every step.
fn community_form() -> Vec<(&'static str, &'static str)> {
    let mut form = COMPANY.to_vec();
    form.extend([
        ("category", "community"),
        ("engineers[0].name", "Wang Fang"),
        ("engineers[0].certificate_id", "BK-A-001"),
        ("engineers[0].track", "automation"),
        ("engineers[0].certification", "service"),
        ("engineers[1].name", "Li Lei"),
        ("engineers[1].certificate_id", "BK-A-002"),
        ("engineers[1].track", "automation"),
        ("engineers[1].certification", "service"),
        ("engineers[2].name", "Zhao Min"),
        ("engineers[2].certificate_id", "BK-D-001"),
        ("engineers[2].track", "development"),
        ("declarations.concept_and_assessment", "on"),
        ("declarations.no_competitors", "on"),
        ("declarations.quarterly_checks", "on"),
        ("declarations.termination_terms", "on"),
    ]);
    form
}

async fn post(app: &TestApp, form: &[(&str, &str)]) -> reqwest::Response {
    app.client.post(app.url("/apply")).form(form).send().await.expect("sent")
}

async fn page(response: reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.expect("HTML").replace("<!>", "")
}

#[tokio::test]
async fn a_step_with_errors_comes_back_with_what_was_typed_and_the_errors_beside_the_fields() {
    let app = TestApp::spawn().await;
    let html = page(post(&app, &[("step", "company"), ("action", "next"), COMPANY[0]]).await).await;
    assert!(html.contains(r#"data-step="company""#), "the applicant stays on the step");
    assert!(html.contains(r#"value="Lanting Cloud Ltd""#), "what was typed is kept");
    let email = html.split(r#"id="company.email""#).nth(1).expect("the email field");
    assert!(email.split('>').next().is_some_and(|tag| tag.contains(r#"aria-invalid="true""#)), "{email}");
    assert!(html.contains("is required"), "the error is said beside the field");
}

#[tokio::test]
async fn next_moves_on_by_the_wizards_rules_and_asks_about_an_empty_roster_first() {
    let app = TestApp::spawn().await;
    let mut form = COMPANY.to_vec();
    form.extend([("category", "community"), ("step", "category"), ("action", "next")]);
    let html = page(post(&app, &form).await).await;
    assert!(html.contains(r#"data-step="engineers""#));
    assert!(html.contains(r#"value="community" checked"#), "the choice is kept");

    form.retain(|(name, _)| *name != "step" && *name != "action");
    form.extend([("step", "engineers"), ("action", "next")]);
    let html = page(post(&app, &form).await).await;
    assert!(html.contains(r#"data-step="engineers""#), "an empty roster is asked about first");
    let question = html.split(r#"id="still-needed""#).nth(1).unwrap_or_default();
    assert!(
        question.split('>').next().is_some_and(|tag| !tag.contains("hidden")),
        "and the question is shown: {}",
        &question[..300.min(question.len())]
    );

    form.retain(|(name, _)| *name != "action");
    form.push(("action", "next-anyway"));
    let html = page(post(&app, &form).await).await;
    assert!(html.contains(r#"data-step="declarations""#), "the applicant chose to go on");
}

#[tokio::test]
async fn engineers_are_added_and_removed_by_their_buttons() {
    let app = TestApp::spawn().await;
    let mut form = community_form();
    form.extend([("step", "engineers"), ("remove", "0")]);
    let html = page(post(&app, &form).await).await;
    assert!(
        html.contains(r#"value="Li Lei""#) && !html.contains(r#"value="Wang Fang""#),
        "the first row is gone"
    );
    assert!(html.contains(r#"id="engineers[1].name""#) && !html.contains(r#"id="engineers[2].name""#));

    let mut form = community_form();
    form.extend([("step", "engineers"), ("action", "add-engineer")]);
    let html = page(post(&app, &form).await).await;
    assert!(html.contains(r#"id="engineers[3].name""#), "a fourth, empty row");
}

#[tokio::test]
async fn a_submission_posted_twice_is_one_application_on_the_status_page() {
    let app = TestApp::spawn().await;
    let mut form = community_form();
    form.extend([("step", "review"), ("action", "submit"), ("submission_key", "no-script-submission-0001")]);
    let first = post(&app, &form).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let status_url = first.headers()[LOCATION].to_str().expect("location").to_owned();
    assert!(status_url.starts_with("/status/BK-"), "{status_url}");
    let again = post(&app, &form).await;
    assert_eq!(again.headers()[LOCATION].to_str().expect("location"), status_url, "the same application");

    let reference = status_url.trim_start_matches("/status/").split('?').next().expect("reference");
    let token = status_url.split("token=").nth(1).expect("token");
    let status: Value =
        app.get(&format!("/api/v1/applications/{reference}?token={token}")).await.json().await.expect("JSON");
    assert_eq!(status["requested_eligible"], true, "{status}");
}

#[tokio::test]
async fn an_application_short_of_its_partnership_waits_for_the_applicants_confirmation() {
    let app = TestApp::spawn().await;
    let mut form = community_form();
    form.retain(|(name, _)| !name.starts_with("engineers[2]"));
    form.extend([("step", "review"), ("action", "submit"), ("submission_key", "no-script-submission-0002")]);
    let html = page(post(&app, &form).await).await;
    assert!(html.contains(r#"data-step="review""#), "nothing was sent");
    assert!(html.contains(r#"id="confirm-ineligible""#));

    form.push(("confirm_ineligible", "on"));
    let sent = post(&app, &form).await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER, "sent once confirmed");
}
