use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::applications::StatusTokens;
use crate::clock::Clock;
use crate::db::Database;
use crate::guards::RateLimits;
use crate::live::LiveEvents;
use crate::sessions::DatabaseSessionStore;

/// What every handler may reach. Cloned for every request, several times (each middleware
/// with state, the page's context), so it is one shared allocation: a clone is a count.
#[derive(Debug, Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

#[derive(Debug)]
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: Database,
    pub tokens: StatusTokens,
    pub sessions: DatabaseSessionStore,
    /// Whether the site is served over HTTPS (cookies are then marked Secure).
    pub secure_cookies: bool,
    pub live: LiveEvents,
    pub clock: Clock,
    pub rate_limits: RateLimits,
    /// The live streams open per staff account.
    pub live_streams: crate::live::StreamSlots,
    /// The proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: crate::guards::TrustedProxies,
    /// Who must sign in with a second factor.
    pub two_factor: crate::accounts::TwoFactorPolicy,
    /// Where webhook endpoints may point.
    pub webhooks: crate::notify::WebhookReach,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
