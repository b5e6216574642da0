//! One module per page.

mod landing;
mod not_found;
mod status;

pub use landing::LandingPage;
pub use not_found::{NotFoundPage, NotFoundStatus};
pub use status::StatusPage;
