//! Reviewer and admin accounts: who may sign in, with which role.

mod admin;
mod password;
mod service;
pub mod two_factor;

pub use admin::{
    accounts, add_account, change_own_password, reset_password, set_disabled, use_password_link,
};
pub use app::server::Role;
pub use password::{MAX_PASSWORD_CHARS, PasswordError, hash_password, verify_password};
pub use service::{AccountError, Reviewer, add_reviewer, authenticate, normalise_email};
pub use two_factor::TwoFactorPolicy;
