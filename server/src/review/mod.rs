//! The reviewers' side: deciding applications.

mod decide;
mod form;
mod show;

pub use decide::{DecideError, Decision, decide};
pub use form::submit_decision;
pub use show::application_review;
