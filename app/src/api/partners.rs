//! What reviewers see about partners: the register, one partner's file, its standing.

use serde::{Deserialize, Serialize};

use super::{HistoryEntry, empty_as_none};
use crate::domain::partnership::{Finding, Standing};
use crate::domain::{Category, Certification, EnterpriseLevel, Requirement, Shortfall, Tier, Track};
use crate::keyed::keyed;

keyed! {
    /// Something about a partner a reviewer should look at.
    pub enum PartnerFlag {
        /// A certificate also on another partner's roster (or roster update) or on an
        /// application being decided.
        SharedCertificate => "shared_certificate",
        /// Its registration number also given by another partner or an application.
        SharedRegistration => "shared_registration",
        AuditDeception => "audit_deception",
        AuditShortfall => "audit_shortfall",
        /// The roster no longer meets the partner's tier.
        Short => "short",
        /// The term is over and the numbers are short.
        NonRenewalProposed => "non_renewal_proposed",
    }
}

keyed! {
    /// The flags the register can be narrowed to (`audit`: either audit flag).
    pub enum PartnerFlagFilter {
        SharedCertificate => "shared_certificate",
        SharedRegistration => "shared_registration",
        Audit => "audit",
        Short => "short",
        NonRenewalProposed => "non_renewal_proposed",
    }
}

keyed! {
    /// A deadline list of the register.
    pub enum Due {
        /// A trial's year ends within 60 days.
        TrialDue => "trial_due",
        TrialOverdue => "trial_overdue",
        RenewalDue => "renewal_due",
    }
}

/// How a reviewer narrows the partner register (the page's query string, the CSV's too).
/// An empty parameter (`standing=`) means no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerFilter {
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub standing: Option<Standing>,
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub flag: Option<PartnerFlagFilter>,
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    /// Part of the company's name or of the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
}

/// A requirement's number: what the roster has against what is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberLine {
    pub requirement: Requirement,
    pub have: u32,
    pub required: u32,
}

/// A Trial partner against its one-year deadline and the full Enterprise numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialLine {
    pub days_left: i64,
    pub numbers: Vec<NumberLine>,
    pub missing: Vec<Shortfall>,
    pub due: bool,
    pub overdue: bool,
    pub propose_non_renewal: bool,
}

/// One partner as the register lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRow {
    pub id: i64,
    pub reference: String,
    pub legal_name: String,
    pub category: Category,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub standing: Standing,
    /// UTC dates, `YYYY-MM-DD`; none while awaiting the fee.
    pub term_start: Option<String>,
    pub term_end: Option<String>,
    pub days_left: Option<i64>,
    /// The partner's tier and whether its current roster meets it under the current policy.
    pub tier: Tier,
    pub eligible: bool,
    pub shortfalls: Vec<Shortfall>,
    pub engineers: usize,
    pub flags: Vec<PartnerFlag>,
    pub trial: Option<TrialLine>,
}

/// The register: the filtered partners and the counts its links show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRegister {
    pub rows: Vec<PartnerRow>,
    /// Every partner by standing (not narrowed by the filter).
    pub by_standing: Vec<(Standing, i64)>,
    pub trials_due: i64,
    pub trials_overdue: i64,
    pub renewals_due: i64,
    /// The server's today (UTC), `YYYY-MM-DD`.
    pub today: String,
}

keyed! {
    /// Who else claims a certificate or a registration number.
    pub enum SharedWith {
        Partner => "partner",
        /// A partner's roster update waiting for review.
        RosterUpdate => "roster_update",
        Application => "application",
    }
}

/// A registration number (unified social credit code) another company gave too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedRegistrationLine {
    pub registration_number: String,
    pub other_kind: SharedWith,
    pub other_reference: String,
    pub other_name: String,
    /// The other partner's id (links to its page), for a partner.
    pub other_partner: Option<i64>,
}

/// A certificate on this partner's roster (or its pending update) that someone else lists too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedLine {
    pub certificate_id: String,
    pub other_kind: SharedWith,
    pub other_reference: String,
    /// The other partner's id (links to its page), for a partner.
    pub other_partner: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterLine {
    pub name: String,
    pub certificate_id: String,
    pub track: Track,
    pub certification: Option<Certification>,
    pub lecturer: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentLine {
    pub amount: String,
    pub paid_on: String,
    pub reference: String,
    pub recorded_by: String,
    pub recorded_at: String,
}

/// A sampled partner's check in a quarterly audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditCheckLine {
    pub audit_id: i64,
    pub quarter: String,
    pub finding: Finding,
    /// The verified numbers, as stored (`automation_engineers:service: 1 of 2; …`).
    pub numbers: String,
    /// The same, as numbers.
    pub counts: Vec<NumberLine>,
    /// False certificates (not issued, or issued to someone else): deception.
    pub unverified: Vec<String>,
    /// Engineers no longer with the partner: not counted, no breach.
    #[serde(default)]
    pub left: Vec<String>,
    pub checked_by: String,
    pub checked_at: String,
}

/// Whether a partner can be renewed now, and if not, why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalLine {
    /// Renewal opens 60 days before the term ends.
    pub open: bool,
    /// Open, but a Trial partner must move to its Enterprise level first.
    pub still_trial: bool,
    /// Open, but the roster no longer qualifies under the current policy.
    pub shortfalls: Vec<Shortfall>,
}

/// Everything a reviewer needs about one partner, and what may be done now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerFile {
    pub row: PartnerRow,
    pub version: i64,
    pub roster: Vec<RosterLine>,
    pub shared: Vec<SharedLine>,
    #[serde(default)]
    pub shared_registration: Vec<SharedRegistrationLine>,
    pub payments: Vec<PaymentLine>,
    pub audit_checks: Vec<AuditCheckLine>,
    pub history: Vec<HistoryEntry>,
    pub renewal: RenewalLine,
    /// The roster the partner sent and a reviewer has not answered yet.
    pub pending_roster: Option<RosterUpdateLine>,
    pub today: String,
}

/// A partner's proposed roster, judged for its tier, with what changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterUpdateLine {
    pub id: i64,
    pub submitted_at: String,
    pub note: Option<String>,
    pub roster: Vec<RosterLine>,
    /// Certificate IDs that come and go.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub eligible: bool,
    pub shortfalls: Vec<Shortfall>,
}

/// What an applicant whose application made it a partner sees on the status page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerStanding {
    pub standing: Standing,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub term_start: Option<String>,
    pub term_end: Option<String>,
    pub roster_update_pending: bool,
}

/// The roster update page's starting point: the partner's roster (or its pending update) in
/// the wizard's shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterToEdit {
    pub request: super::ApplicationRequest,
    pub pending: bool,
}
