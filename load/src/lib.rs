//! A load generator for the Partner Portal: many concurrent submissions through the real
//! HTTP API, each retried with its own submission key until answered, then a check of the
//! database that every answered submission is stored once. It can also run the server
//! itself and kill it (SIGKILL) in the middle, to show that nothing answered is lost.

mod body;
mod crash;
pub mod live;
mod percentiles;
mod run;
mod server_process;
mod verify;

pub use body::application;
pub use crash::{Crash, run_through_a_crash};
pub use percentiles::Latencies;
pub use run::{Answer, Plan, Report, run};
pub use server_process::ServerProcess;
pub use verify::{Verdict, count_applications, verify};

/// Loads are only ever sent to this machine.
pub fn is_loopback(base_url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(base_url) else { return false };
    let host = url.host_str().unwrap_or_default().trim_start_matches('[').trim_end_matches(']');
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_this_machine_is_a_target() {
        for here in ["http://127.0.0.1:3000", "http://localhost:8080/", "http://[::1]:80", "http://127.9.9.9"]
        {
            assert!(super::is_loopback(here), "{here}");
        }
        for elsewhere in ["http://10.0.0.1:3000", "http://example.com", "http://192.168.1.2", "not a url"] {
            assert!(!super::is_loopback(elsewhere), "{elsewhere}");
        }
    }
}
