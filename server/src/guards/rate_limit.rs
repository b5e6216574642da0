//! Rate limits: sign-in attempts per client address and per account (password guessing),
//! and submissions per client address (flooding). Over the limit: 429 with `Retry-After`.
//!
//! The client address is the TCP peer, or behind the operator's proxies what they forwarded
//! for (`client_address.rs`). IPv6 addresses count by their /64. An account's attempts are
//! counted per client network, so someone guessing from elsewhere cannot lock its owner out;
//! each address is limited as a whole besides. `RATE_LIMIT=off` switches them off for load
//! tests.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use super::client_address::{ClientAddress, limit_key};
use crate::api::ApiError;

/// Per minute, each; `enabled: false` lets everything through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitSettings {
    pub enabled: bool,
    pub sign_ins_per_address: u32,
    pub sign_ins_per_account: u32,
    pub submissions_per_address: u32,
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        Self { enabled: true, sign_ins_per_address: 20, sign_ins_per_account: 5, submissions_per_address: 30 }
    }
}

impl RateLimitSettings {
    pub fn off() -> Self {
        Self { enabled: false, ..Self::default() }
    }

    /// The defaults, changed by `RATE_LIMIT=off`, `RATE_LIMIT_SIGN_INS_PER_ADDRESS`,
    /// `RATE_LIMIT_SIGN_INS_PER_ACCOUNT` and `RATE_LIMIT_SUBMISSIONS_PER_ADDRESS` (per minute).
    pub fn from_env() -> anyhow::Result<Self> {
        let mut settings = Self::default();
        if std::env::var("RATE_LIMIT").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
            settings.enabled = false;
        }
        for (name, field) in [
            ("RATE_LIMIT_SIGN_INS_PER_ADDRESS", &mut settings.sign_ins_per_address),
            ("RATE_LIMIT_SIGN_INS_PER_ACCOUNT", &mut settings.sign_ins_per_account),
            ("RATE_LIMIT_SUBMISSIONS_PER_ADDRESS", &mut settings.submissions_per_address),
        ] {
            if let Ok(raw) = std::env::var(name) {
                *field = raw.trim().parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    anyhow::anyhow!("{name} must be a whole number of requests per minute above 0")
                })?;
            }
        }
        Ok(settings)
    }
}

struct Limiters {
    sign_in_address: DefaultKeyedRateLimiter<IpAddr>,
    sign_in_account: DefaultKeyedRateLimiter<(String, Option<IpAddr>)>,
    submission_address: DefaultKeyedRateLimiter<IpAddr>,
}

/// The limiters a server shares between its requests.
#[derive(Clone, Default)]
pub struct RateLimits(Option<Arc<Limiters>>);

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "RateLimits(on)" } else { "RateLimits(off)" })
    }
}

/// Keys remembered before the idle ones are forgotten (memory stays bounded).
const MAX_KEYS: usize = 10_000;

impl RateLimits {
    pub fn new(settings: RateLimitSettings) -> Self {
        if !settings.enabled {
            return Self(None);
        }
        let per_minute = |n: u32| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Self(Some(Arc::new(Limiters {
            sign_in_address: DefaultKeyedRateLimiter::keyed(per_minute(settings.sign_ins_per_address)),
            sign_in_account: DefaultKeyedRateLimiter::keyed(per_minute(settings.sign_ins_per_account)),
            submission_address: DefaultKeyedRateLimiter::keyed(per_minute(settings.submissions_per_address)),
        })))
    }

    /// `Err(wait)` when this address or this account has tried too often.
    pub fn sign_in(&self, address: Option<IpAddr>, account: &str) -> Result<(), Duration> {
        let Some(limiters) = &self.0 else { return Ok(()) };
        let network = address.map(limit_key);
        if let Some(network) = network {
            check(&limiters.sign_in_address, &network)?;
        }
        check(&limiters.sign_in_account, &(account.trim().to_lowercase(), network))
    }

    pub(crate) fn submission(&self, address: IpAddr) -> Result<(), Duration> {
        let Some(limiters) = &self.0 else { return Ok(()) };
        check(&limiters.submission_address, &limit_key(address))
    }
}

fn check<K: std::hash::Hash + Eq + Clone>(
    limiter: &DefaultKeyedRateLimiter<K>,
    key: &K,
) -> Result<(), Duration> {
    if limiter.len() > MAX_KEYS {
        limiter.retain_recent();
    }
    limiter.check_key(key).map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
}

/// 429 with `Retry-After` in whole seconds (at least 1).
pub fn too_many(wait: Duration) -> Response {
    let refusal = (StatusCode::TOO_MANY_REQUESTS, "too many requests; try again shortly").into_response();
    with_retry_after(refusal, wait)
}

fn with_retry_after(mut response: Response, wait: Duration) -> Response {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    if let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// The client's address ([`ClientAddress`]), when the server knows its peers.
pub fn client_address(request_extensions: &axum::http::Extensions) -> Option<IpAddr> {
    request_extensions.get::<ClientAddress>().map(|ClientAddress(address)| *address)
}

/// Limits new applications per client address (API and the wizard's server function).
pub async fn limit_submissions(State(limits): State<RateLimits>, request: Request, next: Next) -> Response {
    let submits = request.method() == Method::POST
        && matches!(request.uri().path(), "/api/v1/applications" | "/fn/submit_application");
    if let (true, Some(address)) = (submits, client_address(request.extensions()))
        && let Err(wait) = limits.submission(address)
    {
        tracing::warn!(network = %network_of(address), "submission refused: rate limit");
        if request.uri().path().starts_with(crate::api::PREFIX) {
            return with_retry_after(ApiError::too_many_requests().into_response(), wait);
        }
        return too_many(wait);
    }
    next.run(request).await
}

/// An address with its host part blanked (IPv4 to /24, IPv6 to /48), for the log: enough
/// to see where a flood comes from, not which person sent it.
pub fn network_of(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            let [a, b, c, ..] = v6.segments();
            format!("{a:x}:{b:x}:{c:x}::/48")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::network_of;

    #[test]
    fn logged_addresses_keep_the_network_and_drop_the_host() {
        assert_eq!(network_of("203.0.113.77".parse().expect("IPv4")), "203.0.113.0/24");
        assert_eq!(network_of("2001:db8:1234:5678::9".parse().expect("IPv6")), "2001:db8:1234::/48");
    }
}
