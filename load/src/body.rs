use serde_json::{Value, json};

/// The `n`th application of a run: complete and valid, in turn for each partnership that
/// needs no more than the roster given, with certificate IDs unique to its key.
pub fn application(n: usize, submission_key: &str) -> Value {
    let certificate = |i: usize| format!("ld-{submission_key}-{i}");
    let automation = |i: usize| {
        json!({"name": format!("Engineer {i}"), "certificate_id": certificate(i),
               "track": "automation", "certification": "service", "lecturer": i == 1})
    };
    let development = |i: usize| json!({"name": format!("Developer {i}"), "certificate_id": certificate(i), "track": "development"});
    let (category, level, engineers): (&str, Option<&str>, Vec<Value>) = match n % 3 {
        0 => ("community", None, vec![automation(1), automation(2), development(3)]),
        1 => ("enterprise", Some("trial"), (1..=3).map(automation).chain((4..=6).map(development)).collect()),
        _ => ("education", None, vec![automation(1), development(2)]),
    };
    json!({
        "category": category,
        "enterprise_level": level,
        "engineers": engineers,
        "declarations": {"concept_and_assessment": true, "no_competitors": true,
                         "quarterly_checks": true, "termination_terms": true,
                         "service_fee": true, "trial_upgrade": true, "lecturers_certified": true},
        "company": {"legal_name": format!("Load Test Company {n}"), "registration_number": credit_code(n),
                    "country": "China", "website": "https://example.com.cn", "contact_name": "Li Lei",
                    "email": "load@example.com.cn", "phone": "+86 755 1234 5678"},
        "submission_key": submission_key
    })
}

/// A valid unified social credit code (GB 32100-2015) of its own for company `n`: a shared
/// one is a red flag the console shows, which load does not mean to raise.
pub fn credit_code(n: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const WEIGHTS: [usize; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    let body = format!("91350100M{:08}", n % 100_000_000);
    let sum: usize =
        body.bytes().zip(WEIGHTS).map(|(c, w)| ALPHABET.iter().position(|&a| a == c).unwrap_or(0) * w).sum();
    let check = ALPHABET[(31 - sum % 31) % 31] as char;
    format!("{body}{check}")
}
