//! A reviewer's decision about an application, as the JSON API and the console send it.

use serde::{Deserialize, Serialize};

use crate::domain::{Category, EnterpriseLevel};

/// Body of `POST /api/v1/review/applications/{reference}/decisions`:
/// `{"version": 3, "decision": "approve", "category": "enterprise", "enterprise_level": "trial"}`,
/// `{"version": 3, "decision": "reject", "reason": "…"}` or
/// `{"version": 3, "decision": "request_info", "message": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", schema(example = json!({"version": 1, "decision": "approve", "category": "community"})))]
pub struct DecisionRequest {
    /// The version the reviewer saw; a decision on an older one changes nothing (409).
    #[serde(deserialize_with = "super::whole_number")]
    pub version: i64,
    pub decision: DecisionKind,
    /// Approvals: the category granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Enterprise approvals: the level granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_level: Option<EnterpriseLevel>,
    /// Rejections: why, in words the applicant reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Requests for information: the question to the applicant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Approve,
    Reject,
    RequestInfo,
}

/// The answer to a decision: the application's new version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionMade {
    pub reference: String,
    pub version: i64,
}
