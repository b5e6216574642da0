//! Every view of the reviewers' console, rendered by the server in English and in Chinese
//! with data on it (flags, partners in each standing that has a form, an audit with a
//! finding, a webhook with a failed delivery): no raw key (`info_requested`,
//! `console_flag_short`, `{{ count }}`) anywhere in the text a reviewer reads, and on the
//! Chinese pages none of the English words the console has for the domain's values.

use std::collections::BTreeMap;
use std::time::Duration;

use regex::Regex;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use serde_json::json;

use app::server::Role;

use crate::helpers::TestApp;
use crate::partner_support::{Roster, approved_partner, partner_id};
use crate::staff::{add_staff, sign_in};

/// The text of a page as a reader sees it: no scripts, styles, comments, tags or attributes.
fn visible_text(html: &str) -> String {
    let hidden = Regex::new(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<title>.*?</title>")
        .expect("pattern");
    let tags = Regex::new(r"(?s)<[^>]*>").expect("pattern");
    let text = tags.replace_all(&hidden.replace_all(html, " "), " ").into_owned();
    text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
}

/// The locale file `language` (`en`, `zh`), as key → text.
fn locale(language: &str) -> BTreeMap<String, String> {
    let path = format!("{}/../app/locales/{language}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("locale file");
    serde_json::from_str(&text).expect("locale JSON")
}

/// The English words for the domain's values (statuses, standings, flags, categories,
/// history, findings, declarations, refusals, …) that differ in Chinese.
fn english_domain_words() -> Vec<String> {
    let (en, zh) = (locale("en"), locale("zh"));
    let prefixes = [
        "console_status_",
        "console_standing_",
        "console_flag_",
        "console_category_",
        "console_tier_",
        "console_history_",
        "console_finding_",
        "console_declaration_",
        "console_refused_",
        "console_sort_",
        "console_role_",
        "console_requirement_",
        "console_event_",
        "console_actor_",
        "state_",
        "level_",
    ];
    en.iter()
        .filter(|(key, _)| prefixes.iter().any(|p| key.starts_with(p)))
        .filter(|(key, text)| zh.get(*key) != Some(*text))
        .map(|(_, text)| text.clone())
        .collect()
}

async fn page(app: &TestApp, path: &str, session: &str, language: &str) -> String {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, format!("{session}; i18n_pref_locale={language}"))
        .header("accept", "text/html")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK, "{path} in {language}");
    response.text().await.expect("HTML")
}

/// A console with something on every view; its paths.
async fn populated_console(app: &TestApp, admin: &str) -> Vec<String> {
    let submitted = app
        .post_json(
            "/api/v1/applications",
            &json!({
                "category": "enterprise", "enterprise_level": "trial",
                "engineers": [{"name": "Wang Fang", "certificate_id": "LANG-S0", "track": "automation", "certification": "service"}],
                "declarations": {"concept_and_assessment": true},
                "company": {"legal_name": "Lanjing Systems Ltd", "registration_number": "201912345K", "country": "Singapore",
                            "website": "lanjing.example.sg", "contact_name": "Tan Mei", "email": "tan@example.sg",
                            "phone": "+65 6123 4567"},
                "submission_key": "console-language-key-01"
            }),
        )
        .await;
    assert_eq!(submitted.status(), StatusCode::CREATED);
    let submitted: serde_json::Value = submitted.json().await.expect("JSON");
    let application = submitted["reference"].as_str().expect("reference").to_owned();

    let awaiting_fee = approved_partner(
        app,
        admin,
        "enterprise",
        Some("third"),
        Roster { prefix: "FEE", service: 5, development: 5 },
    )
    .await;
    let active =
        approved_partner(app, admin, "community", None, Roster { prefix: "ACT", service: 2, development: 1 })
            .await;
    let (fee_id, active_id) =
        (partner_id(app, admin, &awaiting_fee).await, partner_id(app, admin, &active).await);

    let started = app
        .client
        .post(app.url("/review/audits"))
        .header(COOKIE, admin)
        .form(&[("quarter", "2026-Q4"), ("size_kind", "percent"), ("size", "100")])
        .send()
        .await
        .expect("sent");
    let audit = started.headers()[LOCATION].to_str().expect("ASCII").to_owned();
    assert!(audit.starts_with("/review/audits/"), "{audit}");
    let checked = app
        .client
        .post(app.url(&format!("{audit}/checks/{active_id}")))
        .header(COOKIE, admin)
        .form(&[
            ("finding:ACT-S0", "confirmed"),
            ("finding:ACT-S1", "left"),
            ("finding:ACT-D0", "false_certificate"),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(checked.status(), StatusCode::SEE_OTHER);

    // Nobody listens on port 9: the delivery fails and waits for its retry.
    let registered = app
        .client
        .post(app.url("/api/v1/review/webhooks"))
        .header(COOKIE, admin)
        .json(&json!({"url": "http://127.0.0.1:9/hook", "secret": "sixteen characters at least"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(registered.status(), StatusCode::CREATED);
    let another =
        app.post_json("/api/v1/applications", &load::application(1, "console-language-key-02")).await;
    assert_eq!(another.status(), StatusCode::CREATED);
    tokio::time::sleep(Duration::from_millis(1500)).await;

    [
        "/review".to_owned(),
        "/review/applications".to_owned(),
        format!("/review/applications/{application}"),
        "/review/partners".to_owned(),
        format!("/review/partners/{fee_id}"),
        format!("/review/partners/{active_id}"),
        "/review/audits".to_owned(),
        audit,
        "/review/integrations".to_owned(),
        "/review/accounts".to_owned(),
        "/review/password".to_owned(),
    ]
    .into()
}

#[tokio::test]
async fn every_console_view_reads_in_english_and_in_chinese_without_a_raw_key() {
    let app = TestApp::spawn().await;
    add_staff(&app, "language.admin@example.com", Role::Admin).await;
    let admin = sign_in(&app, "language.admin@example.com").await;
    let paths = populated_console(&app, &admin).await;

    let raw_key = Regex::new(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\{\{").expect("pattern");
    let english = english_domain_words();
    assert!(english.len() > 60, "the English domain words were read ({})", english.len());
    for path in &paths {
        for language in ["en", "zh"] {
            let html = page(&app, path, &admin, language).await;
            assert!(html.contains(&format!("<html lang=\"{language}\"")), "{path} in {language}");
            let text = visible_text(&html);
            let raw: Vec<&str> = raw_key.find_iter(&text).map(|m| m.as_str()).collect();
            if let Some(first) = raw_key.find(&text) {
                let around = &text[first.start().saturating_sub(300)..(first.end() + 100).min(text.len())];
                panic!("{path} in {language} shows raw keys: {raw:?}, first in: …{around}…");
            }
            if language == "zh" {
                let untranslated: Vec<&String> =
                    english.iter().filter(|word| text.contains(word.as_str())).collect();
                assert!(untranslated.is_empty(), "{path} in Chinese shows English: {untranslated:?}");
                assert!(text.contains("概览") && text.contains("审核控制台"), "{path}: the Chinese bar");
            }
        }
    }
    // The pages carry what the check is about: flags, standings, a finding, a delivery.
    let partners = page(&app, "/review/partners", &admin, "zh").await;
    assert!(partners.contains("待缴费") && partners.contains("合作中"), "standings in Chinese");
    let application = page(&app, &paths[2], &admin, "zh").await;
    assert!(application.contains("data-flag=\"ineligible\""), "the red flags are shown");
}
