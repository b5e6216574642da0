//! The reviewers' pages, rendered on the server for signed-in staff only.

mod application;
mod chart;
mod gate;
mod queue;

pub use application::ReviewApplicationPage;
pub use queue::ReviewQueuePage;
