//! The reviewers' side: deciding applications.

mod decide;

pub use decide::{DecideError, Decision, decide};
