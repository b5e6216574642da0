//! The reviewers' pages, rendered on the server for signed-in staff only.

mod application;
mod chart;
mod gate;
mod queue;

pub use application::ReviewApplicationPage;
pub use queue::ReviewQueuePage;

/// A stored RFC 3339 time as people read it: `2026-11-26 15:12` (UTC); the full value stays
/// in the `datetime` attribute.
fn short_time(stored: &str) -> String {
    stored.get(..16).unwrap_or(stored).replace('T', " ")
}
