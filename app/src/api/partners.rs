//! What reviewers' pages show about partners and quarterly audits.

use serde::{Deserialize, Serialize};

use super::AuditEntry;

/// How a reviewer narrows the partner register (the page's query string, the CSV's too).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerFilter {
    /// `awaiting_fee`, `active`, `renewal_due`, `not_renewed` or `terminated`.
    pub standing: Option<String>,
    pub category: Option<String>,
    /// `shared_certificate`, `audit` (flagged by an audit) or `short` (the roster no longer
    /// meets the partner's tier).
    pub flag: Option<String>,
    /// `trial_due` (a trial's year ends within 60 days), `trial_overdue` or `renewal_due`.
    pub due: Option<String>,
    /// Part of the company's name or of the reference.
    pub q: Option<String>,
}

/// A requirement's number: what the roster has against what is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberLine {
    /// The requirement's key, e.g. `automation_engineers:service`.
    pub requirement: String,
    pub have: u32,
    pub required: u32,
}

/// A Trial partner against its one-year deadline and the full Enterprise numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialLine {
    pub days_left: i64,
    pub numbers: Vec<NumberLine>,
    pub missing: Vec<String>,
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
    pub category: String,
    pub enterprise_level: Option<String>,
    /// `awaiting_fee`, `active`, `renewal_due`, `not_renewed` or `terminated`.
    pub standing: String,
    /// UTC dates, `YYYY-MM-DD`; none while awaiting the fee.
    pub term_start: Option<String>,
    pub term_end: Option<String>,
    pub days_left: Option<i64>,
    /// The partner's tier and whether its current roster meets it under the current policy.
    pub tier: String,
    pub eligible: bool,
    pub shortfalls: Vec<String>,
    pub engineers: usize,
    /// `shared_certificate`, `audit_deception`, `audit_shortfall`, `short`, `non_renewal_proposed`.
    pub flags: Vec<String>,
    pub trial: Option<TrialLine>,
}

/// The register: the filtered partners and the counts its links show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRegister {
    pub rows: Vec<PartnerRow>,
    /// Every partner by standing (not narrowed by the filter).
    pub by_standing: Vec<(String, i64)>,
    pub trials_due: i64,
    pub trials_overdue: i64,
    pub renewals_due: i64,
    /// The server's today (UTC), `YYYY-MM-DD`.
    pub today: String,
}

/// A certificate on this partner's roster that someone else lists too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedLine {
    pub certificate_id: String,
    /// `partner` or `application`.
    pub other_kind: String,
    pub other_reference: String,
    /// The other partner's id (links to its page), for `partner`.
    pub other_partner: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterLine {
    pub name: String,
    pub certificate_id: String,
    pub track: String,
    pub certification: Option<String>,
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
    /// `passed`, `shortfall` or `deception`.
    pub finding: String,
    pub numbers: String,
    pub unverified: Vec<String>,
    pub checked_by: String,
    pub checked_at: String,
}

/// Everything a reviewer needs about one partner, and what may be done now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerFile {
    pub row: PartnerRow,
    pub version: i64,
    pub roster: Vec<RosterLine>,
    pub shared: Vec<SharedLine>,
    pub payments: Vec<PaymentLine>,
    pub audit_checks: Vec<AuditCheckLine>,
    pub history: Vec<AuditEntry>,
    /// Whether renewal is open (term ends within 60 days); when open and blocked, why.
    pub renewal_open: bool,
    pub renewal_blocked: Vec<String>,
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
    pub shortfalls: Vec<String>,
}

/// What an applicant whose application made it a partner sees on the status page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerStanding {
    /// `awaiting_fee`, `active`, `renewal_due`, `not_renewed` or `terminated`.
    pub standing: String,
    pub enterprise_level: Option<String>,
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

/// One quarterly audit as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditSummary {
    pub id: i64,
    pub quarter: String,
    pub sample_rule: String,
    pub started_by: String,
    pub started_at: String,
    pub population: usize,
    pub sampled: usize,
    pub checked: usize,
    pub flagged: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditsOverview {
    pub audits: Vec<AuditSummary>,
    /// The quarter an audit started now would cover, e.g. `2026-Q4`, and the one before.
    pub current_quarter: String,
    pub previous_quarter: String,
    pub active_partners: usize,
}

/// A sampled partner, with what its auditor checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SampledPartner {
    pub partner_id: i64,
    pub reference: String,
    pub legal_name: String,
    pub tier: String,
    pub standing: String,
    pub roster: Vec<RosterLine>,
    pub check: Option<AuditCheckLine>,
}

/// One audit in full: the seed and the list it drew from (so anyone can draw it again),
/// and the sample with each partner's check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFile {
    pub summary: AuditSummary,
    pub seed: String,
    pub population: Vec<i64>,
    pub sample: Vec<SampledPartner>,
}
