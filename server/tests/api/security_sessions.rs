//! The staff session's cookie and its end: `__Host-` over HTTPS.

use reqwest::header::{COOKIE, SET_COOKIE};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{PASSWORD, add_staff};

#[tokio::test]
async fn over_https_the_session_cookie_is_host_prefixed_secure_and_for_the_whole_site() {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let app = TestApp::spawn_with(data_dir, |config| server::Config {
        public_url: "https://portal.example.com".to_owned(),
        ..config
    })
    .await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let response = app
        .client
        .post(app.url("/login"))
        .form(&[("email", "mei@example.com"), ("password", PASSWORD), ("next", "/review")])
        .send()
        .await
        .expect("sent");
    let set_cookie = response.headers()[SET_COOKIE].to_str().expect("ASCII").to_owned();
    assert!(set_cookie.starts_with("__Host-portal_session="), "{set_cookie}");
    for attribute in ["Secure", "HttpOnly", "Path=/", "SameSite=Lax"] {
        assert!(set_cookie.split("; ").any(|part| part == attribute), "{attribute} in {set_cookie}");
    }
    assert!(!set_cookie.contains("Domain"), "{set_cookie}");
    let cookie = set_cookie.split(';').next().expect("pair").to_owned();
    let signed_in = app
        .client
        .get(app.url("/api/v1/review/applications"))
        .header(COOKIE, &cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(signed_in.status(), 200);
}
