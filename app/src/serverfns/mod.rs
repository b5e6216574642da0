//! Server functions, one per file, grouped by area.

pub mod applications;
mod error;

pub use error::{AppError, FieldProblem};
