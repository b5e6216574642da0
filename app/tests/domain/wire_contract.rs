//! The JSON shapes of the public API (`/api/v1/eligibility`, `/api/v1/policy`): outside
//! tools rely on these names, so a rename must fail here first.

use app::api::{EligibilityRequest, PolicyDocument};
use app::domain::{current_policy, evaluate};
use serde_json::{Value, json};

fn evaluate_json(body: Value) -> Value {
    let request: EligibilityRequest = serde_json::from_value(body).expect("valid request");
    let draft = request.parse().expect("valid fields");
    serde_json::to_value(evaluate(&draft, current_policy())).expect("serialisable")
}

#[test]
fn the_eligibility_response_keeps_its_published_field_names() {
    let response = evaluate_json(json!({
        "category": "enterprise",
        "enterprise_level": "trial",
        "engineers": [
            {"name": "Ada", "certificate_id": "bk-1", "track": "automation", "certification": "service", "lecturer": false},
            {"name": "Bo", "certificate_id": "bk-2", "track": "development", "lecturer": true}
        ],
        "declarations": {"concept_and_assessment": true, "no_competitors": true}
    }));
    assert_eq!(response["policy_version"], 1);
    assert_eq!(response["requested"], "enterprise_trial");
    let results = response["results"].as_object().expect("results is an object");
    let keys: Vec<_> = results.keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 5);
    for key in ["enterprise_trial", "enterprise", "community", "education", "brand"] {
        let result = &results[key];
        assert!(result["eligible"].is_boolean(), "{key}");
        assert!(result["fee"].is_boolean(), "{key}");
        for shortfall in result["shortfalls"].as_array().expect("array") {
            assert!(shortfall["requirement"].is_string());
            assert!(shortfall["required"].is_u64());
            assert!(shortfall["have"].is_u64());
            assert!(shortfall["message"].is_string());
        }
    }
    let trial = &results["enterprise_trial"]["shortfalls"][0];
    assert_eq!(trial["requirement"], "automation_engineers:service");
    assert_eq!((trial["required"].as_u64(), trial["have"].as_u64()), (Some(3), Some(1)));
    assert_eq!(response["nearest_upgrade"]["to"], "enterprise");
}

#[test]
fn the_policy_document_lists_thresholds_fees_and_declarations() {
    let document = serde_json::to_value(PolicyDocument::of(current_policy())).expect("serialisable");
    assert_eq!(document["version"], 1);
    let trial = &document["tiers"]["enterprise_trial"];
    assert_eq!(trial["automation_engineers"], json!({"required": 3, "certification": "service"}));
    assert_eq!(trial["development_engineers"], 3);
    assert_eq!(trial["fee"], true);
    assert_eq!(document["tiers"]["brand"]["automation_engineers"], Value::Null);
    assert!(trial["declarations"].as_array().expect("array").contains(&json!("trial_upgrade")));
    assert!(document["declarations"]["no_competitors"].as_str().expect("text").contains("competitor"));
    assert_eq!(document["categories"][0]["levels"], json!(["trial", "third", "second", "first"]));
}

#[test]
fn unknown_fields_are_refused_rather_than_silently_ignored() {
    let result: Result<EligibilityRequest, _> = serde_json::from_value(json!({"categroy": "brand"}));
    assert!(result.is_err());
}
