//! Who may call what: every route of the site, every operation of the API, every server
//! function and every page, with the role it needs. A route added without an entry here
//! fails the first test; an entry whose route lets the wrong people in fails the second.

use std::collections::BTreeSet;

use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use app::server::Role;
use server::routes::Access;

use crate::helpers::TestApp;
use crate::staff::{add_staff, sign_in};

use Access::{Admin, Public, Reviewer};

/// How a request to an entry is sent: its body is one a caller with the role would send
/// (server functions read their arguments before they check the caller).
#[derive(Debug, Clone, Copy)]
enum Body {
    None,
    Form(&'static str),
    Json(&'static str),
}

/// Every entry: method, path (`{name}` for a parameter), the role it needs, and a body.
const ACCESS: &[(&str, &str, Access, Body)] = &[
    // The site's forms, downloads and live stream.
    ("GET", "/lang/{locale}", Public, Body::None),
    ("POST", "/apply", Public, Body::Form("step=company&action=next")),
    ("POST", "/login", Public, Body::Form("email=a%40example.com&password=wrong")),
    ("POST", "/login/code", Public, Body::Form("code=123456")),
    ("POST", "/login/enrol", Public, Body::Form("code=123456")),
    ("GET", "/login/enrol/qr.svg", Public, Body::None),
    ("POST", "/login/recovery-codes", Public, Body::None),
    ("POST", "/logout", Public, Body::None),
    ("POST", "/account/password", Public, Body::Form("token=00&password=x&confirm=x")),
    ("POST", "/status/{reference}/roster", Public, Body::Form("token=x&request=%7B%7D")),
    (
        "POST",
        "/review/applications/{reference}/decide",
        Reviewer,
        Body::Form("version=1&decision=reject&reason=x"),
    ),
    ("GET", "/review/export.csv", Reviewer, Body::None),
    ("GET", "/review/partners.csv", Reviewer, Body::None),
    ("POST", "/review/partners/{id}/act", Reviewer, Body::Form("version=1&action=renew")),
    ("POST", "/review/audits", Admin, Body::Form("quarter=2026-Q4&size_kind=count&size=1")),
    ("POST", "/review/audits/{audit}/checks/{partner}", Admin, Body::Form("")),
    ("GET", "/review/events", Reviewer, Body::None),
    ("POST", "/review/webhooks", Admin, Body::Form("url=https%3A%2F%2Fexample.com%2Fh&secret=x")),
    ("POST", "/review/webhooks/{id}/disable", Admin, Body::None),
    // The JSON API.
    ("GET", "/api/v1/policy", Public, Body::None),
    ("POST", "/api/v1/eligibility", Public, Body::Json("{}")),
    ("POST", "/api/v1/applications", Public, Body::Json("{}")),
    ("GET", "/api/v1/applications/{reference}", Public, Body::None),
    ("POST", "/api/v1/applications/{reference}/resubmissions", Public, Body::Json("{}")),
    ("GET", "/api/v1/review/applications", Reviewer, Body::None),
    ("POST", "/api/v1/review/applications/{reference}/decisions", Reviewer, Body::Json("{}")),
    ("GET", "/api/v1/review/applications/{reference}/versions", Reviewer, Body::None),
    ("GET", "/api/v1/review/accounts", Admin, Body::None),
    ("GET", "/api/v1/review/outbox", Admin, Body::None),
    ("GET", "/api/v1/review/webhooks", Admin, Body::None),
    ("POST", "/api/v1/review/webhooks", Admin, Body::Json("{}")),
    ("DELETE", "/api/v1/review/webhooks/{id}", Admin, Body::None),
    ("GET", "/api/v1/review/webhooks/{id}/deliveries", Admin, Body::None),
    // Server functions.
    ("POST", "/fn/submit_application", Public, Body::Json(r#"{"request": {}}"#)),
    ("POST", "/fn/application_for_resubmission", Public, Body::Form("reference=BK-2222-2222&token=x")),
    ("POST", "/fn/application_status", Public, Body::Form("reference=BK-2222-2222&token=x")),
    ("POST", "/fn/partner_roster", Public, Body::Form("reference=BK-2222-2222&token=x")),
    ("POST", "/fn/review_queue", Reviewer, Body::Json(r#"{"filter": {}}"#)),
    ("POST", "/fn/review_application", Reviewer, Body::Form("reference=BK-2222-2222")),
    ("POST", "/fn/application_versions", Reviewer, Body::Form("reference=BK-2222-2222")),
    ("POST", "/fn/compare_versions", Reviewer, Body::Form("reference=BK-2222-2222&from=1&to=2")),
    ("POST", "/fn/review_partners", Reviewer, Body::Json(r#"{"filter": {}}"#)),
    ("POST", "/fn/review_partner", Reviewer, Body::Form("id=1")),
    ("POST", "/fn/review_audits", Reviewer, Body::None),
    ("POST", "/fn/review_audit", Reviewer, Body::Form("id=1")),
    ("POST", "/fn/review_integrations", Admin, Body::None),
    ("POST", "/fn/current_staff", Reviewer, Body::None),
    ("POST", "/fn/review_dashboard", Reviewer, Body::None),
    ("POST", "/fn/queue_change", Reviewer, Body::Json(r#"{"filter": {}, "reference": "BK-2222-2222"}"#)),
    (
        "POST",
        "/fn/decide_application",
        Reviewer,
        Body::Json(
            r#"{"reference": "BK-2222-2222", "request": {"version": 1, "decision": "reject", "reason": "x"}}"#,
        ),
    ),
    ("POST", "/fn/partner_change", Reviewer, Body::Json(r#"{"filter": {}, "reference": "BK-2222-2222"}"#)),
    (
        "POST",
        "/fn/act_on_partner",
        Reviewer,
        Body::Json(r#"{"id": 1, "version": 1, "action": {"action": "renew"}}"#),
    ),
    ("POST", "/fn/start_audit", Admin, Body::Json(r#"{"quarter": "2026-Q4", "size": {"count": 1}}"#)),
    ("POST", "/fn/record_audit_check", Admin, Body::Json(r#"{"audit": 1, "partner": 1, "found": []}"#)),
    (
        "POST",
        "/fn/register_webhook",
        Admin,
        Body::Json(r#"{"endpoint": {"url": "https://example.com/h", "secret": "x"}}"#),
    ),
    ("POST", "/fn/disable_webhook", Admin, Body::Form("id=1")),
    ("POST", "/fn/review_accounts", Admin, Body::None),
    ("POST", "/fn/add_account", Admin, Body::Form("email=new%40example.com&role=reviewer")),
    ("POST", "/fn/reset_password", Admin, Body::Form("id=999")),
    ("POST", "/fn/set_account_disabled", Admin, Body::Form("id=999&disabled=true")),
    ("POST", "/fn/change_own_password", Reviewer, Body::Form("current=x&new=y")),
    // Pages.
    ("GET", "/", Public, Body::None),
    ("GET", "/apply", Public, Body::None),
    ("GET", "/login", Public, Body::None),
    ("GET", "/login/code", Public, Body::None),
    ("GET", "/login/enrol", Public, Body::None),
    ("GET", "/login/recovery-codes", Public, Body::None),
    ("GET", "/account/password", Public, Body::None),
    ("GET", "/status/{reference}", Public, Body::None),
    ("GET", "/status/{reference}/roster", Public, Body::None),
    ("GET", "/review", Reviewer, Body::None),
    ("GET", "/review/applications", Reviewer, Body::None),
    ("GET", "/review/applications/{reference}", Reviewer, Body::None),
    ("GET", "/review/partners", Reviewer, Body::None),
    ("GET", "/review/partners/{id}", Reviewer, Body::None),
    ("GET", "/review/audits", Reviewer, Body::None),
    ("GET", "/review/audits/{id}", Reviewer, Body::None),
    ("GET", "/review/integrations", Admin, Body::None),
    ("GET", "/review/accounts", Admin, Body::None),
    ("GET", "/review/password", Reviewer, Body::None),
];

/// `/review/applications/:reference` and `/review/applications/{reference}` alike.
fn template(path: &str) -> String {
    path.split('/')
        .map(|part| match part.strip_prefix(':') {
            Some(name) => format!("{{{name}}}"),
            None => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn concrete(path: &str) -> String {
    path.split('/')
        .map(|part| match part {
            "{reference}" => "BK-2222-2222",
            "{locale}" => "zh",
            part if part.starts_with('{') => "1",
            part => part,
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test]
async fn every_route_server_function_and_page_is_listed_with_the_role_it_needs() {
    let app = TestApp::spawn().await;
    let listed: BTreeSet<(String, String)> =
        ACCESS.iter().map(|(method, path, ..)| ((*method).to_owned(), (*path).to_owned())).collect();
    let mut found = BTreeSet::new();
    for route in server::routes::site_routes() {
        found.insert((route.method.to_string(), route.path.to_owned()));
    }
    let description: Value = app.get("/api/v1/openapi.json").await.json().await.expect("JSON");
    for (path, operations) in description["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys() {
            found.insert((method.to_uppercase(), path.clone()));
        }
    }
    for (path, method) in leptos::server_fn::axum::server_fn_paths() {
        found.insert((method.to_string(), path.to_owned()));
    }
    for page in leptos_axum::generate_route_list(app::App)
        .into_iter()
        .chain(leptos_axum::generate_route_list(console::ConsoleApp))
    {
        found.insert(("GET".to_owned(), template(page.path())));
    }
    let unlisted: Vec<_> = found.difference(&listed).collect();
    assert!(unlisted.is_empty(), "routes without an entry in ACCESS (say who may call them): {unlisted:?}");
    let gone: Vec<_> = listed.difference(&found).collect();
    assert!(gone.is_empty(), "entries in ACCESS for routes that do not exist: {gone:?}");
    for route in server::routes::site_routes() {
        let entry = ACCESS.iter().find(|(m, p, ..)| *m == route.method.as_str() && *p == route.path);
        assert_eq!(
            entry.map(|e| e.2),
            Some(route.access),
            "{} {}: declared and listed alike",
            route.method,
            route.path
        );
    }
}

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    body: Body,
    cookie: Option<&str>,
) -> reqwest::Response {
    let method = Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = app.client.request(method, app.url(&concrete(path)));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request = match body {
        Body::None => request,
        Body::Form(form) => request.header(CONTENT_TYPE, "application/x-www-form-urlencoded").body(form),
        Body::Json(json) => request.header(CONTENT_TYPE, "application/json").body(json),
    };
    request.send().await.expect("request sent")
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get(LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned()
}

/// Nobody signed in: 401, or (forms and pages) the sign-in page.
fn unauthenticated(response: &reqwest::Response) -> bool {
    response.status() == StatusCode::UNAUTHORIZED || location(response).starts_with("/login")
}

/// Signed in, role too low: 403, or (forms) back with the refusal.
fn forbidden(response: &reqwest::Response) -> bool {
    response.status() == StatusCode::FORBIDDEN || location(response).contains("refused=forbidden")
}

#[tokio::test]
async fn each_route_lets_in_exactly_the_roles_it_lists() {
    let app = TestApp::spawn().await;
    add_staff(&app, "access.reviewer@example.com", Role::Reviewer).await;
    add_staff(&app, "access.admin@example.com", Role::Admin).await;
    let reviewer = sign_in(&app, "access.reviewer@example.com").await;
    let admin = sign_in(&app, "access.admin@example.com").await;
    for &(method, path, access, body) in ACCESS {
        if access == Public {
            continue;
        }
        let anonymous = call(&app, method, path, body, None).await;
        assert!(
            unauthenticated(&anonymous),
            "{method} {path} let an anonymous caller in: {}",
            anonymous.status()
        );
        let as_reviewer = call(&app, method, path, body, Some(&reviewer)).await;
        match access {
            Admin => assert!(
                forbidden(&as_reviewer),
                "{method} {path} let a reviewer in: {}",
                as_reviewer.status()
            ),
            _ => assert!(
                !unauthenticated(&as_reviewer) && !forbidden(&as_reviewer),
                "{method} {path} refused a reviewer: {}",
                as_reviewer.status()
            ),
        }
        let as_admin = call(&app, method, path, body, Some(&admin)).await;
        assert!(
            !unauthenticated(&as_admin) && !forbidden(&as_admin),
            "{method} {path} refused an admin: {} {}",
            as_admin.status(),
            location(&as_admin)
        );
    }
}
