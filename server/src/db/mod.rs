//! Storage. SQL stays in this module; the rest of the server calls typed functions.
//!
//! SQLite is the embedded default; PostgreSQL (`DATABASE_URL=postgres://…`) runs the same
//! product for several instances. Each backend has its own migrations directory (column types
//! differ), while the queries are written once in portable SQL and run on either pool
//! through [`with_pool!`].

/// Runs `$body` with `$pool` bound to whichever pool `$db` holds. The body is compiled once
/// per backend, so it may only use SQL and bound types both understand.
macro_rules! with_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Database::Sqlite($pool) => $body,
            $crate::db::Database::Postgres($pool) => $body,
        }
    };
}

/// How a write transaction begins on each backend.
pub(crate) trait WriteTransactions: sqlx::Database {
    const BEGIN: &'static str;
}

/// `BEGIN IMMEDIATE` takes SQLite's write lock at once, so concurrent writers wait their turn
/// on the busy timeout; a deferred transaction that reads before it writes can instead fail
/// at once with "database is locked" when another writer committed meanwhile (WAL).
impl WriteTransactions for sqlx::Sqlite {
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
}

impl WriteTransactions for sqlx::Postgres {
    const BEGIN: &'static str = "BEGIN";
}

/// Begins a transaction that will write (every transaction of this module does).
pub(crate) async fn begin_write<DB: WriteTransactions>(
    pool: &sqlx::Pool<DB>,
) -> Result<sqlx::Transaction<'static, DB>, sqlx::Error> {
    pool.begin_with(DB::BEGIN).await
}

mod applications;
mod audits;
mod connect;
mod decisions;
mod identities;
mod keys;
pub(crate) mod outbox;
mod partners;
mod policies;
mod queue;
mod resubmissions;
mod review;
mod reviewers;
mod roster_updates;
mod secrets;
mod staff_accounts;
mod two_factor;
mod webhooks;

pub use applications::{EventRecord, NewApplication, StatusRecord, Stored, find_status, insert_application};
pub use audits::{
    AuditCheckRecord, NewAudit, NewAuditCheck, PartnerAuditCheck, QuarterlyAudit, active_partner_ids,
    audit_checks_of, find_audit, insert_audit, insert_audit_check, latest_findings, list_audits,
};
pub use connect::Database;
pub use decisions::{Applied, NewDecision, NewPartner, apply_decision};
pub use identities::{SharedCertificate, SharedRegistration, shared_by_application, shared_by_partners};
pub use keys::{stored, stored_opt};
pub use outbox::{
    ClaimedMessage, Failure, NewEvent, NewMessage, claim_due, mark_delivered, mark_undelivered, undelivered,
};
pub use partners::{
    NewPayment, PartnerChange, PartnerEngineerRow, PartnerEventRecord, PartnerRecord, PaymentRecord,
    RosterResolution, apply_partner_change, find_partner, list_partners, partner_declarations,
    partner_engineers, partner_history,
};
pub use policies::{PolicyRecordError, record_policy};
pub use queue::{matching_entry, queue, queue_totals, submissions_per_day};
pub use resubmissions::{
    Replacement, StoredApplication, StoredEngineer, find_application, replace_application,
};
pub use review::{AuditRecord, ReviewRecord, VersionRecord, application_versions, find_review};
pub use reviewers::{
    Inserted, ReviewerRecord, disable_reviewer, find_reviewer, find_reviewer_by_email, insert_reviewer,
    list_reviewers,
};
pub use roster_updates::{
    RosterUpdateRecord, find_partner_by_reference, pending_roster, save_pending_roster,
};
pub use secrets::load_or_create_secret;
pub use staff_accounts::{
    NewLink, StaffEventRecord, change_password, insert_account_with_link, issue_link, record_staff_event,
    set_disabled, staff_trail, use_link,
};
pub use two_factor::{
    Enrolment, SecondFactorRecord, enable_second_factor, recovery_codes_left, reset_second_factor,
    second_factor, take_totp_step, use_recovery_code,
};
pub use webhooks::{deliveries, disable_endpoint, endpoint_secret, insert_endpoint, list_endpoints};
