//! Every submitted version is kept whole, decisions name the version they were made on, and
//! the versions and the histories are append-only in the database itself.

use reqwest::StatusCode;
use serde_json::{Value, json};

use app::server::Role;

use crate::helpers::TestApp;
use crate::on_db;
use crate::staff::{add_staff, application_for_resubmission, decide, get_as, sign_in, submit};

#[tokio::test]
async fn a_resubmission_keeps_the_version_before_and_says_what_changed_and_a_decision_names_its_version() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let (reference, status_path) = submit(&app, "versions-key-00000001").await;
    let token = status_path.split("token=").nth(1).expect("token").to_owned();
    let path = format!("/api/v1/review/applications/{reference}/versions");
    assert_eq!(get_as(&app, &path, None).await.status(), StatusCode::UNAUTHORIZED);
    let missing = get_as(&app, "/api/v1/review/applications/BK-2222-2222/versions", Some(&mei)).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    let question = json!({"version": 1, "decision": "request_info", "message": "Which engineers left?"});
    assert_eq!(decide(&app, Some(&mei), &reference, question).await.status(), StatusCode::OK);
    let stored = application_for_resubmission(&app, &reference, &token).await;
    let mut edited = stored.clone();
    edited["company"]["legal_name"] = json!("Review Test Pte Ltd");
    edited["engineers"].as_array_mut().expect("engineers").truncate(5);
    let answer = "BK-6 left in October; we renamed the company.";
    let sent = app
        .post_json(
            &format!("/api/v1/applications/{reference}/resubmissions?token={token}"),
            &json!({"answer": answer, "application": edited}),
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);

    let versions: Value = get_as(&app, &path, Some(&mei)).await.json().await.expect("JSON");
    let versions = versions.as_array().expect("a list");
    assert_eq!(versions.len(), 2);
    let (first, second) = (&versions[0], &versions[1]);
    assert_eq!((first["number"].as_i64(), second["number"].as_i64()), (Some(1), Some(2)));
    // The first version is kept as it was: six engineers, the old name, no answer.
    assert_eq!(first["application"]["company"]["legal_name"], "Review Test Ltd");
    assert_eq!(first["application"]["engineers"].as_array().map(Vec::len), Some(6));
    assert!(first["answer"].is_null() && first["changes"].as_array().is_some_and(Vec::is_empty));
    assert_eq!(first["requested_eligible"], true);
    assert!(first["application"].get("submission_key").is_none(), "no key is kept");
    assert_eq!(second["answer"], answer);
    assert_eq!(second["requested_eligible"], false, "one Development engineer short now");
    let changed: Vec<(&str, Option<&str>, Option<&str>)> = second["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| (c["field"].as_str().unwrap_or(""), c["from"].as_str(), c["to"].as_str()))
        .collect();
    assert_eq!(
        changed,
        [
            ("company.legal_name", Some("Review Test Ltd"), Some("Review Test Pte Ltd")),
            ("engineers.BK-6", Some("F · development"), None),
        ]
    );

    // The console compares any two, and refuses a version there is not.
    let compared = app
        .client
        .post(app.url("/fn/compare_versions"))
        .header(reqwest::header::COOKIE, &mei)
        .form(&[("reference", reference.as_str()), ("from", "2"), ("to", "1")])
        .send()
        .await
        .expect("sent");
    let compared: Value = compared.json().await.expect("JSON");
    assert_eq!(compared[1]["field"], "engineers.BK-6");
    assert_eq!(compared[1]["to"], "F · development");
    let unknown = app
        .client
        .post(app.url("/fn/compare_versions"))
        .header(reqwest::header::COOKIE, &mei)
        .form(&[("reference", reference.as_str()), ("from", "1"), ("to", "7")])
        .send()
        .await
        .expect("sent");
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The decision names the version it was made on.
    let rejection = json!({"version": 3, "decision": "reject", "reason": "Short of the Trial numbers."});
    assert_eq!(decide(&app, Some(&mei), &reference, rejection).await.status(), StatusCode::OK);
    let on_versions: Vec<(String, Option<i64>)> = on_db!(&app.db, pool => {
        sqlx::query_as("SELECT kind, version_number FROM application_events ORDER BY id").fetch_all(pool).await
    })
    .expect("events");
    assert_eq!(
        on_versions,
        [
            ("submitted".to_owned(), Some(1)),
            ("info_requested".to_owned(), Some(1)),
            ("resubmitted".to_owned(), Some(2)),
            ("rejected".to_owned(), Some(2)),
        ]
    );
}

#[tokio::test]
async fn the_database_refuses_to_change_or_delete_a_version_or_a_history_entry() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.com").await;
    let (reference, _) = submit(&app, "versions-key-00000002").await;
    let approval = json!({"version": 1, "decision": "approve", "category": "community"});
    assert_eq!(decide(&app, Some(&mei), &reference, approval).await.status(), StatusCode::OK);

    for statement in [
        "UPDATE application_versions SET answer = 'rewritten'",
        "DELETE FROM application_versions",
        "UPDATE application_events SET note = 'rewritten'",
        "DELETE FROM application_events",
        "UPDATE partner_events SET note = 'rewritten'",
        "DELETE FROM partner_events",
    ] {
        let refused = on_db!(&app.db, pool => sqlx::query(statement).execute(pool).await.map(drop));
        let error = refused.expect_err(statement).to_string();
        assert!(error.contains("append-only"), "{statement}: {error}");
    }
    let kept: (i64, i64, i64) = on_db!(&app.db, pool => {
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM application_versions), (SELECT COUNT(*) FROM application_events),
                    (SELECT COUNT(*) FROM partner_events)",
        )
        .fetch_one(pool)
        .await
    })
    .expect("counts");
    assert_eq!(kept, (1, 2, 1));
}
