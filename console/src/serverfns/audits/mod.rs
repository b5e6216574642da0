//! The quarterly random audits.

mod record_audit_check;
mod review_audit;
mod review_audits;
mod start_audit;

pub use record_audit_check::record_audit_check;
pub use review_audit::review_audit;
pub use review_audits::review_audits;
pub use start_audit::start_audit;
