//! The CSV exports hold data, never formulas: a company named like a formula opens in a
//! spreadsheet as the text it is.

use reqwest::StatusCode;
use serde_json::{Value, json};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, decide, get_as, sign_in};

const FORMULA: &str = "=HYPERLINK(\"https://evil.example\",\"Open\")";

#[tokio::test]
async fn both_exports_write_a_formula_like_name_as_text() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let body = json!({
        "category": "community",
        "engineers": [
            {"name": "@Tan", "certificate_id": "F-S1", "track": "automation", "certification": "service"},
            {"name": "Lee", "certificate_id": "F-S2", "track": "automation", "certification": "service"},
            {"name": "Ng", "certificate_id": "F-D1", "track": "development"}
        ],
        "declarations": {"concept_and_assessment": true, "no_competitors": true, "quarterly_checks": true,
                         "termination_terms": true},
        "company": {"legal_name": FORMULA, "registration_number": "REG-FORMULA", "country": "Singapore",
                    "website": "formula.example.sg", "contact_name": "Tan Mei", "email": "tan@example.sg",
                    "phone": "+65 6123 4567"},
        "submission_key": "formula-export-key-0001"
    });
    let created = app.post_json("/api/v1/applications", &body).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let reference =
        created.json::<Value>().await.expect("JSON")["reference"].as_str().expect("ref").to_owned();

    let queue = get_as(&app, "/review/export.csv", Some(&cookie)).await.text().await.expect("CSV");
    let row = queue.lines().nth(1).expect("a row");
    assert!(row.contains(r#""'=HYPERLINK(""https://evil.example"",""Open"")""#), "{row}");

    let decision = json!({"version": 1, "decision": "approve", "category": "community"});
    assert_eq!(decide(&app, Some(&cookie), &reference, decision).await.status(), StatusCode::OK);
    let partners = get_as(&app, "/review/partners.csv", Some(&cookie)).await.text().await.expect("CSV");
    let row = partners.lines().nth(1).expect("a row");
    assert!(row.contains(r#""'=HYPERLINK(""https://evil.example"",""Open"")""#), "{row}");
    assert!(!partners.lines().any(|line| line.contains(",=") || line.contains(",\"=")), "{partners}");
}
