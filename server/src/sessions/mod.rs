//! Staff sessions: stored in the database (so any instance can serve any request), resolved
//! on every request into the signed-in [`app::server::Principal`], if any.

mod login;
mod password_link;
mod resolve;
mod second_factor;
mod store;

pub use login::{sign_in, sign_out};
pub use password_link::set_password;
pub use resolve::{resolve_principal, still_signed_in};
pub use second_factor::{enrolment_qr, recovery_codes_kept, submit_code, submit_enrolment};
pub use store::{DatabaseSessionStore, SESSION_COOKIE, session_layer};

/// Signed out after this long without a request…
pub const IDLE_TIMEOUT_HOURS: i64 = 8;
/// …and after this long in any case, however active.
pub const ABSOLUTE_TIMEOUT_HOURS: i64 = 12;
