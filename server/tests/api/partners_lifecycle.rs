//! Partners after approval: fee and activation, the trial countdown, renewal, non-renewal,
//! level changes, termination — against the real server with its clock moved.

use app::server::Role;
use reqwest::StatusCode;
use serde_json::json;
use time::Duration;

use crate::helpers::TestApp;
use crate::partner_support::{
    Roster, act, act_at_version, approved_partner, history_kinds, listed, partner_file, partner_id, pay,
};
use crate::staff::{add_staff, get_as, sign_in};

async fn reviewer(app: &TestApp) -> String {
    add_staff(app, "mei@example.org", Role::Reviewer).await;
    sign_in(app, "mei@example.org").await
}

#[tokio::test]
async fn a_fee_partner_waits_for_its_fee_and_its_year_starts_on_the_day_it_was_paid() {
    let app = TestApp::spawn().await;
    let cookie = reviewer(&app).await;
    let reference = approved_partner(
        &app,
        &cookie,
        "enterprise",
        Some("third"),
        Roster { prefix: "FEE", service: 5, development: 5 },
    )
    .await;
    let id = partner_id(&app, &cookie, &reference).await;
    let waiting = partner_file(&app, &cookie, id).await;
    assert_eq!(waiting["row"]["standing"], "awaiting_fee");
    assert!(waiting["row"]["term_start"].is_null());

    let today = app.clock.today();
    let bad_amount = act(
        &app,
        &cookie,
        id,
        &[("action", "payment"), ("amount", "-3"), ("paid_on", &today.to_string()), ("reference", "INV-9")],
    )
    .await;
    assert_eq!(bad_amount, "invalid=amount");
    let future = (today + Duration::days(3)).to_string();
    let paid_later = act(
        &app,
        &cookie,
        id,
        &[("action", "payment"), ("amount", "50000"), ("paid_on", &future), ("reference", "INV-9")],
    )
    .await;
    assert_eq!(paid_later, "invalid=paid_on");
    assert_eq!(partner_file(&app, &cookie, id).await["row"]["standing"], "awaiting_fee", "nothing changed");

    // Paid on day 4, recorded on day 10: the year paid for starts on day 4.
    app.clock.set_today(today + Duration::days(10));
    let paid = today + Duration::days(4);
    let recorded = act(
        &app,
        &cookie,
        id,
        &[
            ("action", "payment"),
            ("amount", "50000.00"),
            ("paid_on", &paid.to_string()),
            ("reference", "INV-1"),
        ],
    )
    .await;
    assert_eq!(recorded, "done=1");
    let active = partner_file(&app, &cookie, id).await;
    let activated = paid;
    assert_eq!(active["row"]["standing"], "active");
    assert_eq!(active["row"]["term_start"], activated.to_string(), "the term starts on the payment date");
    assert_eq!(
        active["row"]["term_end"],
        activated.replace_year(activated.year() + 1).map(|d| d.to_string()).unwrap_or_default()
    );
    assert_eq!(active["payments"][0]["amount"], "50000.00");
    assert_eq!(active["payments"][0]["recorded_by"], "mei@example.org");
    assert_eq!(history_kinds(&active), ["awaiting_fee", "activated"]);

    let again = act(
        &app,
        &cookie,
        id,
        &[("action", "payment"), ("amount", "1"), ("paid_on", &today.to_string()), ("reference", "X")],
    )
    .await;
    assert!(again.starts_with("refused="), "{again}");
}

#[tokio::test]
async fn a_fee_free_partner_is_active_on_approval() {
    let app = TestApp::spawn().await;
    let cookie = reviewer(&app).await;
    let reference = approved_partner(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "COM", service: 2, development: 1 },
    )
    .await;
    let file = partner_file(&app, &cookie, partner_id(&app, &cookie, &reference).await).await;
    assert_eq!(file["row"]["standing"], "active");
    assert_eq!(file["row"]["term_start"], app.clock.today().to_string());
    assert_eq!(file["row"]["days_left"].as_i64().map(|d| d >= 365), Some(true));
}

#[tokio::test]
async fn the_trial_countdown_lists_trials_due_then_overdue_and_a_short_trial_is_not_renewed() {
    let app = TestApp::spawn().await;
    let cookie = reviewer(&app).await;
    let short = approved_partner(
        &app,
        &cookie,
        "enterprise",
        Some("trial"),
        Roster { prefix: "TRY", service: 3, development: 4 },
    )
    .await;
    let id = partner_id(&app, &cookie, &short).await;
    pay(&app, &cookie, id).await;
    let start = app.clock.today();
    let end = start.replace_year(start.year() + 1).expect("not 29 February in tests");

    let fresh = partner_file(&app, &cookie, id).await;
    let trial = &fresh["row"]["trial"];
    assert_eq!(trial["days_left"].as_i64(), Some((end - start).whole_days()));
    let numbers: Vec<(u64, u64)> = trial["numbers"]
        .as_array()
        .expect("numbers")
        .iter()
        .map(|n| (n["have"].as_u64().unwrap_or(99), n["required"].as_u64().unwrap_or(99)))
        .collect();
    assert_eq!(numbers, [(3, 5), (4, 5)], "against the full Enterprise numbers");
    assert_eq!(trial["missing"].as_array().map(Vec::len), Some(2));
    assert!(listed(&app, &cookie, json!({"due": "trial_due"})).await.is_empty());

    app.clock.set_today(end - Duration::days(30));
    assert_eq!(listed(&app, &cookie, json!({"due": "trial_due"})).await, std::slice::from_ref(&short));
    assert_eq!(partner_file(&app, &cookie, id).await["row"]["trial"]["days_left"], 30);
    let early = act(&app, &cookie, id, &[("action", "non_renewal")]).await;
    assert!(early.starts_with("refused="), "not before the year is over: {early}");

    app.clock.set_today(end + Duration::days(1));
    assert!(listed(&app, &cookie, json!({"due": "trial_due"})).await.is_empty());
    assert_eq!(listed(&app, &cookie, json!({"due": "trial_overdue"})).await, std::slice::from_ref(&short));
    let overdue = partner_file(&app, &cookie, id).await;
    assert!(overdue["row"]["flags"].as_array().expect("flags").contains(&json!("non_renewal_proposed")));
    assert_eq!(act(&app, &cookie, id, &[("action", "non_renewal")]).await, "done=1");
    let ended = partner_file(&app, &cookie, id).await;
    assert_eq!(ended["row"]["standing"], "not_renewed");
    assert_eq!(history_kinds(&ended).last().map(String::as_str), Some("not_renewed"));
    assert!(listed(&app, &cookie, json!({"due": "trial_overdue"})).await.is_empty());
}

#[tokio::test]
async fn renewal_is_blocked_with_the_exact_shortfalls_and_otherwise_adds_a_year() {
    let app = TestApp::spawn().await;
    let cookie = reviewer(&app).await;
    let short = approved_partner(
        &app,
        &cookie,
        "enterprise",
        Some("trial"),
        Roster { prefix: "SHORT", service: 5, development: 3 },
    )
    .await;
    let ready = approved_partner(
        &app,
        &cookie,
        "enterprise",
        Some("trial"),
        Roster { prefix: "READY", service: 5, development: 5 },
    )
    .await;
    let (short_id, ready_id) =
        (partner_id(&app, &cookie, &short).await, partner_id(&app, &cookie, &ready).await);
    pay(&app, &cookie, short_id).await;
    pay(&app, &cookie, ready_id).await;
    let start = app.clock.today();
    let end = start.replace_year(start.year() + 1).expect("not 29 February in tests");

    let not_yet = act(&app, &cookie, ready_id, &[("action", "renew")]).await;
    assert!(not_yet.starts_with("refused="), "{not_yet}");

    app.clock.set_today(end - Duration::days(20));
    assert_eq!(listed(&app, &cookie, json!({"due": "renewal_due"})).await.len(), 2);
    let blocked = partner_file(&app, &cookie, short_id).await;
    assert_eq!(blocked["renewal"]["open"], true);
    assert_eq!(
        blocked["renewal"]["shortfalls"],
        json!([{
            "requirement": "development_engineers",
            "required": 5,
            "have": 3,
            "message": "Needs 2 more certified O&M Development Engineers (has 3 of 5)."
        }]),
        "the exact shortfall"
    );
    let refused = act(&app, &cookie, short_id, &[("action", "renew")]).await;
    assert!(refused.starts_with("refused="), "{refused}");
    assert_eq!(partner_file(&app, &cookie, short_id).await["row"]["term_end"], end.to_string(), "unchanged");

    let leave_trial_short =
        act(&app, &cookie, short_id, &[("action", "level"), ("level", "third"), ("reason", "asked")]).await;
    assert!(leave_trial_short.starts_with("refused="), "leaving Trial needs 5 / 5: {leave_trial_short}");
    let no_reason =
        act(&app, &cookie, ready_id, &[("action", "level"), ("level", "third"), ("reason", " ")]).await;
    assert_eq!(no_reason, "invalid=reason");
    let moved =
        act(&app, &cookie, ready_id, &[("action", "level"), ("level", "third"), ("reason", "5 / 5 reached")])
            .await;
    assert_eq!(moved, "done=1");
    assert_eq!(act(&app, &cookie, ready_id, &[("action", "renew")]).await, "done=1");
    let renewed = partner_file(&app, &cookie, ready_id).await;
    assert_eq!(renewed["row"]["enterprise_level"], "third");
    assert_eq!(renewed["row"]["term_start"], end.to_string());
    assert_eq!(
        renewed["row"]["term_end"],
        end.replace_year(end.year() + 1).expect("date").to_string(),
        "a year added"
    );
    assert_eq!(history_kinds(&renewed), ["awaiting_fee", "activated", "level_changed", "renewed"]);
    let level_note = renewed["history"][2]["note"].as_str().unwrap_or_default();
    assert!(level_note.contains("trial → third") && level_note.contains("5 / 5 reached"), "{level_note}");
}

#[tokio::test]
async fn termination_needs_a_reason_ends_the_cooperation_and_a_stale_form_changes_nothing() {
    let app = TestApp::spawn().await;
    add_staff(&app, "lead@example.org", Role::Admin).await;
    let cookie = sign_in(&app, "lead@example.org").await;
    let reference = approved_partner(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "END", service: 2, development: 1 },
    )
    .await;
    let id = partner_id(&app, &cookie, &reference).await;
    let seen = partner_file(&app, &cookie, id).await["version"].as_i64().expect("version").to_string();
    assert_eq!(act(&app, &cookie, id, &[("action", "terminate"), ("reason", "")]).await, "invalid=reason");
    assert_eq!(
        act(&app, &cookie, id, &[("action", "terminate"), ("reason", "Deception found")]).await,
        "done=1"
    );
    let stale =
        act_at_version(&app, &cookie, id, &seen, &[("action", "terminate"), ("reason", "again")]).await;
    assert_eq!(stale, "conflict=1");
    let ended = partner_file(&app, &cookie, id).await;
    assert_eq!(ended["row"]["standing"], "terminated");
    let last = ended["history"].as_array().and_then(|h| h.last()).cloned().unwrap_or_default();
    assert_eq!(
        (last["kind"].as_str(), last["actor"].as_str()),
        (Some("terminated"), Some("lead@example.org"))
    );
    assert_eq!(last["note"], "Deception found");
    assert_eq!(listed(&app, &cookie, json!({"standing": "terminated"})).await, [reference]);
}

#[tokio::test]
async fn the_register_is_for_staff_only_and_exports_csv() {
    let app = TestApp::spawn().await;
    let page =
        app.client.get(app.url("/review/partners")).header("accept", "text/html").send().await.expect("sent");
    assert!(page.status().is_redirection(), "{}", page.status());
    assert_eq!(page.headers()["location"], "/login?next=%2Freview%2Fpartners");
    assert_eq!(get_as(&app, "/review/partners.csv", None).await.status(), StatusCode::UNAUTHORIZED);
    let anonymous_act = app
        .client
        .post(app.url("/review/partners/1/act"))
        .form(&[("version", "1"), ("action", "renew")])
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous_act.status(), StatusCode::SEE_OTHER);
    assert!(anonymous_act.headers()["location"].to_str().unwrap_or_default().starts_with("/login"));

    let cookie = reviewer(&app).await;
    approved_partner(&app, &cookie, "community", None, Roster { prefix: "CSV", service: 2, development: 1 })
        .await;
    let html = get_as(&app, "/review/partners", Some(&cookie)).await.text().await.expect("page");
    assert!(html.contains("CSV Systems Ltd"));
    let id = html.split("data-partner=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a row");
    let partner = get_as(&app, &format!("/review/partners/{id}"), Some(&cookie)).await;
    assert_eq!(partner.status(), StatusCode::OK);
    let partner = partner.text().await.expect("page");
    assert!(partner.contains("CSV Systems Ltd") && partner.contains(r#"data-action="renew""#));
    assert!(!partner.contains(r#"data-action="terminate""#), "terminating is for admins: not offered");
    add_staff(&app, "lead@example.org", Role::Admin).await;
    let admin = sign_in(&app, "lead@example.org").await;
    let as_admin =
        get_as(&app, &format!("/review/partners/{id}"), Some(&admin)).await.text().await.expect("page");
    assert!(as_admin.contains(r#"data-action="terminate""#), "an admin is offered it");
    assert_eq!(get_as(&app, "/review/partners/999", Some(&cookie)).await.status(), StatusCode::NOT_FOUND);
    let csv = get_as(&app, "/review/partners.csv?standing=active", Some(&cookie)).await;
    assert_eq!(csv.status(), StatusCode::OK);
    let body = csv.text().await.expect("CSV");
    assert!(body.starts_with('\u{feff}'), "UTF-8 with BOM");
    let mut lines = body.trim_start_matches('\u{feff}').lines();
    assert!(
        lines.next().unwrap_or_default().starts_with("reference,company,category,enterprise_level,standing")
    );
    let row = lines.next().unwrap_or_default();
    assert!(row.contains("CSV Systems Ltd,community,,active,") && row.contains(",yes,"), "{row}");
    let none = get_as(&app, "/review/partners.csv?standing=terminated", Some(&cookie))
        .await
        .text()
        .await
        .expect("CSV");
    assert_eq!(none.trim_start_matches('\u{feff}').lines().count(), 1, "header only");
}
