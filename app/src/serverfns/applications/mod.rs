mod get_status;

pub use get_status::get_application_status;
