//! The console's server functions, one per file, grouped by area. Each names the role it
//! requires first thing (`require::<Reviewer>()`); `server/tests/api/access.rs` lists every
//! one with its role. The services behind them are the server's, reached through the ports
//! of `app::server`.

pub mod accounts;
pub mod audits;
pub mod integrations;
pub mod partners;
pub mod review;
mod staff;

pub use staff::current_staff;
