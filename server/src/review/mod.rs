//! The reviewers' side: deciding applications, acting on partners, auditing them.

mod chart;
mod csv_sheet;
mod decide;
mod events;
mod export;
mod form;
mod partner_forms;
mod partners_export;
mod queue;
pub(crate) mod show;
mod verdict;
mod versions;
mod webhook_forms;

pub use chart::weekly_submissions;
pub use decide::{Decision, decide};
pub use events::stream_events;
pub use export::export_csv;
pub use form::submit_decision;
pub use partner_forms::{act_on_partner, record_audit_check, start_audit};
pub use partners_export::export_partners_csv;
pub use queue::{dashboard, queue_page, queue_update, totals};
pub use show::{application_review, registration_line};
pub use versions::{compare, versions};
pub use webhook_forms::{disable_webhook, register_webhook};
