//! Server functions, one per file, grouped by area. Each staff function names the role it
//! requires first thing (`require::<Reviewer>()`); a test lists every function with its role.

pub mod applications;
mod error;
pub mod integrations;
pub mod partners;
pub mod review;

pub use error::{AppError, FieldProblem};
