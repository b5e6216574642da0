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

#[tokio::test]
async fn the_answer_to_the_reviewers_is_sent_without_javascript_too() {
    use app::server::Role;

    use crate::staff::{add_staff, decide, public_status, registration_of, sign_in, submit};

    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let key = "no-script-resubmit-0001";
    let (reference, status_path) = submit(&app, key).await;
    let asked = decide(
        &app,
        Some(&mei),
        &reference,
        serde_json::json!({"version": 1, "decision": "request_info", "message": "Which engineers hold Service?"}),
    )
    .await;
    assert_eq!(asked.status(), StatusCode::OK);

    let token = status_path.split("token=").nth(1).expect("token").to_owned();
    let registration = registration_of(key);
    let mut form: Vec<(&str, &str)> = vec![
        ("step", "review"),
        ("action", "submit"),
        ("submission_key", key),
        ("company.legal_name", "Review Test Ltd"),
        ("company.registration_number", &registration),
        ("company.country", "Singapore"),
        ("company.website", "review.example.sg"),
        ("company.contact_name", "Tan Mei"),
        ("company.email", "tan@example.sg"),
        ("company.phone", "+65 6123 4567"),
        ("category", "enterprise"),
        ("enterprise_level", "trial"),
        ("answer", "A, B and C hold Service certification."),
    ];
    let engineers: Vec<(String, String)> = ["A", "B", "C", "D", "E", "F"]
        .iter()
        .enumerate()
        .flat_map(|(i, name)| {
            let track = if i < 3 { "automation" } else { "development" };
            let mut fields = vec![
                (format!("engineers[{i}].name"), (*name).to_owned()),
                (format!("engineers[{i}].certificate_id"), format!("bk-{}", i + 1)),
                (format!("engineers[{i}].track"), track.to_owned()),
            ];
            if i < 3 {
                fields.push((format!("engineers[{i}].certification"), "service".to_owned()));
            }
            fields
        })
        .collect();
    form.extend(engineers.iter().map(|(name, value)| (name.as_str(), value.as_str())));
    let ticks: Vec<String> = [
        "concept_and_assessment",
        "no_competitors",
        "quarterly_checks",
        "termination_terms",
        "service_fee",
        "trial_upgrade",
    ]
    .iter()
    .map(|declaration| format!("declarations.{declaration}"))
    .collect();
    form.extend(ticks.iter().map(|name| (name.as_str(), "on")));
    let sent = app
        .client
        .post(app.url(&format!("/apply?resubmit={reference}&token={token}")))
        .form(&form)
        .send()
        .await
        .expect("sent");
    assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{}", sent.text().await.unwrap_or_default());
    let status = public_status(&app, &status_path).await;
    assert_eq!(status["status"], "resubmitted", "{status}");
    let last = status["history"].as_array().and_then(|history| history.last()).cloned().unwrap_or_default();
    assert_eq!(last["note"], "A, B and C hold Service certification.", "the answer is on the record");
}
