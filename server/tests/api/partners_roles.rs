//! Roles as the spec gives them: recording audit checks and terminating a partner are for
//! admins; a reviewer is refused on every transport and nothing changes.

use reqwest::StatusCode;
use reqwest::header::COOKIE;
use serde_json::json;

use app::domain::partnership::Quarter;
use app::server::Role;

use crate::helpers::TestApp;
use crate::partner_support::{Roster, act, approved_partner, partner_file, partner_id};
use crate::partners_audits::{audit, check, start};
use crate::staff::{add_staff, sign_in};

#[tokio::test]
async fn a_reviewer_neither_records_audit_checks_nor_terminates_and_an_admin_does_both() {
    let app = TestApp::spawn().await;
    add_staff(&app, "admin@example.org", Role::Admin).await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let (admin, mei) = (sign_in(&app, "admin@example.org").await, sign_in(&app, "mei@example.org").await);
    let partner = approved_partner(
        &app,
        &admin,
        "community",
        None,
        Roster { prefix: "ROL", service: 2, development: 1 },
    )
    .await;
    let id = partner_id(&app, &admin, &partner).await;
    let quarter = Quarter::containing(app.clock.today()).to_string();
    let audit_id: i64 = start(&app, &admin, &quarter, "count", "1")
        .await
        .trim_start_matches("/review/audits/")
        .parse()
        .expect("audit");
    let all = [("ROL-S0", "confirmed"), ("ROL-S1", "confirmed"), ("ROL-D0", "false_certificate")];

    // The page's forms: back with a refusal, nothing recorded.
    let by_reviewer = check(&app, &mei, audit_id, id, &all).await;
    assert!(by_reviewer.ends_with("refused=forbidden"), "{by_reviewer}");
    assert!(audit(&app, &admin, audit_id).await["sample"][0]["check"].is_null(), "no check recorded");
    assert_eq!(
        act(&app, &mei, id, &[("action", "terminate"), ("reason", "Not allowed")]).await,
        "refused=forbidden"
    );
    // The server functions: 403.
    let found = json!({"audit": audit_id, "partner": id, "found": [{"certificate_id": "ROL-S0", "finding": "confirmed"}]});
    let as_reviewer = app
        .client
        .post(app.url("/fn/record_audit_check"))
        .header(COOKIE, &mei)
        .json(&found)
        .send()
        .await
        .expect("sent");
    assert_eq!(as_reviewer.status(), StatusCode::FORBIDDEN);
    let version = partner_file(&app, &mei, id).await["version"].as_i64().expect("version");
    let terminate =
        json!({"id": id, "version": version, "action": {"action": "terminate", "reason": "Not allowed"}});
    let as_reviewer = app
        .client
        .post(app.url("/fn/act_on_partner"))
        .header(COOKIE, &mei)
        .json(&terminate)
        .send()
        .await
        .expect("sent");
    assert_eq!(as_reviewer.status(), StatusCode::FORBIDDEN);
    assert_eq!(partner_file(&app, &admin, id).await["row"]["standing"], "active");

    // The admin records the false certificate and confirms the proposed termination.
    check(&app, &admin, audit_id, id, &all).await;
    let file = partner_file(&app, &admin, id).await;
    assert_eq!(file["audit_checks"][0]["finding"], "deception");
    assert_eq!(file["audit_checks"][0]["unverified"], json!(["ROL-D0"]));
    let as_admin = app
        .client
        .post(app.url("/fn/act_on_partner"))
        .header(COOKIE, &admin)
        .json(&terminate)
        .send()
        .await
        .expect("sent");
    assert_eq!(as_admin.status(), StatusCode::OK);
    assert_eq!(partner_file(&app, &admin, id).await["row"]["standing"], "terminated");
}
