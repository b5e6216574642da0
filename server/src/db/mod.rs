//! Storage. SQL stays in this module; the rest of the server calls typed functions.
//!
//! SQLite is the embedded default; PostgreSQL (`DATABASE_URL=postgres://…`) runs the same
//! product for several instances. Each backend has its own migrations directory so each can
//! use its own column types, while the queries stay portable.

mod connect;
mod policies;

pub use connect::Database;
pub use policies::{PolicyRecordError, record_policy};
