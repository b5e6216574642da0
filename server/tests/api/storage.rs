use crate::helpers::{TestApp, database_path, database_url_for, postgres_server};
use crate::on_db;

/// The stopped app's database, opened again as the server would.
async fn open(app_data: &tempfile::TempDir) -> server::Database {
    server::Database::connect(&database_url_for(app_data)).await.expect("the database exists")
}

#[tokio::test]
async fn the_first_start_creates_the_database_and_records_the_policy() {
    let app = TestApp::spawn().await;
    let data_dir = app.stop().await;
    if postgres_server().is_none() {
        assert!(database_path(&data_dir).exists());
    }
    let db = open(&data_dir).await;
    let (version, document): (i64, String) =
        on_db!(&db, pool => sqlx::query_as("SELECT version, document FROM policies").fetch_one(pool).await)
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
    let db = open(&data_dir).await;
    let count: i64 =
        on_db!(&db, pool => sqlx::query_scalar("SELECT count(*) FROM policies").fetch_one(pool).await)
            .expect("count");
    assert_eq!(count, 1);
}

#[tokio::test]
async fn the_server_refuses_to_start_when_a_published_policy_version_was_altered() {
    let app = TestApp::spawn().await;
    let data_dir = app.stop().await;
    let db = open(&data_dir).await;
    on_db!(&db, pool => sqlx::query("UPDATE policies SET document = '{}' WHERE version = 1").execute(pool).await.map(drop))
        .expect("update");
    db.close().await;
    let config = crate::helpers::config_for(&data_dir);
    let error = server::Server::build(config).await.err().expect("refuses to start");
    assert!(format!("{error:#}").contains("must never change"), "{error:#}");
}
