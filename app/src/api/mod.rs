//! Wire types of the public JSON API (`/api/v1/...`), shared by the server's handlers and
//! the browser's WASM. Field names here are a public contract: extend, never rename.

mod application_request;
mod application_status;
mod eligibility_request;
#[cfg(feature = "openapi")]
pub mod examples;
mod integrations;
mod partners;
mod policy_document;
mod resubmission;
mod review;

pub use application_request::{ApplicationRequest, CompanyInput, Submission, SubmissionKey};
pub use application_status::{ApplicationCreated, ApplicationStatus, StatusEvent};
pub use eligibility_request::{DeclarationsInput, EligibilityRequest, EngineerInput};
pub use integrations::{DeliveryEntry, EndpointView, IntegrationsOverview, OutboxEntry};
pub use partners::{
    AuditCheckLine, AuditFile, AuditSummary, AuditsOverview, NumberLine, PartnerFile, PartnerFilter,
    PartnerRegister, PartnerRow, PartnerStanding, PaymentLine, RosterLine, RosterToEdit, RosterUpdateLine,
    SampledPartner, SharedLine, TrialLine,
};
pub use policy_document::PolicyDocument;
pub use resubmission::Resubmission;
pub use review::{
    ApplicationReview, AuditEntry, QueueEntry, QueueFilter, QueuePage, ReviewEngineer, TierLine, WeekCount,
};
