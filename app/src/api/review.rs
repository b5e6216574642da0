//! What reviewers' pages and the reviewers' API show about applications.

use serde::{Deserialize, Serialize};

/// One application as the queue lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    pub reference: String,
    pub legal_name: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub requested_tier: String,
    pub requested_eligible: bool,
    pub status: String,
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
}

/// Everything a reviewer needs to decide one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationReview {
    pub reference: String,
    pub status: String,
    pub version: i64,
    pub submitted_at: String,
    pub company: Vec<(String, String)>,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub brand_description: Option<String>,
    pub requested_tier: String,
    pub policy_version: i64,
    pub engineers: Vec<ReviewEngineer>,
    pub declarations: Vec<(String, bool)>,
    /// The verdict stored at submission, under `policy_version`.
    pub verdict_then: Vec<TierLine>,
    /// The same application evaluated under the policy in force now.
    pub verdict_now: Vec<TierLine>,
    pub current_policy_version: i64,
    pub history: Vec<AuditEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEngineer {
    pub name: String,
    pub certificate_id: String,
    pub track: String,
    pub certification: Option<String>,
    pub lecturer: bool,
    /// Other applications listing the same certificate ID (a red flag).
    pub also_claimed_by: Vec<String>,
}

/// One tier's verdict, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierLine {
    pub tier: String,
    pub eligible: bool,
    pub shortfalls: Vec<String>,
}

/// One entry of the audit trail: who did what, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub kind: String,
    pub actor: String,
    pub note: Option<String>,
}
