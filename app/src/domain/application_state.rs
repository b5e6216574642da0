use serde::{Deserialize, Serialize};

/// Where an application stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    Submitted,
    InfoRequested,
    Resubmitted,
    Approved,
    Rejected,
}

impl ApplicationState {
    pub const ALL: [ApplicationState; 5] =
        [Self::Submitted, Self::InfoRequested, Self::Resubmitted, Self::Approved, Self::Rejected];

    pub fn key(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::InfoRequested => "info_requested",
            Self::Resubmitted => "resubmitted",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.key() == key)
    }
}
