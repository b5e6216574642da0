//! The applicants' server functions, one per file (the reviewers' are the console's), and the
//! one error every server function fails with.

pub mod applications;
mod error;

pub use error::{AppError, FieldProblem};
