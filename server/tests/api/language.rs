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
