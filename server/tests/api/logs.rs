//! The server's log, read from the real binary's output (`LOG_FORMAT=json`): a line per
//! request with its status and latency, the refusals, and never a password, a token or the
//! applicant's personal data.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::binary::{log_of, start_binary};

const PASSWORD: &str = "correct horse battery staple";
const SUBMISSION_KEY: &str = "log-test-submission-key-0001";

#[tokio::test]
async fn every_request_is_logged_with_status_and_latency_and_no_secret_or_personal_data() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let (mut server, _) = start_binary(&data_dir, &[("LOG_FORMAT", "json")]).await;
    let base = server.base_url();
    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let application = load::application(0, SUBMISSION_KEY);

    let created =
        client.post(format!("{base}/api/v1/applications")).json(&application).send().await.expect("sent");
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.expect("JSON");
    let (reference, status_url) =
        (created["reference"].as_str().expect("reference"), created["status_url"].as_str().expect("link"));
    let token = status_url.split("token=").nth(1).expect("a token in the link");
    let status_page = client.get(format!("{base}{status_url}")).send().await.expect("sent");
    assert_eq!(status_page.status(), StatusCode::OK);
    let sign_in = [("email", "someone@example.com"), ("password", PASSWORD)];
    let failed = client.post(format!("{base}/login")).form(&sign_in).send().await.expect("sent");
    assert_eq!(failed.status(), StatusCode::SEE_OTHER);
    let anonymous = client.get(format!("{base}/api/v1/review/applications")).send().await.expect("sent");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let forged = client
        .post(format!("{base}/api/v1/applications"))
        .header("origin", "https://elsewhere.example")
        .header("sec-fetch-site", "cross-site")
        .json(&application)
        .send()
        .await
        .expect("sent");
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    server.terminate(Duration::from_secs(20)).await.expect("stopped");

    let log = std::fs::read_to_string(log_of(&data_dir)).expect("the server's log");
    let lines: Vec<Value> =
        log.lines().map(|line| serde_json::from_str(line).expect("every line is a JSON object")).collect();
    let answered = |method: &str, path: &str, status: u16| {
        lines.iter().any(|line| {
            line["fields"]["message"] == "answered"
                && line["span"]["method"] == method
                && line["span"]["path"] == path
                && line["fields"]["status"] == status
                && line["fields"]["latency_ms"].is_number()
        })
    };
    assert!(answered("POST", "/api/v1/applications", 201), "the submission");
    assert!(answered("GET", &format!("/status/{reference}"), 200), "the status page, without its query");
    assert!(answered("POST", "/login", 303), "the failed sign-in");
    assert!(answered("GET", "/api/v1/review/applications", 401), "the anonymous reviewer call");
    assert!(answered("POST", "/api/v1/applications", 403), "the forged request");
    let said = |words: &str| {
        lines.iter().any(|line| line["fields"]["message"].as_str().is_some_and(|m| m.contains(words)))
    };
    assert!(said("sign-in refused: wrong email or password"));
    assert!(said("refused: not signed in"));
    assert!(said("cross-site request refused"));
    let company = &application["company"];
    for secret in [
        token,
        PASSWORD,
        SUBMISSION_KEY,
        "someone@example.com",
        company["email"].as_str().expect("email"),
        company["contact_name"].as_str().expect("contact"),
        company["phone"].as_str().expect("phone"),
        company["legal_name"].as_str().expect("name"),
    ] {
        assert!(!log.contains(secret), "the log must not contain {secret:?}");
    }
}
