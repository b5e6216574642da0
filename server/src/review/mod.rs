//! The reviewers' side: deciding applications.

mod chart;
mod decide;
mod events;
mod export;
mod form;
mod show;

pub use chart::weekly_submissions;
pub use decide::{DecideError, Decision, decide};
pub use events::stream_events;
pub use export::export_csv;
pub use form::submit_decision;
pub use show::application_review;
