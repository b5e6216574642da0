//! The reviewers' applications: signed-in staff only.

mod review_application;
mod review_queue;

pub use review_application::review_application;
pub use review_queue::review_queue;
