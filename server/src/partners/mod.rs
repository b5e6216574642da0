//! Partners after signing: activation on payment, level changes, renewals, non-renewals,
//! terminations and quarterly audits, judged by the domain's rules and stored with their history.

mod action;
mod actions;
mod audit_numbers;
mod audits;
mod register;
mod roster;
pub mod sample;
mod snapshot;

pub use action::PartnerAction;
pub use actions::act;
pub use audits::{audit_file, overview, record_check, start_audit};
pub use register::{counts, partner_file, partner_update, register};
pub use roster::{roster_to_edit, standing_of, submit_roster_update};
pub use snapshot::{PartnerSnapshot, load_all, load_one};
