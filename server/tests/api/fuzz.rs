//! Fuzzing over real HTTP: generated and mutated requests to the JSON API, the server
//! functions and the reviewers' queue. Whatever comes in, the answer is never a 5xx, the
//! API answers JSON, and the server keeps serving. `FUZZ_CASES` sets the cases per target
//! (default 200, which keeps the run to seconds); `FUZZ_RANDOM=1` draws new inputs.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use reqwest::header::{CONTENT_TYPE, COOKIE};
use serde_json::{Map, Value};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, sign_in, submit};

/// Names the server reads, so generated objects often reach deep validation, mixed with noise.
const FIELD_NAMES: &[&str] = &[
    "category",
    "enterprise_level",
    "engineers",
    "declarations",
    "brand_description",
    "company",
    "submission_key",
    "name",
    "certificate_id",
    "track",
    "certification",
    "lecturer",
    "legal_name",
    "email",
    "website",
    "phone",
    "country",
    "service_fee",
    "trial_upgrade",
    "answer",
    "application",
    "request",
    "resubmission",
    "reference",
    "token",
    "status",
    "verdict",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![3 => prop::sample::select(FIELD_NAMES).prop_map(str::to_owned), 1 => ".{0,12}"]
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(
            &["automation", "development", "service", "usage", "enterprise", "trial", "brand"][..]
        )
        .prop_map(Value::from),
        ".{0,40}".prop_map(Value::from),
        (0usize..5000).prop_map(|n| Value::from("x".repeat(n))),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(Map::from_iter(pairs))),
        ]
    })
}

/// A valid application with one place (any depth) replaced by anything.
fn mutated_application() -> impl Strategy<Value = Value> {
    (any::<prop::sample::Index>(), any_json(), any::<u32>()).prop_map(|(at, replacement, n)| {
        let mut body = load::application(n as usize, &format!("fuzz-key-{n:08}-0000"));
        let pointers = pointers(&body, String::new());
        if let Some(place) = body.pointer_mut(&pointers[at.index(pointers.len())]) {
            *place = replacement;
        }
        body
    })
}

fn pointers(value: &Value, here: String) -> Vec<String> {
    let below: Vec<String> = match value {
        Value::Object(map) => map.iter().flat_map(|(k, v)| pointers(v, format!("{here}/{k}"))).collect(),
        Value::Array(items) => {
            items.iter().enumerate().flat_map(|(i, v)| pointers(v, format!("{here}/{i}"))).collect()
        }
        _ => Vec::new(),
    };
    std::iter::once(here).chain(below).collect()
}

fn query_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,30}",
        "[a-z_]{0,12}",
        (0i64..i64::MAX).prop_map(|n| n.to_string()),
        Just("-1".to_owned())
    ]
}

fn queue_query_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop::sample::select(&["status", "category", "flag", "q", "sort", "page", "lang"][..]);
    prop::collection::vec((name.prop_map(str::to_owned), query_text()), 0..6)
}

/// Form bodies: fields the forms read with generated values, or raw bytes.
fn form_body() -> impl Strategy<Value = Vec<u8>> {
    let field = prop::sample::select(
        &[
            "version",
            "decision",
            "category",
            "enterprise_level",
            "reason",
            "message",
            "email",
            "password",
            "next",
            "quarter",
            // The wizard's form without JavaScript (`POST /apply`).
            "step",
            "action",
            "go",
            "remove",
            "submission_key",
            "company.email",
            "engineers[0].name",
            "engineers[0].track",
            "engineers[500].certification",
            "declarations.no_competitors",
            "confirm_ineligible",
        ][..],
    );
    let pairs = prop::collection::vec((field, query_text()), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={}", urlencode(&value)))
            .collect::<Vec<_>>()
            .join("&")
            .into_bytes()
    });
    prop_oneof![3 => pairs, 1 => prop::collection::vec(any::<u8>(), 0..300)]
}

/// The same inputs on every run unless `FUZZ_RANDOM=1` (for exploring by hand): a suite
/// that gates every change must not pass or fail by chance. Explore with many cases, and
/// keep what is found as a fix and a test.
fn runner() -> TestRunner {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(200);
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    if std::env::var("FUZZ_RANDOM").is_ok_and(|v| v == "1") {
        TestRunner::new(config)
    } else {
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    }
}

/// Sends each generated request; fails on a 5xx, or on an API answer that is not JSON.
fn fuzz<S: Strategy>(
    runtime: &tokio::runtime::Runtime,
    strategy: S,
    send: impl Fn(S::Value) -> reqwest::RequestBuilder,
) {
    runner()
        .run(&strategy, |input| {
            let response = runtime
                .block_on(async { send(input).send().await })
                .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let status = response.status();
            let api = response.url().path().starts_with("/api/");
            let json = response
                .headers()
                .get(CONTENT_TYPE)
                .is_some_and(|t| t.as_bytes().starts_with(b"application/json"));
            prop_assert!(!status.is_server_error(), "{} answered {status}", response.url());
            prop_assert!(!api || json, "{} answered {status} without JSON", response.url());
            Ok(())
        })
        .expect("no input makes the server fail");
}

#[test]
fn no_generated_request_gets_a_server_error_and_the_server_keeps_serving() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let app = runtime.block_on(TestApp::spawn());
    let (reference, status_path) = runtime.block_on(submit(&app, "fuzz-seed-submission-0001"));
    let cookie = runtime.block_on(async {
        add_staff(&app, "fuzz@example.com", Role::Reviewer).await;
        sign_in(&app, "fuzz@example.com").await
    });
    let post = |path: &str| app.client.post(app.url(path));

    fuzz(&runtime, any_json(), |body| post("/api/v1/eligibility").json(&body));
    fuzz(&runtime, mutated_application(), |body| post("/api/v1/eligibility").json(&body));
    fuzz(&runtime, mutated_application(), |body| post("/api/v1/applications").json(&body));
    fuzz(&runtime, mutated_application(), |body| {
        post("/fn/submit_application").json(&serde_json::json!({"request": body}))
    });
    fuzz(&runtime, any_json(), |body| post("/fn/submit_application").json(&body));
    fuzz(&runtime, prop::collection::vec(any::<u8>(), 0..400), |bytes| {
        post("/api/v1/applications").header(CONTENT_TYPE, "application/json").body(bytes)
    });
    fuzz(&runtime, prop::collection::vec(any::<u8>(), 0..400), |bytes| {
        post("/fn/application_for_resubmission")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(bytes)
    });
    let resubmissions = format!("/api/v1/applications/{reference}/resubmissions");
    fuzz(&runtime, any_json(), |body| post(&resubmissions).json(&body));
    fuzz(&runtime, (".{0,30}", query_text()), |(reference, token)| {
        app.client
            .get(app.url(&format!("/api/v1/applications/{}", urlencode(&reference))))
            .query(&[("token", token)])
    });
    let queue_query = (query_text(), query_text(), query_text(), query_text(), query_text());
    fuzz(&runtime, queue_query, |(status, category, q, sort, page)| {
        app.client.get(app.url("/api/v1/review/applications")).header(COOKIE, &cookie).query(&[
            ("status", status),
            ("category", category),
            ("q", q),
            ("sort", sort),
            ("page", page),
        ])
    });
    for page in ["/review", "/review/applications", "/review/partners"] {
        fuzz(&runtime, queue_query_pairs(), |pairs| {
            app.client.get(app.url(page)).header(COOKIE, &cookie).query(&pairs)
        });
    }
    let decide = format!("/review/applications/{reference}/decide");
    for path in [decide.as_str(), "/login", "/review/audits", "/apply"] {
        fuzz(&runtime, form_body(), |body| {
            post(path)
                .header(COOKIE, &cookie)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(body)
        });
    }

    let still_there = runtime.block_on(app.get(&status_path));
    assert_eq!(still_there.status(), 200, "the server still answers");
}

fn urlencode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}
