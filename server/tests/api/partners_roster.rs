//! Roster updates: the partner sends its engineers through its private status link, a
//! reviewer confirms or declines, and the history says who came and who left.

use app::server::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::partner_support::{
    Roster, act, approved_partner_with_link, development, history_kinds, partner_file, partner_id,
    send_roster, service,
};
use crate::staff::{add_staff, sign_in};

fn certificates(file: &Value) -> Vec<String> {
    file["roster"]
        .as_array()
        .expect("roster")
        .iter()
        .map(|e| e["certificate_id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn a_partner_sends_its_roster_through_its_status_link_and_a_reviewer_confirms_it() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.org").await;
    let (reference, status) = approved_partner_with_link(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "ROS", service: 2, development: 1 },
    )
    .await;
    let id = partner_id(&app, &cookie, &reference).await;

    let (path, token) = status.split_once("?token=").expect("a status link");
    let page = app.get(&format!("{path}/roster?token={token}")).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.expect("HTML");
    assert!(html.contains("ROS-S0") && html.contains("RosterEditor"), "the roster in the wizard's table");
    assert_eq!(app.get(&format!("{path}/roster?token=wrong")).await.status(), StatusCode::NOT_FOUND);

    let duplicate = send_roster(&app, &status, json!([service("ROS-S0"), service("ros-s0")]), "").await;
    assert!(duplicate.contains("invalid=engineers"), "{duplicate}");
    let incomplete =
        send_roster(&app, &status, json!([{"name": "No certificate", "track": "development"}]), "").await;
    assert!(incomplete.contains("invalid=engineers"), "{incomplete}");
    let wrong_token =
        send_roster(&app, &status.replace("?token=", "?token=x"), json!([service("A")]), "").await;
    assert_eq!(wrong_token, format!("{path}/roster?token=x{token}"), "back to a page that refuses it");
    assert_eq!(app.get(&wrong_token).await.status(), StatusCode::NOT_FOUND);
    assert!(partner_file(&app, &cookie, id).await["pending_roster"].is_null(), "nothing was stored");

    // ROS-S1 left; NEW-1 and NEW-2 were certified since.
    let roster = json!([service("ROS-S0"), service("NEW-1"), development("ROS-D0"), development("NEW-2")]);
    let sent = send_roster(&app, &status, roster, "S1 left in May").await;
    assert!(sent.ends_with("&roster=sent"), "{sent}");
    let public: Value =
        app.get(&status.replace("/status/", "/api/v1/applications/")).await.json().await.expect("JSON");
    assert_eq!(public["partner"]["standing"], "active");
    assert_eq!(public["partner"]["roster_update_pending"], true);

    let file = partner_file(&app, &cookie, id).await;
    let pending = &file["pending_roster"];
    assert_eq!(pending["added"], json!(["NEW-1", "NEW-2"]));
    assert_eq!(pending["removed"], json!(["ROS-S1"]));
    assert_eq!(pending["eligible"], true);
    assert_eq!(pending["note"], "S1 left in May");
    assert_eq!(certificates(&file), ["ROS-S0", "ROS-S1", "ROS-D0"], "unchanged until confirmed");

    let update = pending["id"].as_i64().expect("id").to_string();
    assert_eq!(act(&app, &cookie, id, &[("action", "roster_confirm"), ("update", &update)]).await, "done=1");
    let confirmed = partner_file(&app, &cookie, id).await;
    assert_eq!(certificates(&confirmed), ["ROS-S0", "NEW-1", "ROS-D0", "NEW-2"]);
    assert!(confirmed["pending_roster"].is_null());
    assert_eq!(history_kinds(&confirmed), ["active", "roster_update_sent", "roster_updated"]);
    assert_eq!(confirmed["history"][2]["note"], "added: NEW-1, NEW-2; removed: ROS-S1");
    let again = act(&app, &cookie, id, &[("action", "roster_confirm"), ("update", &update)]).await;
    assert!(again.starts_with("refused="), "{again}");
}

#[tokio::test]
async fn a_declined_roster_changes_nothing_and_a_roster_sent_meanwhile_makes_an_open_form_stale() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.org").await;
    let (reference, status) = approved_partner_with_link(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "DCL", service: 2, development: 1 },
    )
    .await;
    let id = partner_id(&app, &cookie, &reference).await;
    send_roster(&app, &status, json!([service("DCL-S0"), development("DCL-D0")]), "").await;
    let shown = partner_file(&app, &cookie, id).await;
    assert_eq!(shown["pending_roster"]["eligible"], false, "one Service engineer short of Community's 2");
    // The partner sends again while the reviewer looks at the first one.
    send_roster(&app, &status, json!([service("DCL-S0"), service("DCL-S1"), development("DCL-D0")]), "")
        .await;
    let version = shown["version"].as_i64().expect("version").to_string();
    let update = shown["pending_roster"]["id"].as_i64().expect("id").to_string();
    let stale = crate::partner_support::act_at_version(
        &app,
        &cookie,
        id,
        &version,
        &[("action", "roster_confirm"), ("update", &update)],
    )
    .await;
    assert_eq!(stale, "conflict=1");

    let latest = partner_file(&app, &cookie, id).await;
    let update = latest["pending_roster"]["id"].as_i64().expect("id").to_string();
    assert_eq!(
        act(&app, &cookie, id, &[("action", "roster_decline"), ("update", &update), ("reason", "")]).await,
        "invalid=reason"
    );
    let declined = act(
        &app,
        &cookie,
        id,
        &[("action", "roster_decline"), ("update", &update), ("reason", "Certificates not found")],
    )
    .await;
    assert_eq!(declined, "done=1");
    let after = partner_file(&app, &cookie, id).await;
    assert_eq!(certificates(&after), ["DCL-S0", "DCL-S1", "DCL-D0"]);
    assert!(after["pending_roster"].is_null());
    assert_eq!(history_kinds(&after).last().map(String::as_str), Some("roster_declined"));
}
