mod get_status;
mod submit;

pub use get_status::get_application_status;
pub use submit::{application_for_resubmission, submit_application};
