//! Signing staff in through the second step, as a person with an authenticator app would:
//! the helpers read the key from the enrolment page, keep it, and compute each code. A code
//! works once, so a helper takes a step nobody used yet, waiting for the next when the
//! window (one step either side of now) is used up.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::helpers::TestApp;
use crate::staff::session_cookie;

/// An account on a database: whose authenticator.
type Account = (String, String);
/// The key and the last step used.
type Authenticator = (String, i64);

static AUTHENTICATORS: LazyLock<Mutex<HashMap<Account, Authenticator>>> = LazyLock::new(Default::default);

pub fn code_at(secret: &str, step: i64) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().expect("a base32 key");
    TOTP::new_unchecked(Algorithm::SHA1, 6, 0, 30, bytes, None, String::new())
        .generate(u64::try_from(step * 30).expect("after 1970"))
}

pub fn now_step() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp() / 30
}

/// The key the enrolment page shows (its `data-secret`).
pub fn secret_on(page: &str) -> String {
    page.split("data-secret=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a key on the page")
        .to_owned()
}

fn remember(app: &TestApp, email: &str, secret: &str, step: i64) {
    let key = (app.database_url.clone(), email.to_lowercase());
    AUTHENTICATORS.lock().expect("authenticators").insert(key, (secret.to_owned(), step));
}

/// A code for a step not used yet for `email`, and that step.
async fn fresh_code(app: &TestApp, email: &str) -> (String, i64) {
    let key = (app.database_url.clone(), email.to_lowercase());
    let (secret, last) =
        AUTHENTICATORS.lock().expect("authenticators").get(&key).cloned().expect("enrolled by a helper");
    loop {
        let step = (now_step() - 1).max(last + 1);
        if step <= now_step() + 1 {
            return (code_at(&secret, step), step);
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn post_form(app: &TestApp, path: &str, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client.post(app.url(path)).header(COOKIE, cookie).form(form).send().await.expect("sent")
}

/// Sets up the authenticator for the pending sign-in `cookie` and finishes it; the new cookie.
pub async fn enrol(app: &TestApp, email: &str, cookie: &str) -> String {
    let page = app.client.get(app.url("/login/enrol")).header(COOKIE, cookie).send().await.expect("sent");
    let secret = secret_on(&page.text().await.expect("page"));
    let step = now_step();
    let confirmed = post_form(app, "/login/enrol", cookie, &[("code", &code_at(&secret, step))]).await;
    assert_eq!(confirmed.headers()[LOCATION], "/login/recovery-codes");
    remember(app, email, &secret, step);
    let cookie = session_cookie(&confirmed).expect("a new session id");
    let kept = post_form(app, "/login/recovery-codes", &cookie, &[]).await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    cookie
}

/// Enters a fresh code for the pending sign-in `cookie`; the new cookie.
pub async fn enter_code(app: &TestApp, email: &str, cookie: &str) -> String {
    let (code, step) = fresh_code(app, email).await;
    let entered = post_form(app, "/login/code", cookie, &[("code", &code)]).await;
    assert_eq!(entered.status(), StatusCode::SEE_OTHER);
    assert_ne!(entered.headers()[LOCATION], "/login/code?failed=1", "code of step {step} taken");
    let key = (app.database_url.clone(), email.to_lowercase());
    if let Some(entry) = AUTHENTICATORS.lock().expect("authenticators").get_mut(&key) {
        entry.1 = step;
    }
    session_cookie(&entered).expect("a new session id")
}
