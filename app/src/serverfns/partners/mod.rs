//! Partners and their quarterly audits: signed-in staff only.

mod review_audit;
mod review_audits;
mod review_partner;
mod review_partners;

pub use review_audit::review_audit;
pub use review_audits::review_audits;
pub use review_partner::review_partner;
pub use review_partners::review_partners;
