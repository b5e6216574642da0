//! The reviewers' applications.

mod decide_application;
mod queue_change;
mod review_application;
mod review_dashboard;
mod review_queue;

pub use decide_application::decide_application;
pub use queue_change::queue_change;
pub use review_application::review_application;
pub use review_dashboard::review_dashboard;
pub use review_queue::review_queue;
