//! The reviewers' applications.

mod application_versions;
mod compare_versions;
mod decide_application;
mod queue_change;
mod review_application;
mod review_dashboard;
mod review_queue;

pub use application_versions::application_versions;
pub use compare_versions::compare_versions;
pub use decide_application::decide_application;
pub use queue_change::queue_change;
pub use review_application::review_application;
pub use review_dashboard::review_dashboard;
pub use review_queue::review_queue;
