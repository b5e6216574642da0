//! Complete, valid bodies for the API's description: readers copy them, and API fuzzers
//! (schemathesis) start from them before they vary anything.

use serde_json::{Value, json};

/// A Community Edition application that meets every rule.
pub fn application() -> Value {
    let mut body = eligibility();
    body["company"] = json!({
        "legal_name": "Lanting Cloud Services Pte. Ltd.",
        "registration_number": "201912345K",
        "country": "Singapore",
        "website": "https://lanting.example.com",
        "contact_name": "Tan Mei Ling",
        "email": "partners@lanting.example.com",
        "phone": "+65 6123 4567"
    });
    body["submission_key"] = json!("3f6c2a9e-8d41-4b7a-9c55-0e12ab34cd56");
    body
}

/// The eligibility part of [`application`].
pub fn eligibility() -> Value {
    json!({
        "category": "community",
        "engineers": [
            {"name": "Wang Fang", "certificate_id": "BK-A-1001", "track": "automation", "certification": "service"},
            {"name": "Zhang Wei", "certificate_id": "BK-A-1002", "track": "automation", "certification": "service"},
            {"name": "Liu Yang", "certificate_id": "BK-D-2001", "track": "development"}
        ],
        "declarations": {
            "concept_and_assessment": true,
            "no_competitors": true,
            "quarterly_checks": true,
            "termination_terms": true
        }
    })
}

/// An answer to the reviewers with the edited application.
pub fn resubmission() -> Value {
    json!({
        "answer": "Wang Fang and Zhang Wei hold Service certifications; their certificates are listed.",
        "application": application(),
    })
}
