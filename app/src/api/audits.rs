//! What reviewers see about the quarterly random audits.

use serde::{Deserialize, Serialize};

use super::{AuditCheckLine, RosterLine};
use crate::domain::Tier;
use crate::domain::partnership::Standing;

/// One quarterly audit as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditSummary {
    pub id: i64,
    pub quarter: String,
    /// How the sample was sized and drawn, e.g. `percent:10;partial-fisher-yates-chacha20`.
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
    pub tier: Tier,
    pub standing: Option<Standing>,
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
