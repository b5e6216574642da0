//! Staff two-factor sign-in (TOTP, RFC 6238): admins set up an authenticator at their first
//! sign-in; a code works once; recovery codes work once each; the second step gives no
//! rights until it is done and is rate-limited as the password is.

use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION};

use app::server::Role;
use server::Config;
use server::accounts::TwoFactorPolicy;
use server::guards::RateLimitSettings;

use crate::helpers::TestApp;
use crate::on_db;
use crate::second_factor_support::{code_at, now_step, secret_on};
use crate::staff::{PASSWORD, add_staff, get_as, post_login, session_cookie, sign_in};

async fn post(app: &TestApp, path: &str, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client.post(app.url(path)).header(COOKIE, cookie).form(form).send().await.expect("sent")
}

fn location(response: &reqwest::Response) -> String {
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> String {
    get_as(app, path, Some(cookie)).await.text().await.expect("page")
}

async fn signed_in(app: &TestApp, cookie: &str) -> bool {
    get_as(app, "/api/v1/review/applications", Some(cookie)).await.status() == StatusCode::OK
}

fn recovery_codes_on(page: &str) -> Vec<String> {
    page.split("<li><code>").skip(1).filter_map(|rest| rest.split('<').next()).map(str::to_owned).collect()
}

#[tokio::test]
async fn an_admin_sets_up_an_authenticator_then_each_code_and_recovery_code_works_once() {
    let app = TestApp::spawn().await;
    add_staff(&app, "lead@example.com", Role::Admin).await;

    // The password alone leads to the set-up, with no rights yet.
    let password = post_login(&app, "lead@example.com", PASSWORD, None).await;
    assert_eq!(location(&password), "/login/enrol");
    let pending = session_cookie(&password).expect("a session");
    assert!(!signed_in(&app, &pending).await, "no rights before the second step");
    let enrol_page = page(&app, "/login/enrol", &pending).await;
    let secret = secret_on(&enrol_page);
    assert_eq!(secret.len(), 32, "160 bits in base32: {secret}");
    let qr = get_as(&app, "/login/enrol/qr.svg", Some(&pending)).await;
    assert_eq!(qr.headers()[CONTENT_TYPE], "image/svg+xml");
    assert!(qr.text().await.expect("SVG").contains("<svg"), "drawn on the server");
    assert_eq!(get_as(&app, "/login/enrol/qr.svg", None).await.status(), StatusCode::NOT_FOUND);

    let wrong = code_at(&secret, now_step() + 5);
    assert_eq!(
        location(&post(&app, "/login/enrol", &pending, &[("code", &wrong)]).await),
        "/login/enrol?failed=1"
    );
    let step = now_step();
    let enrolled = post(&app, "/login/enrol", &pending, &[("code", &code_at(&secret, step))]).await;
    assert_eq!(location(&enrolled), "/login/recovery-codes");
    let cookie = session_cookie(&enrolled).expect("a new session id");
    assert_ne!(cookie, pending);
    assert!(signed_in(&app, &cookie).await);
    let codes = recovery_codes_on(&page(&app, "/login/recovery-codes", &cookie).await);
    assert_eq!(codes.len(), 10, "{codes:?}");
    assert_eq!(location(&post(&app, "/login/recovery-codes", &cookie, &[]).await), "/review");
    assert!(recovery_codes_on(&page(&app, "/login/recovery-codes", &cookie).await).is_empty(), "shown once");

    // Next time: the password, then a code. The code that enrolled cannot sign in again.
    let again = post_login(&app, "lead@example.com", PASSWORD, None).await;
    assert_eq!(location(&again), "/login/code");
    let pending = session_cookie(&again).expect("a session");
    assert!(!signed_in(&app, &pending).await);
    let replayed = post(&app, "/login/code", &pending, &[("code", &code_at(&secret, step))]).await;
    assert_eq!(location(&replayed), "/login/code?failed=1", "a code works once");
    let fresh = post(&app, "/login/code", &pending, &[("code", &code_at(&secret, step + 1))]).await;
    assert_eq!(location(&fresh), "/review");
    assert!(signed_in(&app, &session_cookie(&fresh).expect("a session")).await);

    // A recovery code, typed in lower case and with spaces, instead of the app's code; once.
    let typed = format!(" {} ", codes[3].to_lowercase());
    for (attempt, expected) in [(1, "/review"), (2, "/login/code?failed=1")] {
        let password = post_login(&app, "lead@example.com", PASSWORD, None).await;
        let pending = session_cookie(&password).expect("a session");
        let used = post(&app, "/login/code", &pending, &[("code", &typed)]).await;
        assert_eq!(location(&used), expected, "recovery code, attempt {attempt}");
    }
    let accounts =
        get_as(&app, "/api/v1/review/accounts", Some(&session_cookie(&fresh).expect("session"))).await;
    let accounts: serde_json::Value = accounts.json().await.expect("JSON");
    assert_eq!(accounts[0]["two_factor"], true, "{accounts}");
    let trail: Vec<String> =
        on_db!(&app.db, pool => sqlx::query_scalar("SELECT kind FROM staff_events ORDER BY id").fetch_all(pool).await)
            .expect("trail");
    assert!(
        trail.ends_with(&["two_factor_enabled".to_owned(), "recovery_code_used".to_owned()]),
        "{trail:?}"
    );
}

#[tokio::test]
async fn reviewers_use_a_second_factor_when_the_operator_requires_it() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let straight = post_login(&app, "mei@example.com", PASSWORD, None).await;
    assert_eq!(location(&straight), "/review", "not required for reviewers by default");

    let data_dir = tempfile::tempdir().expect("temporary directory");
    let strict = TestApp::spawn_with(data_dir, |config| Config {
        two_factor: TwoFactorPolicy { reviewers_too: true },
        ..config
    })
    .await;
    add_staff(&strict, "mei@example.com", Role::Reviewer).await;
    let password = post_login(&strict, "mei@example.com", PASSWORD, None).await;
    assert_eq!(location(&password), "/login/enrol", "STAFF_2FA=required");
    assert!(signed_in(&strict, &sign_in(&strict, "mei@example.com").await).await);
}

#[tokio::test]
async fn guessing_codes_is_rate_limited_like_passwords() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let limits = RateLimitSettings { sign_ins_per_account: 3, ..RateLimitSettings::default() };
    let app = TestApp::spawn_with(data_dir, move |config| Config { rate_limits: limits, ..config }).await;
    add_staff(&app, "lead@example.com", Role::Admin).await;
    let password = post_login(&app, "lead@example.com", PASSWORD, None).await;
    let pending = session_cookie(&password).expect("a session");
    let mut statuses = Vec::new();
    for guess in ["000000", "111111", "222222", "333333", "444444"] {
        statuses.push(post(&app, "/login/enrol", &pending, &[("code", guess)]).await.status());
    }
    assert_eq!(statuses[..3], [StatusCode::SEE_OTHER; 3], "{statuses:?}");
    assert!(statuses[3..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

#[tokio::test]
async fn resetting_a_lost_second_factor_ends_the_sessions_and_asks_for_a_new_one() {
    let app = TestApp::spawn().await;
    add_staff(&app, "lead@example.com", Role::Admin).await;
    let cookie = sign_in(&app, "lead@example.com").await;
    assert!(signed_in(&app, &cookie).await);
    // Sessions that started in the same second as the reset survive it: step past it.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let reset = server::cli::ReviewerCommand::ResetTwoFactor { email: "Lead@Example.com".to_owned() };
    server::cli::run_reviewer_command(&app.db, reset).await.expect("reset");
    assert!(!signed_in(&app, &cookie).await, "its sessions ended");
    let password = post_login(&app, "lead@example.com", PASSWORD, None).await;
    assert_eq!(location(&password), "/login/enrol", "set up again");
}
