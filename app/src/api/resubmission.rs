use serde::{Deserialize, Serialize};

/// What identifies an application sent again after the reviewers asked for more: its
/// reference and private status token, and the applicant's answer to the reviewers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resubmission {
    pub reference: String,
    pub token: String,
    #[serde(default)]
    pub answer: String,
}
