//! Where the site sends a browser next (`next` after signing in or switching language)
//! stays on this site, however the other host is disguised.

use reqwest::StatusCode;
use reqwest::header::LOCATION;

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{PASSWORD, add_staff};

const DISGUISED: [&str; 9] = [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/%2F%2Fevil.example",
    "/%252F/evil.example",
    "/%5Cevil.example",
    "\\\\evil.example",
];

#[tokio::test]
async fn signing_in_never_sends_the_browser_to_another_site() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    for next in DISGUISED {
        let signed_in = app
            .client
            .post(app.url("/login"))
            .form(&[("email", "mei@example.com"), ("password", PASSWORD), ("next", next)])
            .send()
            .await
            .expect("sent");
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(signed_in.headers()[LOCATION], "/review", "{next:?}");

        let failed = app
            .client
            .post(app.url("/login"))
            .form(&[("email", "mei@example.com"), ("password", "wrong password"), ("next", next)])
            .send()
            .await
            .expect("sent");
        let location = failed.headers()[LOCATION].to_str().expect("ASCII");
        assert_eq!(location, "/login?failed=1&next=%2Freview", "{next:?}");
    }
    // A path on this site is kept.
    let kept = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", "mei@example.com"),
            ("password", PASSWORD),
            ("next", "/review/queue?status=submitted"),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(kept.headers()[LOCATION], "/review/queue?status=submitted");
}

#[tokio::test]
async fn the_sign_in_page_and_the_language_switch_keep_next_on_this_site() {
    let app = TestApp::spawn().await;
    for next in DISGUISED {
        let encoded =
            percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC).to_string();
        let page = app.get(&format!("/login?next={encoded}")).await.text().await.expect("page");
        assert!(page.contains(r#"name="next" value="/review""#), "{next:?}");
        assert!(!page.contains("evil.example"), "{next:?}");
        let switched = app.get(&format!("/lang/zh?next={encoded}")).await;
        assert_eq!(switched.headers()[LOCATION], "/", "{next:?}");
    }
}
