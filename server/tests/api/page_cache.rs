//! The landing page and the wizard's first step are served to anonymous visitors from
//! rendered copies: each response must be exactly what a render would have given, in the
//! visitor's language, with a script nonce of its own.

use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE, COOKIE, X_FRAME_OPTIONS};

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
async fn each_language_gets_its_own_copy_whatever_way_the_reader_chose_it() {
    let app = TestApp::spawn().await;
    let english = "Become a Tencent BlueKing partner";
    let chinese = "成为腾讯蓝鲸合作伙伴";
    let chinese_readers: [&[(&str, &str)]; 4] = [
        &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")],
        // By weight, not by order (the language the applicant's messages are written in too).
        &[("accept-language", "en;q=0.1, zh;q=0.9")],
        &[("cookie", "theme=dark; i18n_pref_locale=zh")],
        &[("accept-language", "en"), ("cookie", "i18n_pref_locale=zh")],
    ];
    let english_readers: [&[(&str, &str)]; 4] = [
        &[],
        &[("accept-language", "fr, en;q=0.5")],
        &[("accept-language", "zh-CN"), ("cookie", "i18n_pref_locale=en")],
        // An unknown remembered language is no choice: the browser's decides.
        &[("cookie", "i18n_pref_locale=fr")],
    ];
    // Twice over, so the second answer of each comes from its language's copy.
    for _ in 0..2 {
        for headers in chinese_readers {
            let (html, _) = page(&app, "/", headers).await;
            assert!(html.contains(chinese) && html.contains("<html lang=\"zh\""), "{headers:?}");
        }
        for headers in english_readers {
            let (html, _) = page(&app, "/", headers).await;
            assert!(html.contains(english) && html.contains("<html lang=\"en\""), "{headers:?}");
        }
    }
    assert_eq!(app.stored_pages.count(), 2, "one copy per language");
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
    assert_eq!(app.stored_pages.count(), 0, "a session, a query, another page: none kept");
}
