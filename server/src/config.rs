//! Where the server's settings come from: Leptos.toml, overridden by the environment.

use std::path::{Path, PathBuf};

use anyhow::Context;
use leptos::config::{LeptosOptions, get_config_from_str};
use serde::Deserialize;

#[derive(Debug, Clone)]
pub struct Config {
    pub leptos: LeptosOptions,
    /// `sqlite:…` or `postgres:…`.
    pub database_url: String,
    /// The address users reach the site at; `https://…` marks cookies Secure.
    pub public_url: String,
    pub rate_limits: crate::guards::RateLimitSettings,
    /// How applicants' messages are sent (`SMTP_URL`, `MAIL_FROM`, …).
    pub mail: crate::notify::MailSettings,
    /// Whether anonymous visitors' pages are served from rendered copies (`PAGE_CACHE=off`
    /// renders every request, to measure rendering).
    pub page_cache: bool,
    /// The proxies whose `X-Forwarded-For` names the client (`TRUSTED_PROXIES`, CIDRs).
    pub trusted_proxies: crate::guards::TrustedProxies,
    /// Who must sign in with a second factor (`STAFF_2FA=required`: reviewers too).
    pub two_factor: crate::accounts::TwoFactorPolicy,
    /// Where webhook deliveries may go (`WEBHOOK_ALLOW_PRIVATE=1` opens private networks).
    pub webhooks: crate::notify::WebhookReach,
}

/// The `[portal]` table of Leptos.toml: settings of ours that leptos_config does not know.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct PortalSettings {
    data_dir: Option<PathBuf>,
    public_url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct SettingsFile {
    #[serde(default)]
    portal: PortalSettings,
}

impl Config {
    /// Reads `path` (Leptos.toml); `DATABASE_URL`, `PORTAL_DATA_DIR` and `LEPTOS_*` override it.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the settings file {}", path.display()))?;
        let mut leptos = get_config_from_str(&text)
            .with_context(|| format!("reading [package.metadata.leptos] in {}", path.display()))?;
        // Leptos panics on every page when hashing is on and hash.txt is missing, as it is
        // for a binary cargo-leptos did not build (`cargo run`, the tests): plain names then.
        if leptos.hash_files && crate::asset_cache::hash_file(&leptos).is_none() {
            leptos.hash_files = false;
        }
        let settings: SettingsFile =
            toml::from_str(&text).with_context(|| format!("reading [portal] in {}", path.display()))?;
        let data_dir = std::env::var_os("PORTAL_DATA_DIR")
            .map(PathBuf::from)
            .or(settings.portal.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = match std::env::var("DATABASE_URL") {
            Ok(url) if !url.trim().is_empty() => url,
            _ => default_sqlite_url(&data_dir),
        };
        let public_url = std::env::var("PORTAL_PUBLIC_URL")
            .ok()
            .filter(|url| !url.trim().is_empty())
            .or(settings.portal.public_url)
            .unwrap_or_else(|| format!("http://{}", leptos.site_addr));
        let rate_limits = crate::guards::RateLimitSettings::from_env()?;
        let mail = crate::notify::MailSettings::from_env()?;
        let page_cache = !std::env::var("PAGE_CACHE").is_ok_and(|v| v.eq_ignore_ascii_case("off"));
        let webhooks = crate::notify::WebhookReach::from_env();
        let two_factor = crate::accounts::TwoFactorPolicy::from_env()?;
        let trusted_proxies = crate::guards::TrustedProxies::from_env()?;
        Ok(Self {
            leptos,
            database_url,
            public_url,
            rate_limits,
            mail,
            page_cache,
            webhooks,
            two_factor,
            trusted_proxies,
        })
    }
}

/// The embedded default: a SQLite file under the data directory, created on first start.
pub fn default_sqlite_url(data_dir: &Path) -> String {
    format!("sqlite://{}", data_dir.join("partner-portal.db").display())
}
