//! One identity claimed twice is flagged wherever it shows: a certificate on two current
//! partners' rosters (a roster update included) or on a partner and an application being
//! decided; one registration number on two companies' applications or partnerships.

use reqwest::header::COOKIE;
use serde_json::{Value, json};

use app::server::Role;

use crate::helpers::TestApp;
use crate::partner_support::{
    Roster, approved_partner, approved_partner_with_link, development, listed, partner_file, partner_id,
    send_roster, service,
};
use crate::staff::{add_staff, decide, get_as, sign_in};

/// A complete Community application with its own certificates and this registration number.
async fn apply(app: &TestApp, name: &str, registration: &str) -> String {
    let body = json!({
        "category": "community",
        "engineers": [service(&format!("{name}-S1")), service(&format!("{name}-S2")), development(&format!("{name}-D1"))],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true},
        "company": {"legal_name": format!("{name} Ltd"), "registration_number": registration, "country": "Singapore",
                    "website": "shared.example.sg", "contact_name": "Lee", "email": "lee@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": format!("shared-identities-{name}-0001")
    });
    let created: Value = app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    created["reference"].as_str().expect("reference").to_owned()
}

/// The queue rows' flags by reference, as the API lists them.
async fn queue_flags(app: &TestApp, cookie: &str) -> Vec<(String, Vec<String>)> {
    let page: Value =
        get_as(app, "/api/v1/review/applications", Some(cookie)).await.json().await.expect("queue JSON");
    let rows = page["items"].as_array().or(page.as_array()).cloned().unwrap_or_default();
    let mut flags: Vec<(String, Vec<String>)> = rows
        .iter()
        .map(|row| {
            let listed = row["flags"].as_array().cloned().unwrap_or_default();
            (
                row["reference"].as_str().unwrap_or_default().to_owned(),
                listed.iter().filter_map(|f| f.as_str().map(str::to_owned)).collect(),
            )
        })
        .collect();
    flags.sort();
    flags
}

async fn review(app: &TestApp, cookie: &str, reference: &str) -> Value {
    let response = app
        .client
        .post(app.url("/fn/review_application"))
        .header(COOKIE, cookie)
        .form(&[("reference", reference)])
        .send()
        .await
        .expect("sent");
    response.json().await.expect("JSON")
}

#[tokio::test]
async fn one_registration_number_on_three_companies_is_flagged_on_the_rows_the_applications_and_the_partner()
{
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.org").await;
    // The same code, written three ways; a fourth company has its own.
    let first = apply(&app, "Alpha", "REG-SHARED-7").await;
    let second = apply(&app, "Beta", "regshared7").await;
    let third = apply(&app, "Gamma", "REG SHARED 7").await;
    let own = apply(&app, "Delta", "REG-OWN-1").await;

    let flags = queue_flags(&app, &cookie).await;
    for reference in [&first, &second, &third] {
        let row = flags.iter().find(|(r, _)| r == reference).expect("a row");
        assert_eq!(row.1, ["shared_registration"], "{reference}");
    }
    assert!(flags.iter().any(|(r, f)| r == &own && f.is_empty()), "{flags:?}");
    let filtered: Value = get_as(&app, "/api/v1/review/applications?flag=shared_registration", Some(&cookie))
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(filtered["total"].as_i64().or(filtered.as_array().map(|a| a.len() as i64)), Some(3));

    let shown = review(&app, &cookie, &first).await;
    let others: Vec<&str> = shown["shared_registration"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|s| s["other_reference"].as_str())
        .collect();
    assert_eq!(others.len(), 2, "{shown}");
    assert!(others.contains(&second.as_str()) && others.contains(&third.as_str()));

    // Approved, the first is a partner that shares its number with two applications.
    let approval = json!({"version": 1, "decision": "approve", "category": "community"});
    assert!(decide(&app, Some(&cookie), &first, approval).await.status().is_success());
    let id = partner_id(&app, &cookie, &first).await;
    let file = partner_file(&app, &cookie, id).await;
    assert!(file["row"]["flags"].as_array().expect("flags").contains(&json!("shared_registration")));
    assert_eq!(file["shared_registration"].as_array().map(Vec::len), Some(2));
    assert_eq!(file["shared_registration"][0]["other_kind"], "application");
    assert_eq!(
        listed(&app, &cookie, json!({"flag": "shared_registration"})).await,
        std::slice::from_ref(&first)
    );
    // The applications still being decided see the partner among the others.
    let second_shown = review(&app, &cookie, &second).await;
    assert!(
        second_shown["shared_registration"]
            .as_array()
            .expect("list")
            .iter()
            .any(|s| s["other_kind"] == "partner"),
        "{second_shown}"
    );
}

#[tokio::test]
async fn a_certificate_in_a_partners_roster_update_is_flagged_on_both_partners() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.org").await;
    let first = approved_partner(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "ONE", service: 2, development: 1 },
    )
    .await;
    let (second, link) = approved_partner_with_link(
        &app,
        &cookie,
        "community",
        None,
        Roster { prefix: "TWO", service: 2, development: 1 },
    )
    .await;
    assert!(listed(&app, &cookie, json!({"flag": "shared_certificate"})).await.is_empty());

    // The second partner sends a roster that lists the first partner's engineer.
    let roster = json!([service("TWO-S0"), service("ONE-S1"), development("TWO-D0")]);
    let sent = send_roster(&app, &link, roster, "Li Lei joined us").await;
    assert!(sent.contains("roster=sent"), "{sent}");

    let mut flagged = listed(&app, &cookie, json!({"flag": "shared_certificate"})).await;
    flagged.sort();
    let mut both = vec![first.clone(), second.clone()];
    both.sort();
    assert_eq!(flagged, both);
    let first_file = partner_file(&app, &cookie, partner_id(&app, &cookie, &first).await).await;
    assert_eq!(first_file["shared"][0]["certificate_id"], "ONE-S1");
    assert_eq!(first_file["shared"][0]["other_kind"], "roster_update");
    assert_eq!(first_file["shared"][0]["other_reference"], second.as_str());
    let second_file = partner_file(&app, &cookie, partner_id(&app, &cookie, &second).await).await;
    assert_eq!(second_file["shared"][0]["other_kind"], "partner");
    assert_eq!(second_file["shared"][0]["other_reference"], first.as_str());

    // An application listing the same engineer shows both partners on its row and page.
    let body = json!({
        "category": "community",
        "engineers": [service("ONE-S1"), service("NEW-S2"), development("NEW-D1")],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true},
        "company": {"legal_name": "New Ltd", "registration_number": "REGNEW1", "country": "Singapore",
                    "website": "new.example.sg", "contact_name": "Lee", "email": "lee@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": "shared-identities-new-0001"
    });
    let created: Value = app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    let reference = created["reference"].as_str().expect("reference").to_owned();
    let flags = queue_flags(&app, &cookie).await;
    assert_eq!(
        flags.iter().find(|(r, _)| *r == reference).map(|(_, f)| f.clone()),
        Some(vec!["shared_certificate".to_owned()])
    );
    let shown = review(&app, &cookie, &reference).await;
    let claimed = shown["engineers"][0]["also_claimed_by"].as_array().expect("list");
    assert!(claimed.contains(&json!(first)) && claimed.contains(&json!(second)), "{shown}");
}
