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

/// How a reviewer narrows and orders the queue (the page's query string, the CSV export's too).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(default)]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct QueueFilter {
    pub status: Option<String>,
    pub category: Option<String>,
    /// Only applications with this red flag: `ineligible` (short of the partnership asked
    /// for), `missing_declarations` or `shared_certificate`.
    pub flag: Option<String>,
    /// Part of the company's name or of the reference.
    pub q: Option<String>,
    /// `newest` (default), `oldest` or `company`.
    pub sort: Option<String>,
    /// From 1.
    pub page: Option<i64>,
}

impl QueueFilter {
    pub const PAGE_SIZE: i64 = 50;

    /// The page asked for, from 1.
    pub fn page_number(&self) -> i64 {
        self.page.unwrap_or(1).max(1)
    }

    /// Rows before the page asked for; a page far past the end stays far past it rather
    /// than overflowing.
    pub fn offset(&self, page_size: i64) -> i64 {
        (self.page_number() - 1).saturating_mul(page_size)
    }
}

/// One page of the queue, with the totals the dashboard shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    pub rows: Vec<QueueEntry>,
    /// Applications matching the filter, on all pages.
    pub matching: i64,
    pub page: i64,
    pub pages: i64,
    /// Every application by status and by category (not narrowed by the filter).
    pub by_status: Vec<(String, i64)>,
    pub by_category: Vec<(String, i64)>,
    /// Submissions per week by category, oldest week first (the dashboard's chart).
    pub weeks: Vec<WeekCount>,
}

/// Submissions in the week starting `week_start` (a Monday, `YYYY-MM-DD`), by category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCount {
    pub week_start: String,
    pub by_category: Vec<(String, i64)>,
}
