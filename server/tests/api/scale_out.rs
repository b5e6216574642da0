//! Several instances on one PostgreSQL database: shared sessions, live events fanned out
//! with LISTEN/NOTIFY, and a resync when the listener's connection breaks. These need
//! PostgreSQL (`TEST_DATABASE_URL`); without it they say so and pass nothing off as tested.

use std::time::{Duration, Instant};

use app::server::Role;
use reqwest::StatusCode;
use reqwest::header::COOKIE;

use crate::helpers::{TestApp, postgres_server, read_until};
use crate::staff::{add_staff, get_as, sign_in, submit};

fn postgres_or_skip(test: &str) -> bool {
    if postgres_server().is_some() {
        return true;
    }
    eprintln!("SKIPPED {test}: no PostgreSQL (set TEST_DATABASE_URL; scripts/test does when it can)");
    false
}

async fn live_stream(app: &TestApp, cookie: &str) -> reqwest::Response {
    let mut stream =
        app.client.get(app.url("/review/events")).header(COOKIE, cookie).send().await.expect("sent");
    assert_eq!(stream.status(), StatusCode::OK);
    read_until(&mut stream, "event: resync").await;
    stream
}

#[tokio::test]
async fn two_instances_share_sessions_and_a_submission_to_one_is_live_on_the_other() {
    if !postgres_or_skip("two_instances_share_sessions_and_a_submission_to_one_is_live_on_the_other") {
        return;
    }
    let first = TestApp::spawn().await;
    let second = first.spawn_sharing().await;
    add_staff(&first, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&first, "mei@example.com").await;
    let page = get_as(&second, "/review", Some(&cookie)).await;
    assert_eq!(page.status(), StatusCode::OK, "a session made on one instance is good on the other");

    let mut stream = live_stream(&second, &cookie).await;
    let started = Instant::now();
    let (reference, _) = submit(&first, "scale-out-key-0001").await;
    let seen = tokio::time::timeout(Duration::from_secs(1), read_until(&mut stream, &reference))
        .await
        .expect("the other instance announces it within a second");
    assert!(seen.contains("event: change") && seen.contains(r#""kind":"submitted""#), "{seen}");
    println!("submission on one instance → live event on the other: {:?}", started.elapsed());

    let (same, _) = submit(&second, "scale-out-key-0001").await;
    assert_eq!(same, reference, "the submission key is one application across instances");
}

#[tokio::test]
async fn a_broken_listener_connection_reconnects_and_tells_its_pages_to_resynchronise() {
    if !postgres_or_skip("a_broken_listener_connection_reconnects_and_tells_its_pages_to_resynchronise") {
        return;
    }
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let mut stream = live_stream(&app, &cookie).await;

    let database =
        app.database_url.rsplit('/').next().and_then(|d| d.split('?').next()).expect("a database name");
    let server = postgres_server().expect("checked above");
    let mut admin = <sqlx::PgConnection as sqlx::Connection>::connect(&server).await.expect("connects");
    let terminated: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'",
    )
    .bind(database)
    .fetch_all(&mut admin)
    .await
    .expect("terminated");
    assert_eq!(terminated, [true], "one listener connection, broken");

    let seen = tokio::time::timeout(Duration::from_secs(5), read_until(&mut stream, "event: resync"))
        .await
        .expect("its pages are told to resynchronise");
    assert!(seen.contains("event: resync"));
    let (reference, _) = submit(&app, "after-reconnect-key-0001").await;
    tokio::time::timeout(Duration::from_secs(2), read_until(&mut stream, &reference))
        .await
        .expect("and it hears new changes again");
}

#[tokio::test]
async fn concurrent_writers_are_all_answered_and_all_stored() {
    let app = TestApp::spawn().await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let cookie = sign_in(&app, "mei@example.com").await;
    let mut to_decide = Vec::new();
    for n in 0..20 {
        to_decide.push(submit(&app, &format!("concurrent-first-{n:04}")).await.0);
    }
    // 80 new submissions and 20 approvals at once, on the server's own connection pool.
    let app = &app;
    let submissions = (0..80).map(|n| async move {
        let (reference, _) = submit(app, &format!("concurrent-more-{n:04}")).await;
        reference
    });
    let approvals = to_decide.iter().map(|reference| {
        let body = serde_json::json!({"version": 1, "decision": "approve", "category": "enterprise", "enterprise_level": "trial"});
        let cookie = cookie.clone();
        async move { crate::staff::decide(app, Some(&cookie), reference, body).await.status() }
    });
    let (submitted, approved) =
        tokio::join!(futures::future::join_all(submissions), futures::future::join_all(approvals));
    assert_eq!(submitted.iter().filter(|r| r.starts_with("BK-")).count(), 80);
    assert!(approved.iter().all(|status| *status == StatusCode::OK), "{approved:?}");
    let counts: (i64, i64) = crate::on_db!(&app.db, pool => {
        sqlx::query_as("SELECT (SELECT count(*) FROM applications), (SELECT count(*) FROM partners)").fetch_one(pool).await
    })
    .expect("counts");
    assert_eq!(counts, (100, 20), "every answered write is stored, once");
}
