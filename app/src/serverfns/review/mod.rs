//! The reviewers' server functions: signed-in staff only.

mod guard;
mod pages;

pub use pages::{review_application, review_queue};
