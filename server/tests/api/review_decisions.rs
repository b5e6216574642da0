//! Reviewers' decisions with their history, and the applicant's answer to a request for
//! information.

use reqwest::StatusCode;
use serde_json::{Value, json};

use app::server::Role;

use crate::helpers::TestApp;
use crate::on_db;
use crate::staff::{add_staff, application_for_resubmission, decide, public_status, sign_in, submit};

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

    // A fee category's partner waits for its fee; its term starts when the fee is recorded.
    let partner: (String, Option<String>, String, Option<String>) = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT category, enterprise_level, status, term_start FROM partners").fetch_one(pool).await
    })
    .expect("the partner");
    assert_eq!(partner, ("enterprise".to_owned(), Some("trial".to_owned()), "awaiting_fee".to_owned(), None));

    let status = public_status(&app, &status_path).await;
    assert_eq!(status["status"], "approved");
    let events: Vec<(String, String)> = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT kind, actor FROM application_events ORDER BY id").fetch_all(pool).await
    })
    .expect("events");
    assert_eq!(
        events,
        [
            ("submitted".to_owned(), "applicant".to_owned()),
            ("approved".to_owned(), "mei@example.com".to_owned())
        ]
    );
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
    let stored = application_for_resubmission(&app, &reference, &token).await;
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

#[tokio::test]
async fn a_version_written_with_a_zero_fraction_is_the_same_version() {
    let app = TestApp::spawn().await;
    add_staff(&app, "ines@example.com", Role::Reviewer).await;
    let ines = sign_in(&app, "ines@example.com").await;
    let (reference, _) = submit(&app, "review-key-fraction-01").await;
    let half = json!({"version": 1.5, "decision": "request_info", "message": "Which ones?"});
    let refused = decide(&app, Some(&ines), &reference, half).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json::<Value>().await.expect("JSON")["field"], "version");
    let whole = json!({"version": 1.0, "decision": "request_info", "message": "Which ones?"});
    let asked = decide(&app, Some(&ines), &reference, whole).await;
    assert_eq!(asked.status(), StatusCode::OK);
    assert_eq!(asked.json::<Value>().await.expect("JSON")["version"], 2);
}

#[tokio::test]
async fn an_approval_above_what_the_roster_meets_is_refused_and_a_lower_tier_is_not() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    // Three Service-certified and three development engineers: Enterprise Trial, not Third.
    let (reference, status_path) = submit(&app, "review-key-minimums-01").await;

    let third =
        json!({"version": 1, "decision": "approve", "category": "enterprise", "enterprise_level": "third"});
    let refused = decide(&app, Some(&mei), &reference, third.clone()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = refused.json().await.expect("JSON");
    assert_eq!(refused["error"], "not_eligible");
    let lacking: Vec<(String, u64, u64)> = refused["shortfalls"]
        .as_array()
        .expect("shortfalls")
        .iter()
        .map(|s| {
            (
                s["requirement"].as_str().unwrap_or("").to_owned(),
                s["required"].as_u64().unwrap_or(0),
                s["have"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(lacking.contains(&("automation_engineers:service".to_owned(), 5, 3)), "{lacking:?}");
    assert!(lacking.contains(&("development_engineers".to_owned(), 5, 3)), "{lacking:?}");

    let education = json!({"version": 1, "decision": "approve", "category": "education"});
    let no_lecturer = decide(&app, Some(&mei), &reference, education).await;
    assert_eq!(no_lecturer.status(), StatusCode::UNPROCESSABLE_ENTITY, "education needs a lecturer");

    // The console's server function and the page's form say the same.
    let through_function = app
        .client
        .post(app.url("/fn/decide_application"))
        .header(reqwest::header::COOKIE, &mei)
        .json(&json!({"reference": reference, "request": third}))
        .send()
        .await
        .expect("sent");
    assert!(through_function.text().await.expect("body").contains("not_eligible"));
    let through_form = app
        .client
        .post(app.url(&format!("/review/applications/{reference}/decide")))
        .header(reqwest::header::COOKIE, &mei)
        .form(&[
            ("version", "1"),
            ("decision", "approve"),
            ("category", "enterprise"),
            ("enterprise_level", "first"),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(
        through_form.headers()[reqwest::header::LOCATION].to_str().expect("ASCII"),
        format!("/review/applications/{reference}?refused=not_eligible")
    );

    // Nothing changed: still submitted at version 1, no partner, one history entry.
    assert_eq!(public_status(&app, &status_path).await["status"], "submitted");
    let (version, partners, events): (i64, i64, i64) = on_db!(&app.db, pool => {
        sqlx::query_as(
            "SELECT (SELECT version FROM applications), (SELECT COUNT(*) FROM partners),
                    (SELECT COUNT(*) FROM application_events)",
        )
        .fetch_one(pool)
        .await
    })
    .expect("counts");
    assert_eq!((version, partners, events), (1, 0, 1));

    // A lower tier that the roster meets is the reviewer's to choose.
    let community = json!({"version": 1, "decision": "approve", "category": "community"});
    assert_eq!(decide(&app, Some(&mei), &reference, community).await.status(), StatusCode::OK);
    let partner: (String, String) = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT category, status FROM partners").fetch_one(pool).await
    })
    .expect("the partner");
    assert_eq!(partner, ("community".to_owned(), "active".to_owned()));
}
