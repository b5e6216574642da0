use serde_json::{Value, json};

use crate::helpers::TestApp;

fn all_declarations() -> Value {
    json!({
        "concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
        "termination_terms": true, "service_fee": true, "trial_upgrade": true, "lecturers_certified": true
    })
}

fn engineers(service: usize, development: usize) -> Vec<Value> {
    let automation = (0..service).map(|i| {
        json!({"name": format!("A{i}"), "certificate_id": format!("bk-a-{i}"), "track": "automation", "certification": "service", "lecturer": false})
    });
    let developers = (0..development).map(|i| {
        json!({"name": format!("D{i}"), "certificate_id": format!("bk-d-{i}"), "track": "development", "lecturer": false})
    });
    automation.chain(developers).collect()
}

#[tokio::test]
async fn a_trial_sized_roster_is_eligible_for_trial_and_told_what_enterprise_needs() {
    let app = TestApp::spawn().await;
    let body = json!({
        "category": "enterprise", "enterprise_level": "trial",
        "engineers": engineers(3, 3), "declarations": all_declarations()
    });
    let response = app.post_json("/api/v1/eligibility", &body).await;
    assert_eq!(response.status(), 200);
    let verdict: Value = response.json().await.expect("JSON");
    assert_eq!(verdict["policy_version"], 1);
    assert_eq!(verdict["requested"], "enterprise_trial");
    assert_eq!(verdict["results"]["enterprise_trial"]["eligible"], true);
    assert_eq!(verdict["results"]["enterprise_trial"]["fee"], true);
    assert_eq!(verdict["results"]["community"]["eligible"], true);
    assert_eq!(verdict["results"]["enterprise"]["eligible"], false);
    assert_eq!(verdict["nearest_upgrade"]["to"], "enterprise");
    let missing = &verdict["nearest_upgrade"]["shortfalls"];
    assert_eq!(
        missing[0],
        json!({
            "requirement": "automation_engineers:service", "required": 5, "have": 3,
            "message": "Needs 2 more Service-certified O&M Automation Engineers (has 3 of 5)."
        })
    );
}

#[tokio::test]
async fn an_empty_object_is_a_draft_not_yet_answered() {
    let app = TestApp::spawn().await;
    let response = app.post_json("/api/v1/eligibility", &json!({})).await;
    assert_eq!(response.status(), 200);
    let verdict: Value = response.json().await.expect("JSON");
    assert_eq!(verdict["requested"], Value::Null);
    assert_eq!(verdict["results"]["brand"]["eligible"], false);
    let brand_needs: Vec<_> = verdict["results"]["brand"]["shortfalls"]
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["requirement"].as_str().expect("key").to_owned())
        .collect();
    assert!(brand_needs.contains(&"declaration:no_competitors".to_owned()));
    assert!(brand_needs.contains(&"brand_description".to_owned()));
}

#[tokio::test]
async fn malformed_json_is_a_400_with_a_json_error() {
    let app = TestApp::spawn().await;
    let response = app.post_raw("/api/v1/eligibility", "{\"category\": ").await;
    assert_eq!(response.status(), 400);
    let error: Value = response.json().await.expect("JSON");
    assert_eq!(error["error"], "malformed_json");
}

#[tokio::test]
async fn a_value_of_the_wrong_type_is_a_422_naming_the_field() {
    let app = TestApp::spawn().await;
    let cases = [
        (json!({"category": "platinum"}), "category"),
        (json!({"engineers": [{"certificate_id": "X1", "track": "robotics"}]}), "engineers[0].track"),
        (json!({"engineers": [{}, {"lecturer": "yes"}]}), "engineers[1].lecturer"),
        (json!({"declarations": {"no_competitors": 1}}), "declarations.no_competitors"),
        (json!({"engineers": "many"}), "engineers"),
        (json!({"surprise": true}), "surprise"),
    ];
    for (body, field) in cases {
        let response = app.post_json("/api/v1/eligibility", &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let error: Value = response.json().await.expect("JSON");
        assert_eq!(error["error"], "invalid_field", "{body}");
        assert_eq!(error["field"], field, "{body}");
    }
}

#[tokio::test]
async fn values_breaking_a_rule_are_a_422_listing_every_field() {
    let app = TestApp::spawn().await;
    let body = json!({"engineers": [
        {"name": "x".repeat(300), "certificate_id": "ok-1", "track": "development"},
        {"certificate_id": "bad id <>", "track": "automation", "certification": "service"}
    ]});
    let response = app.post_json("/api/v1/eligibility", &body).await;
    assert_eq!(response.status(), 422);
    let error: Value = response.json().await.expect("JSON");
    assert_eq!(error["error"], "validation_failed");
    let fields: Vec<_> =
        error["fields"].as_array().expect("array").iter().map(|f| f["field"].clone()).collect();
    assert_eq!(fields, vec![json!("engineers[0].name"), json!("engineers[1].certificate_id")]);
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_with_413() {
    let app = TestApp::spawn().await;
    let huge = format!("{{\"brand_description\": \"{}\"}}", "x".repeat(10 * 1024 * 1024));
    let response = app.post_raw("/api/v1/eligibility", huge).await;
    assert_eq!(response.status(), 413);
    let error: Value = response.json().await.expect("JSON");
    assert_eq!(error["error"], "payload_too_large");
}

#[tokio::test]
async fn a_certificate_listed_twice_is_reported_and_counted_once() {
    let app = TestApp::spawn().await;
    let mut roster = engineers(2, 1);
    roster.push(roster[0].clone());
    let body = json!({"category": "community", "engineers": roster, "declarations": all_declarations()});
    let verdict: Value = app.post_json("/api/v1/eligibility", &body).await.json().await.expect("JSON");
    assert_eq!(verdict["duplicate_certificate_ids"], json!(["BK-A-0"]));
    assert_eq!(verdict["results"]["community"]["eligible"], true);
}

#[tokio::test]
async fn a_list_where_an_object_belongs_is_refused_naming_where() {
    let app = TestApp::spawn().await;
    for (body, field) in [
        (json!([null, null]), "."),
        (json!({"declarations": [true]}), "declarations"),
        (json!({"engineers": [{"certificate_id": "BK-1"}, ["BK-2"]]}), "engineers[1]"),
    ] {
        let response = app.post_json("/api/v1/eligibility", &body).await;
        assert_eq!(response.status(), 422, "{body}");
        let error: Value = response.json().await.expect("JSON");
        assert_eq!(error["error"], "invalid_field");
        assert_eq!(error["field"], field, "{body}");
    }
}
