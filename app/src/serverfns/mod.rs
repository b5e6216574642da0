//! Server functions, one per file, grouped by area.

pub mod applications;
mod error;
pub mod review;

pub use error::{AppError, FieldProblem};
