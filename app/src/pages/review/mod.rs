//! The reviewers' pages, rendered on the server for signed-in staff only.

mod application;
mod audit;
mod audits;
mod chart;
mod gate;
mod partner;
mod partner_sections;
mod partners;
mod queue;

pub use application::ReviewApplicationPage;
pub use audit::ReviewAuditPage;
pub use audits::ReviewAuditsPage;
pub use partner::ReviewPartnerPage;
pub use partners::ReviewPartnersPage;
pub use queue::ReviewQueuePage;

/// A stored RFC 3339 time as people read it: `2026-11-26 15:12` (UTC); the full value stays
/// in the `datetime` attribute.
fn short_time(stored: &str) -> String {
    stored.get(..16).unwrap_or(stored).replace('T', " ")
}
