//! Rate limits that fit real networks: IPv6 counted per /64, the client address taken from
//! `X-Forwarded-For` only behind the operator's own proxies, and an account's sign-in
//! attempts counted per network, so a guesser elsewhere cannot lock its owner out.

use reqwest::StatusCode;
use reqwest::header::LOCATION;

use app::server::Role;
use server::Config;
use server::guards::{RateLimitSettings, TrustedProxies};

use crate::helpers::TestApp;
use crate::staff::{PASSWORD, add_staff};

/// A server with sign-in limits of 3 per account and 6 per address a minute, behind
/// `proxies`.
async fn limited(proxies: TrustedProxies) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let rate_limits = RateLimitSettings {
        sign_ins_per_account: 3,
        sign_ins_per_address: 6,
        ..RateLimitSettings::default()
    };
    TestApp::spawn_with(data_dir, move |config| Config { rate_limits, trusted_proxies: proxies, ..config })
        .await
}

fn loopback_proxy() -> TrustedProxies {
    TrustedProxies::new(vec!["127.0.0.1/32".parse().expect("a network")])
}

async fn sign_in_from(app: &TestApp, forwarded_for: &str, email: &str, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/login"))
        .header("x-forwarded-for", forwarded_for)
        .form(&[("email", email), ("password", password), ("next", "/review")])
        .send()
        .await
        .expect("sent")
}

#[tokio::test]
async fn a_guesser_elsewhere_cannot_lock_the_owner_out() {
    let app = limited(loopback_proxy()).await;
    add_staff(&app, "mei@example.com", Role::Reviewer).await;
    let mut guesses = Vec::new();
    for n in 0..5 {
        guesses
            .push(sign_in_from(&app, "203.0.113.7", "mei@example.com", &format!("guess {n}")).await.status());
    }
    assert_eq!(guesses[3..], [StatusCode::TOO_MANY_REQUESTS; 2], "{guesses:?}");
    let owner = sign_in_from(&app, "198.51.100.9", "Mei@Example.com", PASSWORD).await;
    assert_eq!(owner.status(), StatusCode::SEE_OTHER);
    assert_eq!(owner.headers()[LOCATION], "/review", "signed in from her own address");
}

#[tokio::test]
async fn ipv6_clients_count_by_their_64_and_the_header_counts_only_from_trusted_proxies() {
    let app = limited(loopback_proxy()).await;
    // Six attempts from one /64, on different accounts, spread over its addresses.
    let mut statuses = Vec::new();
    for n in 0..7 {
        let client = format!("2001:db8:1:2::{n:x}");
        statuses.push(sign_in_from(&app, &client, &format!("user{n}@example.com"), "wrong").await.status());
    }
    assert_eq!(statuses[6], StatusCode::TOO_MANY_REQUESTS, "one /64 is one client: {statuses:?}");
    let next_network = sign_in_from(&app, "2001:db8:1:3::1", "user9@example.com", "wrong").await;
    assert_eq!(next_network.status(), StatusCode::SEE_OTHER, "another /64 has its own count");

    // Not behind a trusted proxy: the header is ignored, all attempts are loopback's.
    let direct = limited(TrustedProxies::default()).await;
    let mut statuses = Vec::new();
    for n in 0..7 {
        let claimed = format!("198.51.100.{n}");
        statuses
            .push(sign_in_from(&direct, &claimed, &format!("user{n}@example.com"), "wrong").await.status());
    }
    assert_eq!(statuses[6], StatusCode::TOO_MANY_REQUESTS, "a forged header changes nothing: {statuses:?}");
}
