use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::applications::StatusTokens;
use crate::clock::Clock;
use crate::db::Database;
use crate::guards::RateLimits;
use crate::live::LiveEvents;
use crate::sessions::DatabaseSessionStore;

/// What every handler may reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Database,
    pub tokens: StatusTokens,
    pub sessions: DatabaseSessionStore,
    /// Whether the site is served over HTTPS (cookies are then marked Secure).
    pub secure_cookies: bool,
    pub live: LiveEvents,
    pub clock: Clock,
    pub rate_limits: RateLimits,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
