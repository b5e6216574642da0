//! Reviewers signing in and out, and who may call what.

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use serde_json::Value;

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{PASSWORD, add_staff, get_as, post_login, session_cookie, sign_in, submit};

#[tokio::test]
async fn signing_in_issues_a_fresh_session_and_a_wrong_password_none() {
    let app = TestApp::spawn().await;
    add_staff(&app, "Mei.Lin@Example.com", Role::Reviewer).await;

    let refused = post_login(&app, "mei.lin@example.com", "not the passphrase", None).await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(refused.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));
    let unknown = post_login(&app, "nobody@example.com", PASSWORD, None).await;
    assert!(unknown.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));

    // The address is matched however it is typed.
    let first = sign_in(&app, " MEI.LIN@example.com").await;
    assert_eq!(get_as(&app, "/api/v1/review/applications", Some(&first)).await.status(), StatusCode::OK);

    // Signing in again on the same session rotates its id; the old id is dead.
    let again = post_login(&app, "mei.lin@example.com", PASSWORD, Some(&first)).await;
    let second = session_cookie(&again).expect("a new cookie");
    assert_ne!(first, second);
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&first)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(get_as(&app, "/api/v1/review/applications", Some(&second)).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let response = post_login(&app, "mei@example.com", PASSWORD, None).await;
    let set_cookie = response.headers()[SET_COOKIE].to_str().expect("ASCII").to_owned();
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let out = app.client.post(app.url("/logout")).header(COOKIE, &cookie).send().await.expect("sent");
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&cookie)).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_disabled_account_loses_its_live_session() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    assert!(server::db::disable_reviewer(&app.db, "mei@example.com").await.expect("disabled"));
    assert_eq!(
        get_as(&app, "/api/v1/review/applications", Some(&cookie)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let refused = post_login(&app, "mei@example.com", PASSWORD, None).await;
    assert!(refused.headers()[LOCATION].to_str().expect("ASCII").starts_with("/login?failed=1"));
}

#[tokio::test]
async fn anonymous_callers_get_401_and_reviewers_403_on_admin_calls() {
    let app = TestApp::spawn().await;
    add_staff(&app, "reviewer@example.com", Role::Reviewer).await;
    add_staff(&app, "admin@example.com", Role::Admin).await;
    let (reference, _) = submit(&app, "review-key-anonymous-0001").await;

    for path in ["/api/v1/review/applications", "/api/v1/review/accounts"] {
        let response = get_as(&app, path, None).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body["error"], "unauthenticated");
    }
    // Refused before the body is read: even a malformed one.
    let anonymous = app
        .client
        .post(app.url(&format!("/api/v1/review/applications/{reference}/decisions")))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let reviewer = sign_in(&app, "reviewer@example.com").await;
    assert_eq!(
        get_as(&app, "/api/v1/review/accounts", Some(&reviewer)).await.status(),
        StatusCode::FORBIDDEN
    );
    let admin = sign_in(&app, "admin@example.com").await;
    let accounts: Value =
        get_as(&app, "/api/v1/review/accounts", Some(&admin)).await.json().await.expect("JSON");
    let emails: Vec<&str> =
        accounts.as_array().expect("list").iter().filter_map(|a| a["email"].as_str()).collect();
    assert_eq!(emails, ["admin@example.com", "reviewer@example.com"]);
    assert!(accounts.to_string().find("argon2").is_none(), "no password hash leaves the server");
}
