mod get_status;
mod roster;
mod submit;

pub use get_status::get_application_status;
pub use roster::partner_roster;
pub use submit::{application_for_resubmission, submit_application};
