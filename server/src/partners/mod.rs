//! Partners after signing: activation on payment, level changes, renewals, non-renewals,
//! terminations and quarterly audits, judged by the domain's rules and stored with their history.

mod actions;
mod audits;
mod register;
mod roster;
pub mod sample;
mod snapshot;

pub use actions::{ActError, PartnerAction, act};
pub use audits::{AuditError, audit_file, overview, record_check, start_audit};
pub use register::{partner_file, register};
pub use roster::{RosterError, roster_to_edit, standing_of, submit_roster_update};
pub use snapshot::{PartnerSnapshot, load_all, load_one};
