//! Reviewer and admin accounts: who may sign in, with which role.

mod password;
mod service;

pub use app::server::Role;
pub use password::{MAX_PASSWORD_CHARS, PasswordError, hash_password, verify_password};
pub use service::{AccountError, Reviewer, add_reviewer, authenticate, normalise_email};
