use crate::helpers::TestApp;

#[tokio::test]
async fn the_policy_endpoint_publishes_version_thresholds_fees_and_declarations() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/policy").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let policy: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(policy["version"], 1);
    let enterprise = &policy["tiers"]["enterprise"];
    assert_eq!(enterprise["automation_engineers"]["required"], 5);
    assert_eq!(enterprise["development_engineers"], 5);
    assert_eq!(policy["tiers"]["community"]["fee"], false);
    assert_eq!(policy["tiers"]["education"]["automation_engineers"]["certification"], "usage");
    assert!(policy["declarations"]["trial_upgrade"].as_str().expect("text").contains("one year"));
}

#[tokio::test]
async fn an_unknown_api_path_answers_a_json_404() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/nothing-here").await;
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.expect("JSON");
    assert_eq!(body["error"], "not_found");
}
