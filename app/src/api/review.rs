//! What a reviewer sees of one application.

use serde::{Deserialize, Serialize};

use super::CompanyInput;
use crate::domain::{
    ApplicationState, Category, Certification, Declaration, EnterpriseLevel, HistoryKind, Shortfall, Tier,
    Track,
};

/// Everything a reviewer needs to decide one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationReview {
    pub reference: String,
    pub status: ApplicationState,
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
    /// The company as it was submitted (every field given).
    pub company: CompanyInput,
    pub category: Category,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub brand_description: Option<String>,
    pub requested_tier: Tier,
    pub policy_version: i64,
    pub engineers: Vec<ReviewEngineer>,
    /// Every declaration the category asks for, given or not.
    pub declarations: Vec<(Declaration, bool)>,
    /// The verdict stored at submission, under `policy_version`.
    pub verdict_then: Vec<TierLine>,
    /// The same application evaluated under the policy in force now.
    pub verdict_now: Vec<TierLine>,
    pub current_policy_version: i64,
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEngineer {
    pub name: String,
    pub certificate_id: String,
    pub track: Track,
    pub certification: Option<Certification>,
    pub lecturer: bool,
    /// Other applications listing the same certificate ID (a red flag).
    pub also_claimed_by: Vec<String>,
}

/// One tier's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierLine {
    pub tier: Tier,
    pub eligible: bool,
    pub shortfalls: Vec<Shortfall>,
}

/// One entry of a history: who did what, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: String,
    pub kind: HistoryKind,
    /// `applicant`, `partner`, or the staff member's email.
    pub actor: String,
    pub note: Option<String>,
}
