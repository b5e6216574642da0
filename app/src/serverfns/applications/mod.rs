//! What applicants and partners do through their private link.

mod application_for_resubmission;
mod get_status;
mod partner_roster;
mod submit_application;

pub use application_for_resubmission::application_for_resubmission;
pub use get_status::get_application_status;
pub use partner_roster::partner_roster;
pub use submit_application::submit_application;
