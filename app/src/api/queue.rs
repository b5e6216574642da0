//! The reviewers' queue: what it lists, how it is narrowed, and the dashboard's totals.

use serde::{Deserialize, Serialize};

use super::empty_as_none;
use crate::domain::{ApplicationState, Category, EnterpriseLevel, Tier};
use crate::keyed::keyed;

/// One application as the queue lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueEntry {
    pub reference: String,
    pub legal_name: String,
    pub category: Category,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub requested_tier: Tier,
    /// The server's verdict for the requested tier at submission.
    pub requested_eligible: bool,
    pub status: ApplicationState,
    /// Increases with every change; a decision names the version it was made on.
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
    /// What to look at: a certificate or a registration number someone else claims too.
    #[serde(default)]
    pub flags: Vec<QueueFlag>,
}

keyed! {
    /// A red flag the queue can be narrowed to (and, for shared identities, shown on the row).
    pub enum QueueFlag {
        /// Short of the partnership asked for.
        Ineligible => "ineligible",
        MissingDeclarations => "missing_declarations",
        /// A certificate another application being decided or a current partner claims too.
        SharedCertificate => "shared_certificate",
        /// A registration number another application being decided or a current partner gave too.
        SharedRegistration => "shared_registration",
    }
}

keyed! {
    pub enum QueueSort {
        Newest => "newest",
        Oldest => "oldest",
        Company => "company",
    }
}

/// How a reviewer narrows and orders the queue (the page's query string, the CSV export's
/// and the API's too). An empty parameter (`status=`) means no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(default)]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct QueueFilter {
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub status: Option<ApplicationState>,
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Only applications with this red flag.
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub flag: Option<QueueFlag>,
    /// Part of the company's name or of the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Newest first unless told otherwise.
    #[serde(deserialize_with = "empty_as_none", skip_serializing_if = "Option::is_none")]
    pub sort: Option<QueueSort>,
    /// From 1 (anything less is the first).
    #[serde(skip_serializing_if = "Option::is_none")]
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
    pub totals: QueueTotals,
}

/// Every application counted by status and by category (not narrowed by a filter), and
/// submissions per week (the dashboard's chart).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueTotals {
    pub by_status: Vec<(ApplicationState, i64)>,
    pub by_category: Vec<(Category, i64)>,
    /// Oldest week first.
    pub weeks: Vec<WeekCount>,
}

/// Submissions in the week starting `week_start` (a Monday, `YYYY-MM-DD`), by category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCount {
    pub week_start: String,
    pub by_category: Vec<(Category, i64)>,
}
