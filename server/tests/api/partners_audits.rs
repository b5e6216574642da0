//! The quarterly random audit: drawn by an admin, reproducible from its record, checked
//! partner by partner; deception and shortfalls flag the partner. And certificates shared
//! across firms.

use app::domain::partnership::Quarter;
use app::server::Role;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::partner_support::{Roster, act, approved_partner, listed, partner_file, partner_id, server_fn};
use crate::staff::{add_staff, get_as, sign_in};

pub(crate) async fn start(app: &TestApp, cookie: &str, quarter: &str, kind: &str, size: &str) -> String {
    let response = app
        .client
        .post(app.url("/review/audits"))
        .header(COOKIE, cookie)
        .form(&[("quarter", quarter), ("size_kind", kind), ("size", size)])
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

pub(crate) async fn audit(app: &TestApp, cookie: &str, id: i64) -> Value {
    server_fn(app, cookie, "review_audit", id).await
}

/// Records the audit form: each engineer's finding as `(certificate id, finding)`.
pub(crate) async fn check(
    app: &TestApp,
    cookie: &str,
    audit: i64,
    partner: i64,
    found: &[(&str, &str)],
) -> String {
    let body: Vec<(String, &str)> =
        found.iter().map(|(id, finding)| (format!("finding:{id}"), *finding)).collect();
    let response = app
        .client
        .post(app.url(&format!("/review/audits/{audit}/checks/{partner}")))
        .header(COOKIE, cookie)
        .form(&body)
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

fn ids(value: &Value) -> Vec<i64> {
    value.as_array().expect("a list").iter().map(|v| v.as_i64().expect("an id")).collect()
}

#[tokio::test]
async fn an_audit_draws_a_sample_that_its_recorded_seed_and_list_draw_again() {
    let app = TestApp::spawn().await;
    add_staff(&app, "admin@example.org", Role::Admin).await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let admin = sign_in(&app, "admin@example.org").await;
    let reviewer = sign_in(&app, "mei@example.org").await;
    for n in 0..7 {
        let prefix = format!("P{n}");
        approved_partner(
            &app,
            &admin,
            "community",
            None,
            Roster { prefix: &prefix, service: 2, development: 1 },
        )
        .await;
    }
    // One awaiting its fee: not active, so not in the list drawn from.
    approved_partner(
        &app,
        &admin,
        "enterprise",
        Some("trial"),
        Roster { prefix: "FEE", service: 3, development: 3 },
    )
    .await;
    let quarter = Quarter::containing(app.clock.today()).to_string();

    let by_reviewer = start(&app, &reviewer, &quarter, "count", "3").await;
    assert!(by_reviewer.contains("refused="), "only an admin starts an audit: {by_reviewer}");
    let location = start(&app, &admin, &quarter, "percent", "40").await;
    let id: i64 = location.trim_start_matches("/review/audits/").parse().expect("the new audit's page");

    let drawn = audit(&app, &admin, id).await;
    let population = ids(&drawn["population"]);
    assert_eq!(population.len(), 7, "the active partners");
    let sample: Vec<i64> = drawn["sample"]
        .as_array()
        .expect("sample")
        .iter()
        .map(|s| s["partner_id"].as_i64().expect("id"))
        .collect();
    assert_eq!(sample.len(), 3, "40 % of 7, rounded up");
    let seed = drawn["seed"].as_str().expect("seed");
    assert_eq!(seed.len(), 64);
    assert_eq!(
        server::partners::sample::draw(seed, &population, 3),
        Some(sample.clone()),
        "the same seed over the same list"
    );

    let page = get_as(&app, &location, Some(&reviewer)).await.text().await.expect("HTML");
    assert!(
        page.contains(seed) && page.contains("data-admins-only") && !page.contains(r#"name="finding:"#),
        "a reviewer sees the seed, and no check form: checks are for admins"
    );
    let page = get_as(&app, &location, Some(&admin)).await.text().await.expect("HTML");
    assert!(page.contains(r#"name="finding:P"#), "an admin is offered the check forms");
    let list = get_as(&app, "/review/audits", Some(&reviewer)).await.text().await.expect("HTML");
    assert!(
        list.contains(&quarter) && !list.contains(r#"action="/review/audits""#),
        "no start form for a reviewer"
    );

    let twice = start(&app, &admin, &quarter, "count", "2").await;
    assert!(twice.contains("refused="), "one audit a quarter: {twice}");
    let previous = Quarter::containing(app.clock.today()).previous().to_string();
    let other = start(&app, &admin, &previous, "count", "7").await;
    let other_id: i64 = other.trim_start_matches("/review/audits/").parse().expect("another audit");
    let other_drawn = audit(&app, &admin, other_id).await;
    assert_ne!(other_drawn["seed"], drawn["seed"], "a fresh seed every audit");
}

#[tokio::test]
async fn an_audit_check_flags_deception_and_shortfalls_and_the_partner_can_then_be_terminated() {
    let app = TestApp::spawn().await;
    add_staff(&app, "admin@example.org", Role::Admin).await;
    let admin = sign_in(&app, "admin@example.org").await;
    let honest = approved_partner(
        &app,
        &admin,
        "community",
        None,
        Roster { prefix: "HON", service: 2, development: 1 },
    )
    .await;
    let deceiving = approved_partner(
        &app,
        &admin,
        "community",
        None,
        Roster { prefix: "DEC", service: 3, development: 1 },
    )
    .await;
    let quarter = Quarter::containing(app.clock.today()).to_string();
    let location = start(&app, &admin, &quarter, "count", "2").await;
    let audit_id: i64 = location.trim_start_matches("/review/audits/").parse().expect("audit page");
    let (honest_id, deceiving_id) =
        (partner_id(&app, &admin, &honest).await, partner_id(&app, &admin, &deceiving).await);

    const YES: &str = "confirmed";
    // Every engineer needs a finding: nothing is recorded without one each.
    let partial = check(&app, &admin, audit_id, honest_id, &[("HON-S0", YES), ("HON-S1", YES)]).await;
    assert!(partial.contains("invalid=findings"), "{partial}");
    let stranger = check(
        &app,
        &admin,
        audit_id,
        honest_id,
        &[("HON-S0", YES), ("HON-S1", YES), ("HON-D0", YES), ("XYZ-1", YES)],
    )
    .await;
    assert!(stranger.contains("invalid=findings"), "{stranger}");
    // Certificates are matched as stored (case and spaces aside).
    check(&app, &admin, audit_id, honest_id, &[("HON-S0", YES), ("hon-s1", YES), ("HON-D0", YES)]).await;
    // One of four claimed certificates is false: the rest still meet Community's 2 + 1, but
    // the false certificate is deception.
    let deceit = [("DEC-S0", YES), ("DEC-S1", YES), ("DEC-S2", "false_certificate"), ("DEC-D0", YES)];
    check(&app, &admin, audit_id, deceiving_id, &deceit).await;
    let again = check(&app, &admin, audit_id, deceiving_id, &deceit.map(|(id, _)| (id, YES))).await;
    assert!(again.contains("refused="), "the first record stands: {again}");

    let recorded = audit(&app, &admin, audit_id).await;
    let finding = |id: i64| {
        recorded["sample"]
            .as_array()
            .expect("sample")
            .iter()
            .find(|s| s["partner_id"] == id)
            .map(|s| s["check"].clone())
    };
    assert_eq!(finding(honest_id).map(|c| c["finding"].clone()), Some(json!("passed")));
    let deceived = finding(deceiving_id).expect("checked");
    assert_eq!(deceived["finding"], "deception");
    assert_eq!(deceived["unverified"], json!(["DEC-S2"]));
    assert_eq!(recorded["summary"]["flagged"], 1);

    assert_eq!(listed(&app, &admin, json!({"flag": "audit"})).await, std::slice::from_ref(&deceiving));
    let file = partner_file(&app, &admin, deceiving_id).await;
    assert!(file["row"]["flags"].as_array().expect("flags").contains(&json!("audit_deception")));
    assert_eq!(file["audit_checks"][0]["quarter"], quarter);
    assert_eq!(
        act(
            &app,
            &admin,
            deceiving_id,
            &[("action", "terminate"), ("reason", "Audit: DEC-S2 could not be verified")]
        )
        .await,
        "done=1"
    );
    let ended = partner_file(&app, &admin, deceiving_id).await;
    assert_eq!(ended["row"]["standing"], "terminated");
    let kinds: Vec<&str> =
        ended["history"].as_array().expect("history").iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds, ["active", "audit_deception", "terminated"]);

    // The Development Engineer has left: no breach, but the numbers now fall short.
    let shortfall = approved_partner(
        &app,
        &admin,
        "community",
        None,
        Roster { prefix: "SHT", service: 2, development: 1 },
    )
    .await;
    let previous = Quarter::containing(app.clock.today()).previous().to_string();
    let next_audit: i64 = start(&app, &admin, &previous, "percent", "100")
        .await
        .trim_start_matches("/review/audits/")
        .parse()
        .expect("audit");
    let shortfall_id = partner_id(&app, &admin, &shortfall).await;
    check(&app, &admin, next_audit, shortfall_id, &[("SHT-S0", YES), ("SHT-S1", YES), ("SHT-D0", "left")])
        .await;
    let flagged = partner_file(&app, &admin, shortfall_id).await;
    assert!(flagged["row"]["flags"].as_array().expect("flags").contains(&json!("audit_shortfall")));
    assert_eq!(flagged["audit_checks"][0]["finding"], "shortfall");
    assert!(
        flagged["audit_checks"][0]["numbers"]
            .as_str()
            .unwrap_or_default()
            .contains("development_engineers: 0 of 1")
    );
}

#[tokio::test]
async fn a_certificate_on_two_active_partners_or_a_partner_and_a_pending_application_is_flagged() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.org").await;
    let first = approved_partner(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "SAME", service: 2, development: 1 },
    )
    .await;
    assert!(listed(&app, &cookie, json!({"flag": "shared_certificate"})).await.is_empty());

    // A pending application lists SAME-S0 too.
    let body = json!({
        "category": "community", "engineers": [
            {"name": "X", "certificate_id": "same-s0", "track": "automation", "certification": "service"}],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true},
        "company": {"legal_name": "Other Ltd", "registration_number": "201912345K", "country": "Singapore",
                    "website": "other.example.sg", "contact_name": "Lee", "email": "lee@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": "pending-with-a-shared-certificate"
    });
    let pending: Value = app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    assert_eq!(
        listed(&app, &cookie, json!({"flag": "shared_certificate"})).await,
        std::slice::from_ref(&first)
    );
    let file = partner_file(&app, &cookie, partner_id(&app, &cookie, &first).await).await;
    assert_eq!(file["shared"][0]["certificate_id"], "SAME-S0");
    assert_eq!(file["shared"][0]["other_kind"], "application");
    assert_eq!(file["shared"][0]["other_reference"], pending["reference"]);
}
