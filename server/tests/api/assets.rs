//! What browsers get for the site's files and pages: compressed when they accept it,
//! precompressed files used as they are, and cache rules that never serve a stale file.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING};

use crate::helpers::TestApp;

#[tokio::test]
async fn pages_and_json_are_compressed_for_clients_that_accept_it_and_plain_for_others() {
    let app = TestApp::spawn().await;
    let get = |path: &'static str, encodings: &'static str| {
        app.client.get(app.url(path)).header(ACCEPT_ENCODING, encodings).send()
    };
    let page = get("/", "br, gzip").await.expect("sent");
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(page.headers()[CONTENT_ENCODING], "br");
    let json = get("/api/v1/policy", "gzip").await.expect("sent");
    assert_eq!(json.headers()[CONTENT_ENCODING], "gzip");
    let plain = app.get("/").await;
    assert!(plain.headers().get(CONTENT_ENCODING).is_none());
    assert!(plain.text().await.expect("text").contains("<html"), "readable without decoding");
}

#[tokio::test]
async fn a_precompressed_file_is_sent_as_stored_and_unhashed_files_are_checked_again() {
    let app = TestApp::spawn().await;
    let site = app.site_root();
    std::fs::create_dir_all(site.join("pkg")).expect("site dir");
    std::fs::write(site.join("pkg/partner-portal.css"), "body { color: black; }").expect("write");
    std::fs::write(site.join("pkg/partner-portal.css.br"), b"stored brotli bytes").expect("write");
    std::fs::write(site.join("favicon.svg"), "<svg/>").expect("write");

    let css = app
        .client
        .get(app.url("/pkg/partner-portal.css"))
        .header(ACCEPT_ENCODING, "br")
        .send()
        .await
        .expect("sent");
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()[CONTENT_ENCODING], "br");
    assert_eq!(
        css.headers()[CACHE_CONTROL],
        "no-cache",
        "a name without its content's hash may change with any build"
    );
    assert_eq!(&css.bytes().await.expect("body")[..], b"stored brotli bytes", "not compressed again");

    let icon = app.get("/favicon.svg").await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(icon.headers()[CACHE_CONTROL], "no-cache");
    let page = app.get("/").await;
    assert!(page.headers().get(CACHE_CONTROL).is_none(), "pages are not static files");
}
