//! Wire types: the one shape of each thing the server sends or reads, for the public JSON
//! API (`/api/v1/...`), the server functions and the browser's WASM alike. Field names
//! here are a public contract: extend, never rename. Values with a domain type carry it
//! (categories, statuses, tiers…), serialised under the same keys as ever.

mod accounts;
mod application_request;
mod application_status;
mod audits;
mod console;
mod decisions;
mod eligibility_request;
#[cfg(feature = "openapi")]
pub mod examples;
mod integrations;
mod live;
mod partners;
mod policy_document;
mod queue;
mod resubmission;
mod review;
mod versions;

pub use accounts::{Account, OneTimeLink, StaffAccounts, StaffEvent};
pub use application_request::{ApplicationRequest, CompanyInput, Submission, SubmissionKey};
pub use application_status::{ApplicationCreated, ApplicationStatus, StatusEvent};
pub use audits::{AuditFile, AuditSummary, AuditsOverview, SampledPartner};
pub use console::{
    Dashboard, DecisionOutcome, EngineerCheck, PartnerActionRequest, PartnerCounts, PartnerUpdate,
    QueueUpdate, SampleRequest, StaffMember,
};
pub use decisions::{DecisionKind, DecisionMade, DecisionRequest};
pub use eligibility_request::{DeclarationsInput, EligibilityRequest, EngineerInput};
pub use integrations::{
    Channel, EndpointLog, EventType, IntegrationsOverview, NewEndpoint, Registered, UndeliveredMessage,
    WebhookDelivery, WebhookEndpoint,
};
pub use live::{LiveEvent, LiveKind};
pub use partners::{
    AuditCheckLine, Due, NumberLine, PartnerFile, PartnerFilter, PartnerFlag, PartnerFlagFilter,
    PartnerRegister, PartnerRow, PartnerStanding, PaymentLine, RenewalLine, RosterLine, RosterToEdit,
    RosterUpdateLine, SharedLine, SharedRegistrationLine, SharedWith, TrialLine,
};
pub use policy_document::PolicyDocument;
pub use queue::{QueueEntry, QueueFilter, QueueFlag, QueuePage, QueueSort, QueueTotals, WeekCount};
pub use resubmission::{Resubmission, ResubmissionRequest};
pub use review::{ApplicationReview, HistoryDetail, HistoryEntry, ReviewEngineer, TierLine};
pub use versions::{ApplicationVersion, VersionChange, changes};

/// A whole number, also when written with a fraction of zero (`3.0`): JSON does not tell the
/// two apart, and JSON Schema's `integer` takes both.
pub(crate) fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    use serde::Deserialize;
    use serde::de::Error;
    let number = serde_json::Number::deserialize(deserializer)?;
    if let Some(whole) = number.as_i64() {
        return Ok(whole);
    }
    match number.as_f64() {
        Some(x)
            if x.fract() == 0.0 && (-9.007_199_254_740_992e15..=9.007_199_254_740_992e15).contains(&x) =>
        {
            #[expect(clippy::cast_possible_truncation, reason = "whole and within ±2^53, so exact")]
            Ok(x as i64)
        }
        _ => Err(D::Error::custom(format!("invalid value: {number}, expected a whole number"))),
    }
}

/// Reads an empty query parameter (`status=`, as an HTML form sends "any") as absent.
pub(crate) fn empty_as_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    let raw = Option::<String>::deserialize(deserializer)?;
    match raw.as_deref() {
        None | Some("") => Ok(None),
        Some(value) => T::deserialize(IntoDeserializer::<D::Error>::into_deserializer(value)).map(Some),
    }
}
