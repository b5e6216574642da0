use crate::helpers::TestApp;

async fn landing(app: &TestApp, headers: &[(&str, &str)]) -> String {
    let mut request = app.client.get(app.url("/"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request sent");
    assert_eq!(response.status(), 200);
    // Leptos marks text boundaries with `<!>` for hydration; the reader never sees them.
    response.text().await.expect("HTML").replace("<!>", "")
}

#[tokio::test]
async fn the_landing_page_shows_the_four_categories_and_the_requirements_table() {
    let app = TestApp::spawn().await;
    let html = landing(&app, &[]).await;
    assert!(html.contains("<html lang=\"en\""));
    // The tests' server has no hash listing: the plain name (a release build links the hashed one).
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/pkg/partner-portal.css\">"));
    for category in [
        "Enterprise Edition Technology Partner",
        "Community Edition Technology Partner",
        "Education Partner",
        "Brand Partner",
    ] {
        assert!(html.contains(category), "{category}");
    }
    assert!(html.contains("data-tier=\"enterprise_trial\""));
    assert!(html.contains("3 (Service Certification)"));
    assert!(html.contains("<leptos-island"), "the quick check is an island");
}

#[tokio::test]
async fn a_chinese_browser_gets_the_page_in_chinese() {
    let app = TestApp::spawn().await;
    let html = landing(&app, &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")]).await;
    assert!(html.contains("<html lang=\"zh\""));
    assert!(html.contains("成为腾讯蓝鲸合作伙伴"));
    assert!(html.contains("企业版技术合作伙伴"));
}

#[tokio::test]
async fn the_remembered_language_wins_over_the_browser_language() {
    let app = TestApp::spawn().await;
    let html = landing(&app, &[("accept-language", "zh-CN"), ("cookie", "i18n_pref_locale=en")]).await;
    assert!(html.contains("Become a Tencent BlueKing partner"));
}

#[tokio::test]
async fn an_unknown_page_is_a_404_page() {
    let app = TestApp::spawn().await;
    let response = app.get("/no-such-page").await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.expect("HTML").contains("Page not found"));
}

#[tokio::test]
async fn the_private_status_link_shows_the_application_and_an_unknown_one_is_a_404() {
    let app = TestApp::spawn().await;
    let body = serde_json::json!({
        "category": "brand",
        "brand_description": "A well-known observability product",
        "declarations": {"concept_and_assessment": true, "no_competitors": true,
                         "quarterly_checks": true, "termination_terms": true},
        "company": {"legal_name": "Example Observability Ltd", "registration_number": "HRB 12345",
                    "country": "Germany", "website": "example.de", "contact_name": "Anna Schmidt",
                    "email": "anna@example.de", "phone": "+49 30 1234567"},
        "submission_key": "status-page-test-key-0001"
    });
    let created: serde_json::Value =
        app.post_json("/api/v1/applications", &body).await.json().await.expect("JSON");
    let status_url = created["status_url"].as_str().expect("URL");
    let reference = created["reference"].as_str().expect("reference");

    let page = app.get(status_url).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("HTML").replace("<!>", "");
    assert!(html.contains(&format!("Application {reference}")), "{html}");
    assert!(html.contains("Submitted: waiting for review"));
    assert!(html.contains("Brand Partner"));
    assert!(html.contains("Meets the requirements"));
    assert!(html.contains("name=\"referrer\" content=\"no-referrer\""));
    let token = status_url.split("token=").nth(1).expect("token");
    let switch_to_chinese =
        format!("/lang/zh?next=%2Fstatus%2F{}%3Ftoken%3D{token}", reference.replace('-', "%2D"));
    assert!(html.contains(&switch_to_chinese), "the language switch keeps the status link whole");

    let wrong = app.get(&format!("/status/{reference}?token={}", "f".repeat(64))).await;
    assert_eq!(wrong.status(), 404);
    let html = wrong.text().await.expect("HTML");
    assert!(html.contains("Application not found"));
    assert!(!html.contains("Example Observability"));
}

#[tokio::test]
async fn a_render_follows_the_weights_of_accept_language_as_the_messages_do() {
    let app = TestApp::spawn_with(tempfile::tempdir().expect("directory"), |config| server::Config {
        page_cache: false,
        ..config
    })
    .await;
    let html = landing(&app, &[("accept-language", "en;q=0.1, zh;q=0.9")]).await;
    assert!(html.contains("<html lang=\"zh\""), "the most wanted language, not the first listed");
    let html = landing(&app, &[("accept-language", "zh-CN"), ("cookie", "i18n_pref_locale=fr")]).await;
    assert!(html.contains("<html lang=\"zh\""), "an unknown remembered language is no choice");
    let html = app.client.get(app.url("/no-such-page")).header("cookie", "i18n_pref_locale=zh").send().await;
    let html = html.expect("sent").text().await.expect("HTML");
    assert!(html.contains("<html lang=\"zh\""), "the error page too");
}
