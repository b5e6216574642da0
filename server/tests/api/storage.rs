use sqlx::Connection;
use sqlx::sqlite::SqliteConnection;

use crate::helpers::{TestApp, database_path};

async fn open(app_data: &tempfile::TempDir) -> SqliteConnection {
    let url = format!("sqlite://{}", database_path(app_data).display());
    SqliteConnection::connect(&url).await.expect("database file exists")
}

#[tokio::test]
async fn the_first_start_creates_the_database_and_records_the_policy() {
    let app = TestApp::spawn().await;
    let data_dir = app.stop().await;
    assert!(database_path(&data_dir).exists());
    let mut db = open(&data_dir).await;
    let (version, document): (i64, String) = sqlx::query_as("SELECT version, document FROM policies")
        .fetch_one(&mut db)
        .await
        .expect("one policy");
    assert_eq!(version, 1);
    assert!(document.contains("\"development_engineers\":5"));
}

#[tokio::test]
async fn a_restart_keeps_the_database_and_does_not_record_the_policy_twice() {
    let app = TestApp::spawn().await;
    let data_dir = app.stop().await;
    let app = TestApp::spawn_with(data_dir, |config| config).await;
    let data_dir = app.stop().await;
    let mut db = open(&data_dir).await;
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM policies").fetch_one(&mut db).await.expect("count");
    assert_eq!(count, 1);
}

#[tokio::test]
async fn the_server_refuses_to_start_when_a_published_policy_version_was_altered() {
    let app = TestApp::spawn().await;
    let data_dir = app.stop().await;
    let mut db = open(&data_dir).await;
    sqlx::query("UPDATE policies SET document = '{}' WHERE version = 1")
        .execute(&mut db)
        .await
        .expect("update");
    db.close().await.expect("closed");
    let config = crate::helpers::config_for(&data_dir);
    let error = server::Server::build(config).await.err().expect("refuses to start");
    assert!(format!("{error:#}").contains("must never change"), "{error:#}");
}
