//! Slow clients cannot hold the server: headers must arrive within 10 s and a body must not
//! stall for 10 s, while everyone else is answered as usual.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::TestApp;

const SLOW_CLIENTS: usize = 200;

/// Sends a request's headers a byte every two seconds, never finishing them (slowloris);
/// how long the server kept the connection open.
async fn trickle_headers(app: &TestApp) -> Duration {
    let started = Instant::now();
    let mut stream = TcpStream::connect(app.addr).await.expect("connected");
    let header =
        b"GET /api/v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut buffer = [0u8; 256];
    for byte in header.iter().cycle().take(40) {
        if stream.write_all(&[*byte]).await.is_err() {
            break;
        }
        // Answered or closed: either way, let go. Still waiting: send the next byte.
        if tokio::time::timeout(Duration::from_secs(2), stream.read(&mut buffer)).await.is_ok() {
            break;
        }
    }
    started.elapsed()
}

#[tokio::test]
async fn two_hundred_slow_connections_are_cut_off_while_others_are_answered() {
    let app = TestApp::spawn().await;
    let slow = futures::future::join_all((0..SLOW_CLIENTS).map(|_| trickle_headers(&app)));
    let normal = async {
        // Give the slow ones time to connect, then ask as an ordinary client would.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let mut slowest = Duration::ZERO;
        for _ in 0..20 {
            let started = Instant::now();
            assert_eq!(app.get("/api/v1/policy").await.status(), 200);
            slowest = slowest.max(started.elapsed());
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        slowest
    };
    let (held, slowest_normal) = tokio::join!(slow, normal);
    let longest = held.iter().max().copied().unwrap_or_default();
    println!(
        "{SLOW_CLIENTS} slow connections held at most {longest:?}; ordinary requests took at most {slowest_normal:?}"
    );
    assert!(slowest_normal < Duration::from_secs(2), "ordinary requests were held up: {slowest_normal:?}");
    assert!(longest < Duration::from_secs(16), "a slow connection was kept {longest:?}");
    assert!(held.iter().all(|d| *d >= Duration::from_secs(9)), "cut off at the header limit, not before");
}

#[tokio::test]
async fn a_body_that_stops_arriving_is_answered_408() {
    let app = TestApp::spawn().await;
    let mut stream = TcpStream::connect(app.addr).await.expect("connected");
    let head = "POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"company\":";
    stream.write_all(head.as_bytes()).await.expect("sent");
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), async {
        let mut buffer = [0u8; 1024];
        while let Ok(n) = stream.read(&mut buffer).await {
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buffer[..n]);
            if answer.windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
    })
    .await;
    assert!(read.is_ok(), "no answer within 20 s");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    println!("stalled body answered after {:?}", started.elapsed());
}
