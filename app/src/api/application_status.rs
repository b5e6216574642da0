use serde::{Deserialize, Serialize};

use crate::domain::{ApplicationState, Category, EnterpriseLevel, HistoryKind, Shortfall, Tier};

/// Body of `POST /api/v1/applications` (201): where the application can be followed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationCreated {
    pub reference: String,
    /// The private status page, with its token: whoever holds it can read the status.
    pub status_url: String,
}

/// Body of `GET /api/v1/applications/{reference}`: what the applicant may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationStatus {
    pub reference: String,
    pub status: ApplicationState,
    pub category: Category,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub requested: Tier,
    /// The server's verdict for the requested tier when submitted.
    pub requested_eligible: bool,
    /// What the requested tier lacked when submitted (empty when it was met).
    #[serde(default)]
    pub shortfalls: Vec<Shortfall>,
    pub policy_version: u32,
    pub submitted_at: String,
    pub updated_at: String,
    pub history: Vec<StatusEvent>,
    /// Once approved: the partnership it led to (absent before, so older clients see the
    /// same document as ever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<super::PartnerStanding>,
}

/// One entry of the application's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusEvent {
    pub at: String,
    pub kind: HistoryKind,
    pub note: Option<String>,
}
