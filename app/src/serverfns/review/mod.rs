//! The reviewers' server functions: signed-in staff only.

// Only server function bodies call it, and those are compiled for the server only.
#[cfg(feature = "ssr")]
mod guard;
mod pages;
mod partners;

pub use pages::{review_application, review_queue};
pub use partners::{review_audit, review_audits, review_integrations, review_partner, review_partners};
