//! The landing page and the wizard's first step are served to anonymous visitors from
//! rendered copies: each response must be exactly what a render would have given, in the
//! visitor's language, with a script nonce of its own.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_SECURITY_POLICY, CONTENT_TYPE, COOKIE, X_FRAME_OPTIONS};

use app::server::Role;

use crate::helpers::TestApp;
use crate::staff::{add_staff, sign_in};

/// The page's HTML and the script nonce its policy allows.
async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (String, String) {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request sent");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    assert!(response.headers()[CONTENT_TYPE].to_str().expect("ASCII").starts_with("text/html"));
    // The security headers are added around the cache, to stored and rendered pages alike.
    assert_eq!(response.headers()[X_FRAME_OPTIONS], "DENY");
    assert!(response.headers().contains_key(CONTENT_SECURITY_POLICY));
    let html = response.text().await.expect("HTML");
    let nonce = html
        .split_once("'nonce-")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(nonce, _)| nonce.to_owned())
        .expect("the page's policy names its nonce");
    (html, nonce)
}

fn without_nonce(html: &str, nonce: &str) -> String {
    html.replace(nonce, "NONCE")
}

#[tokio::test]
async fn a_stored_page_is_the_rendered_page_with_a_fresh_nonce_every_time() {
    let cached = TestApp::spawn().await;
    let rendering = TestApp::spawn_with(tempfile::tempdir().expect("directory"), |config| server::Config {
        page_cache: false,
        ..config
    })
    .await;
    for path in ["/", "/apply"] {
        let (first, first_nonce) = page(&cached, path, &[]).await;
        let (second, second_nonce) = page(&cached, path, &[]).await;
        let (rendered, rendered_nonce) = page(&rendering, path, &[]).await;
        assert_ne!(first_nonce, second_nonce, "{path}: a nonce is never reused");
        // Wherever the nonce stands (policy, scripts, preload links), the fresh one stands.
        assert!(second.contains(&format!("<script type=\"module\" nonce=\"{second_nonce}\">")), "{path}");
        assert_eq!(second.matches(&second_nonce).count(), first.matches(&first_nonce).count(), "{path}");
        assert!(!second.contains(&first_nonce), "{path}");
        assert_eq!(without_nonce(&second, &second_nonce), without_nonce(&first, &first_nonce), "{path}");
        assert_eq!(
            without_nonce(&second, &second_nonce),
            without_nonce(&rendered, &rendered_nonce),
            "{path}"
        );
    }
    assert_eq!(cached.stored_pages.count(), 2, "one copy of each page");
    assert_eq!(rendering.stored_pages.count(), 0, "PAGE_CACHE=off keeps none");
}

#[tokio::test]
async fn each_language_choice_gets_its_own_copy() {
    let app = TestApp::spawn().await;
    let english = "Become a Tencent BlueKing partner";
    let chinese = "成为腾讯蓝鲸合作伙伴";
    // Twice each, so the second answer of each comes from its copy.
    for _ in 0..2 {
        let (html, _) = page(&app, "/", &[]).await;
        assert!(html.contains(english) && html.contains("<html lang=\"en\""));
        let (html, _) = page(&app, "/", &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")]).await;
        assert!(html.contains(chinese) && html.contains("<html lang=\"zh\""));
        let (html, _) =
            page(&app, "/", &[(ACCEPT_LANGUAGE.as_str(), "zh-CN"), (COOKIE.as_str(), "i18n_pref_locale=en")])
                .await;
        assert!(html.contains(english), "the remembered language wins");
        let (html, _) = page(&app, "/", &[(COOKIE.as_str(), "theme=dark; i18n_pref_locale=zh")]).await;
        assert!(html.contains(chinese), "the remembered language wins");
    }
    assert_eq!(app.stored_pages.count(), 4);
}

#[tokio::test]
async fn pages_that_depend_on_more_than_the_language_are_rendered_for_each_request() {
    let app = TestApp::spawn().await;
    add_staff(&app, "reviewer@example.com", Role::Reviewer).await;
    let session = sign_in(&app, "reviewer@example.com").await;
    let (html, _) = page(&app, "/", &[(COOKIE.as_str(), &session)]).await;
    assert!(html.contains("Become a Tencent BlueKing partner"));
    let (html, _) = page(&app, "/apply?category=brand", &[]).await;
    assert!(html.contains("<leptos-island"));
    let (html, _) = page(&app, "/login", &[]).await;
    assert!(html.contains("<form"));
    let (html, _) = page(&app, "/", &[(COOKIE.as_str(), "i18n_pref_locale=fr")]).await;
    assert!(html.contains("Become a Tencent BlueKing partner"), "an unknown language reads English");
    assert_eq!(app.stored_pages.count(), 0, "a session, a query, another page, an odd cookie: none kept");
}
