use serde::{Deserialize, Serialize};

use super::ApplicationRequest;

/// What identifies an application sent again after the reviewers asked for more: its
/// reference and private status token, and the applicant's answer to the reviewers (the
/// wizard's server function).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resubmission {
    pub reference: String,
    pub token: String,
    #[serde(default)]
    pub answer: String,
}

/// Body of `POST /api/v1/applications/{reference}/resubmissions`: the applicant's answer and
/// the whole edited application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", schema(example = super::examples::resubmission))]
pub struct ResubmissionRequest {
    /// The applicant's answer to the reviewers' question.
    pub answer: String,
    pub application: ApplicationRequest,
}
