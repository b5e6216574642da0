//! One module per page.

mod landing;
mod login;
mod not_found;
mod password_link;
mod roster;
mod second_factor;
mod status;

pub use landing::LandingPage;
pub use login::LoginPage;
pub use not_found::{NotFoundPage, NotFoundStatus};
pub use password_link::PasswordLinkPage;
pub use roster::RosterPage;
pub use second_factor::{EnrolPage, RecoveryCodesPage, SecondFactorCodePage};
pub use status::StatusPage;
