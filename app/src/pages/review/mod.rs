//! The reviewers' pages, rendered on the server for signed-in staff only.

mod application;
mod audit;
mod audits;
mod chart;
mod gate;
mod integrations;
mod partner;
mod partner_sections;
mod partners;
mod queue;

pub use application::ReviewApplicationPage;
pub use audit::ReviewAuditPage;
pub use audits::ReviewAuditsPage;
pub use integrations::ReviewIntegrationsPage;
pub use partner::ReviewPartnerPage;
pub use partners::ReviewPartnersPage;
pub use queue::ReviewQueuePage;

/// The script that keeps a reviewer's page live, with the page's script nonce.
#[leptos::component]
fn LiveScript() -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! { <script src="/review-live.js" defer nonce=leptos::nonce::use_nonce()></script> }
}

/// A stored RFC 3339 time as people read it: `2026-11-26 15:12` (UTC); the full value stays
/// in the `datetime` attribute.
fn short_time(stored: &str) -> String {
    stored.get(..16).unwrap_or(stored).replace('T', " ")
}
