//! Messages to applicants over a real SMTP conversation (the test's own SMTP server): on
//! submission, request for information, approval and rejection, in the applicant's
//! language; kept and retried while the mail server is down; given up and shown to admins;
//! sent once by several instances.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

use app::server::Role;
use server::Config;
use server::notify::MailSettings;

use crate::helpers::TestApp;
use crate::on_db;
use crate::smtp_sink::SmtpSink;
use crate::staff::{add_staff, decide, get_as, sign_in};

const PATIENCE: Duration = Duration::from_secs(10);

async fn mailing_app(sink: &SmtpSink, settings: MailSettings) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let mail = MailSettings { smtp_url: Some(sink.url()), ..settings };
    TestApp::spawn_with(data_dir, move |config| Config { mail, ..config }).await
}

fn quick_retries() -> MailSettings {
    MailSettings { first_retry: Duration::from_secs(1), max_attempts: 10, ..MailSettings::default() }
}

/// Submits `load`'s application number `n` with the browser language `language`; its
/// reference, status path and contact address.
async fn submit(app: &TestApp, n: usize, language: &str) -> (String, String, String) {
    let body = load::application(n, &format!("email-test-key-{n:08}"));
    let response = app
        .client
        .post(app.url("/api/v1/applications"))
        .header("accept-language", language)
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.expect("JSON");
    let email = body["company"]["email"].as_str().expect("email").to_owned();
    (
        created["reference"].as_str().expect("reference").to_owned(),
        created["status_url"].as_str().expect("link").to_owned(),
        email,
    )
}

async fn outbox(app: &TestApp, cookie: &str) -> Vec<Value> {
    let response = get_as(app, "/api/v1/review/outbox", Some(cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("JSON")
}

#[tokio::test]
async fn the_applicant_is_written_to_on_submission_in_their_language_with_the_private_link() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink, quick_retries()).await;
    let (chinese, chinese_link, email) = submit(&app, 0, "zh-CN,zh;q=0.9,en;q=0.5").await;
    let (english, _, _) = submit(&app, 1, "en-GB,en;q=0.8").await;

    let received = sink.wait_for(2, PATIENCE).await;
    assert_eq!(received.len(), 2);
    let to_chinese =
        received.iter().find(|m| m.subject.contains(&chinese)).expect("the Chinese applicant's message");
    assert_eq!(to_chinese.to, vec![email]);
    assert!(to_chinese.subject.contains("我们已收到您的申请"), "{}", to_chinese.subject);
    assert!(to_chinese.body.contains(&format!("http://127.0.0.1{chinese_link}")), "{}", to_chinese.body);
    let to_english =
        received.iter().find(|m| m.subject.contains(&english)).expect("the English applicant's message");
    assert!(to_english.subject.starts_with("We have received your application"), "{}", to_english.subject);
    let status = app.get(&chinese_link).await;
    assert_eq!(status.status(), StatusCode::OK, "the link in the message opens the status page");
    let kept: Vec<Option<String>> =
        on_db!(&app.db, pool => sqlx::query_scalar("SELECT link FROM outbox").fetch_all(pool).await)
            .expect("outbox");
    assert_eq!(kept, vec![None, None], "the private link is not kept once delivered");
}

#[tokio::test]
async fn each_decision_is_written_to_the_applicant_with_the_reviewers_words() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink, quick_retries()).await;
    add_staff(&app, "decider@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "decider@example.com").await;
    let (asked, _, _) = submit(&app, 0, "en").await;
    let (approved, _, _) = submit(&app, 1, "en").await;
    let (rejected, _, _) = submit(&app, 2, "zh").await;

    let question =
        json!({"version": 1, "decision": "request_info", "message": "Which engineers hold Service?"});
    assert_eq!(decide(&app, Some(&cookie), &asked, question).await.status(), StatusCode::OK);
    let approval =
        json!({"version": 1, "decision": "approve", "category": "enterprise", "enterprise_level": "trial"});
    assert_eq!(decide(&app, Some(&cookie), &approved, approval).await.status(), StatusCode::OK);
    let rejection = json!({"version": 1, "decision": "reject", "reason": "证书无法核实"});
    assert_eq!(decide(&app, Some(&cookie), &rejected, rejection).await.status(), StatusCode::OK);

    let received = sink.wait_for(6, PATIENCE).await;
    let about = |reference: &str, words: &str| {
        received.iter().any(|m| m.subject.contains(reference) && m.subject.contains(words))
    };
    assert!(about(&asked, "More information needed"));
    assert!(about(&approved, "is approved"));
    assert!(about(&rejected, "未获批准"));
    let asking = received.iter().find(|m| m.subject.contains("More information")).expect("the question");
    assert!(asking.body.contains("Which engineers hold Service?"));
    let refusal = received.iter().find(|m| m.subject.contains("未获批准")).expect("the refusal");
    assert!(refusal.body.contains("证书无法核实"));
    assert_eq!(received.len(), 6, "three submissions, three decisions, nothing twice");
}

#[tokio::test]
async fn a_message_waits_while_the_mail_server_is_down_and_arrives_when_it_is_back() {
    let mut sink = SmtpSink::start().await;
    let app = mailing_app(&sink, quick_retries()).await;
    add_staff(&app, "admin@example.com", Role::Admin).await;
    let cookie = sign_in(&app, "admin@example.com").await;
    let (reference, _, _) = submit(&app, 0, "en").await;
    assert_eq!(sink.wait_for(1, PATIENCE).await.len(), 1);

    sink.stop();
    let rejection = json!({"version": 1, "decision": "reject", "reason": "Roster could not be verified"});
    assert_eq!(decide(&app, Some(&cookie), &reference, rejection).await.status(), StatusCode::OK);
    let deadline = std::time::Instant::now() + PATIENCE;
    let waiting = loop {
        let waiting = outbox(&app, &cookie).await;
        // An attempt is counted when the worker claims the message and its error recorded
        // once the send has failed: wait for the failure, not only the claim.
        let failed_once =
            waiting.first().is_some_and(|m| m["last_error"].as_str().is_some_and(|e| !e.is_empty()));
        if failed_once || std::time::Instant::now() > deadline {
            break waiting;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0]["template"], "rejected");
    assert!(waiting[0]["attempts"].as_i64().is_some_and(|n| n >= 1));
    assert!(waiting[0]["last_error"].as_str().is_some_and(|e| !e.is_empty()));
    assert!(waiting[0]["failed_at"].is_null(), "still being retried");

    assert_eq!(sink.received().len(), 1, "nothing arrives while the mail server is down");
    sink.restart().await;
    let received = sink.wait_for(2, PATIENCE).await;
    assert_eq!(received.len(), 2, "the message sent while the server was down arrives");
    assert!(received[1].subject.contains("was not approved"), "{}", received[1].subject);
    assert!(outbox(&app, &cookie).await.is_empty());
}

#[tokio::test]
async fn a_message_refused_for_good_is_given_up_and_shown_to_admins_only() {
    let sink = SmtpSink::start().await;
    let settings = MailSettings { first_retry: Duration::ZERO, max_attempts: 2, ..MailSettings::default() };
    let app = mailing_app(&sink, settings).await;
    add_staff(&app, "admin@example.com", Role::Admin).await;
    add_staff(&app, "reviewer@example.com", Role::Reviewer).await;
    let admin = sign_in(&app, "admin@example.com").await;
    let reviewer = sign_in(&app, "reviewer@example.com").await;
    sink.refuse_recipients(true);
    let (reference, _, _) = submit(&app, 0, "en").await;

    let deadline = std::time::Instant::now() + PATIENCE;
    let failed = loop {
        let listed = outbox(&app, &admin).await;
        if listed.first().is_some_and(|m| !m["failed_at"].is_null()) || std::time::Instant::now() > deadline {
            break listed;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["reference"], reference.as_str());
    assert_eq!(failed[0]["attempts"], 2);
    assert!(failed[0]["last_error"].as_str().is_some_and(|e| e.contains("550")), "{:?}", failed[0]);
    assert!(sink.received().is_empty());
    let kept: Vec<Option<String>> =
        on_db!(&app.db, pool => sqlx::query_scalar("SELECT link FROM outbox").fetch_all(pool).await)
            .expect("read");
    assert_eq!(kept, vec![None], "a message given up keeps no private link");
    assert_eq!(get_as(&app, "/api/v1/review/outbox", Some(&reviewer)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(get_as(&app, "/api/v1/review/outbox", None).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn two_instances_on_one_database_send_each_message_once() {
    let sink = SmtpSink::start().await;
    let first = mailing_app(&sink, quick_retries()).await;
    let url = sink.url();
    let second = first
        .spawn_sharing_with(move |config| Config {
            mail: MailSettings { smtp_url: Some(url), ..quick_retries() },
            ..config
        })
        .await;
    for n in 0..20 {
        submit(if n % 2 == 0 { &first } else { &second }, n, "en").await;
    }

    assert_eq!(sink.wait_for(20, PATIENCE).await.len(), 20);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let received = sink.received();
    let mut ids: Vec<&str> = received.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!((received.len(), ids.len()), (20, 20), "each message once, by one instance");
}

#[tokio::test]
async fn the_wizard_submission_is_written_to_in_the_language_the_page_was_read_in() {
    let sink = SmtpSink::start().await;
    let app = mailing_app(&sink, quick_retries()).await;
    let body = json!({"request": load::application(3, "email-test-wizard-0001")});
    let response = app
        .client
        .post(app.url("/fn/submit_application"))
        .header("cookie", "i18n_pref_locale=zh")
        .header("accept-language", "en")
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);

    let received = sink.wait_for(1, PATIENCE).await;
    assert_eq!(received.len(), 1);
    assert!(received[0].subject.starts_with("我们已收到您的申请"), "{}", received[0].subject);
}
