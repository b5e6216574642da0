use crate::helpers::TestApp;

#[tokio::test]
async fn choosing_a_language_remembers_it_and_returns_to_the_page() {
    let app = TestApp::spawn().await;
    let response = app.get("/lang/zh?next=/%23quick-check").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/#quick-check");
    let cookie = response.headers()["set-cookie"].to_str().expect("ASCII");
    assert!(cookie.starts_with("i18n_pref_locale=zh;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"));
}

#[tokio::test]
async fn the_language_switch_never_redirects_to_another_site() {
    let app = TestApp::spawn().await;
    for next in ["//evil.example/", "https://evil.example/", "/%5Cevil.example"] {
        let response = app.get(&format!("/lang/en?next={next}")).await;
        assert_eq!(response.headers()["location"], "/", "{next}");
    }
}

#[tokio::test]
async fn an_unknown_language_is_not_found() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/lang/klingon").await.status(), 404);
}

#[tokio::test]
async fn pages_read_the_remembered_language_without_rewriting_its_cookie() {
    // Written back by a page, the cookie would lose its path and lifetime: the choice would
    // last only until the browser closes, and only in that page's folder.
    let app = TestApp::spawn().await;
    let response = app.get("/lang/zh?next=/").await;
    let cookie = response.headers()["set-cookie"].to_str().expect("ASCII");
    assert!(cookie.contains("Path=/") && cookie.contains("Max-Age=31536000"), "{cookie}");
    for path in ["/", "/apply", "/login", "/status/PP-NOSUCH"] {
        let page =
            app.client.get(app.url(path)).header("cookie", "i18n_pref_locale=zh").send().await.expect("sent");
        assert!(
            page.headers().get("set-cookie").is_none(),
            "{path} sets {:?}",
            page.headers().get("set-cookie")
        );
        assert!(page.text().await.expect("HTML").contains("<html lang=\"zh\""), "{path}");
    }
}
