//! Staff accounts on the web: an admin adds one with a one-time set-password link, disables,
//! enables and resets it; every staff member changes their own password; each change is in
//! the trail with who made it.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use serde_json::Value;

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, get_as, post_login, session_cookie, sign_in};

/// Calls a console server function as `cookie` with a form body.
async fn call(app: &TestApp, cookie: &str, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
    let request = app.client.post(app.url(&format!("/fn/{endpoint}"))).header(COOKIE, cookie).form(form);
    request.send().await.expect("sent")
}

/// Posts the set-password form of a link; the redirect's target.
async fn use_link(app: &TestApp, path: &str, password: &str, confirm: &str) -> String {
    let token = path.split("token=").nth(1).expect("a token");
    let response = app
        .client
        .post(app.url("/account/password"))
        .form(&[("token", token), ("password", password), ("confirm", confirm)])
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().expect("ASCII").to_owned()
}

/// The session cookie `email` gets with `password`, if it signs in.
async fn session(app: &TestApp, email: &str, password: &str) -> Option<String> {
    let response = post_login(app, email, password, None).await;
    (response.headers()[LOCATION] == "/review").then(|| session_cookie(&response)).flatten()
}

async fn signed_in(app: &TestApp, cookie: &str) -> bool {
    get_as(app, "/api/v1/review/applications", Some(cookie)).await.status() == StatusCode::OK
}

#[tokio::test]
async fn an_admin_adds_disables_enables_and_resets_an_account_and_the_trail_names_who_did_each() {
    let app = TestApp::spawn().await;
    add_staff(&app, "lead@example.org", Role::Admin).await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let (admin, mei) = (sign_in(&app, "lead@example.org").await, sign_in(&app, "mei@example.org").await);
    let new = [("email", "Chen.Jing@Example.org"), ("role", "reviewer")];
    assert_eq!(call(&app, &mei, "add_account", &new).await.status(), StatusCode::FORBIDDEN, "admins only");

    let added = call(&app, &admin, "add_account", &new).await;
    assert_eq!(added.status(), StatusCode::OK);
    let link: Value = added.json().await.expect("JSON");
    let path = link["path"].as_str().expect("a link").to_owned();
    assert!(path.starts_with("/account/password?token=") && path.len() > 80, "{path}");
    let again = call(&app, &admin, "add_account", &new).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY, "one account per address");

    // Before its link is used the account opens with no password.
    assert!(session(&app, "chen.jing@example.org", "a long enough passphrase").await.is_none());
    let page = get_as(&app, &path, None).await.text().await.expect("HTML");
    assert!(page.contains(r#"action="/account/password""#) && page.contains("no-referrer"));
    assert!(use_link(&app, &path, "first passphrase here", "another one").await.ends_with("invalid=confirm"));
    assert!(use_link(&app, &path, "short", "short").await.ends_with("invalid=password"));
    assert_eq!(
        use_link(&app, &path, "first passphrase here", "first passphrase here").await,
        "/login?password_set=1"
    );
    assert!(
        use_link(&app, &path, "second passphrase here", "second passphrase here")
            .await
            .ends_with("refused=link_not_valid")
    );
    let chen = session(&app, "chen.jing@example.org", "first passphrase here").await.expect("signs in");
    assert!(signed_in(&app, &chen).await);

    // Disabled: signed out at once, and no new session; enabled: back.
    let accounts: Value = call(&app, &admin, "review_accounts", &[]).await.json().await.expect("JSON");
    let id = accounts["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["email"] == "chen.jing@example.org")
        .and_then(|a| a["id"].as_i64())
        .expect("the new account");
    let id_text = id.to_string();
    let disable = [("id", id_text.as_str()), ("disabled", "true")];
    assert_eq!(call(&app, &admin, "set_account_disabled", &disable).await.status(), StatusCode::OK);
    assert!(!signed_in(&app, &chen).await, "the disabled account's session ended");
    assert!(session(&app, "chen.jing@example.org", "first passphrase here").await.is_none());
    let enable = [("id", id_text.as_str()), ("disabled", "false")];
    assert_eq!(call(&app, &admin, "set_account_disabled", &enable).await.status(), StatusCode::OK);
    let chen = session(&app, "chen.jing@example.org", "first passphrase here").await.expect("enabled again");

    // An admin does not disable their own account.
    let own_id = accounts["accounts"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["email"] == "lead@example.org"))
        .and_then(|a| a["id"].as_i64())
        .expect("the admin's account")
        .to_string();
    let own =
        call(&app, &admin, "set_account_disabled", &[("id", own_id.as_str()), ("disabled", "true")]).await;
    assert!(own.text().await.expect("body").contains("own_account"));

    // A reset: the new link replaces any earlier one; once used, the old password and the
    // sessions signed in with it end.
    let first = call(&app, &admin, "reset_password", &[("id", id_text.as_str())]).await;
    let first: Value = first.json().await.expect("JSON");
    let second: Value =
        call(&app, &admin, "reset_password", &[("id", id_text.as_str())]).await.json().await.expect("JSON");
    let (first, second) = (first["path"].as_str().expect("link"), second["path"].as_str().expect("link"));
    assert!(
        use_link(&app, first, "reset passphrase here", "reset passphrase here")
            .await
            .ends_with("refused=link_not_valid")
    );
    // A new session must start after the change (sessions are stamped in whole seconds).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        use_link(&app, second, "reset passphrase here", "reset passphrase here").await,
        "/login?password_set=1"
    );
    assert!(!signed_in(&app, &chen).await, "sessions from before the reset ended");
    assert!(session(&app, "chen.jing@example.org", "first passphrase here").await.is_none());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert!(session(&app, "chen.jing@example.org", "reset passphrase here").await.is_some());

    let trail: Value = call(&app, &admin, "review_accounts", &[]).await.json().await.expect("JSON");
    let mut entries: Vec<(String, String)> = trail["trail"]
        .as_array()
        .expect("trail")
        .iter()
        .filter(|e| e["email"] == "chen.jing@example.org")
        .map(|e| (e["kind"].as_str().unwrap_or("").to_owned(), e["actor"].as_str().unwrap_or("").to_owned()))
        .collect();
    entries.reverse();
    let by = |kind: &str, actor: &str| (kind.to_owned(), actor.to_owned());
    assert_eq!(
        entries,
        [
            by("added", "lead@example.org"),
            by("password_link_issued", "lead@example.org"),
            by("password_set", "chen.jing@example.org"),
            by("disabled", "lead@example.org"),
            by("enabled", "lead@example.org"),
            by("password_link_issued", "lead@example.org"),
            by("password_link_issued", "lead@example.org"),
            by("password_set", "chen.jing@example.org"),
        ]
    );
}

#[tokio::test]
async fn a_staff_member_changes_their_own_password_with_the_current_one_and_signs_in_again() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.org", Role::Reviewer).await;
    let mei = sign_in(&app, "mei@example.org").await;
    let wrong = call(
        &app,
        &mei,
        "change_own_password",
        &[("current", "not it at all"), ("new", "a new passphrase now")],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().await.expect("body").contains("current_password"));
    let short =
        call(&app, &mei, "change_own_password", &[("current", crate::staff::PASSWORD), ("new", "short")])
            .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(signed_in(&app, &mei).await, "nothing changed");

    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let changed = call(
        &app,
        &mei,
        "change_own_password",
        &[("current", crate::staff::PASSWORD), ("new", "a new passphrase now")],
    )
    .await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert!(!signed_in(&app, &mei).await, "the session ended with the change");
    assert!(session(&app, "mei@example.org", crate::staff::PASSWORD).await.is_none());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert!(session(&app, "mei@example.org", "a new passphrase now").await.is_some());
}
