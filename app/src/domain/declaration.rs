use serde::{Deserialize, Serialize};

/// The explicit ticks an applicant gives. Their English wording is part of the policy
/// (see [`super::Policy::declaration_wording_version`]); other languages translate it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Declaration {
    ConceptAndAssessment,
    NoCompetitors,
    QuarterlyChecks,
    TerminationTerms,
    ServiceFee,
    TrialUpgrade,
    LecturersCertified,
}

impl Declaration {
    pub const ALL: [Declaration; 7] = [
        Self::ConceptAndAssessment,
        Self::NoCompetitors,
        Self::QuarterlyChecks,
        Self::TerminationTerms,
        Self::ServiceFee,
        Self::TrialUpgrade,
        Self::LecturersCertified,
    ];

    /// Every applicant gives these four, whatever the category.
    pub const BASE: [Declaration; 4] =
        [Self::ConceptAndAssessment, Self::NoCompetitors, Self::QuarterlyChecks, Self::TerminationTerms];

    pub fn key(self) -> &'static str {
        match self {
            Self::ConceptAndAssessment => "concept_and_assessment",
            Self::NoCompetitors => "no_competitors",
            Self::QuarterlyChecks => "quarterly_checks",
            Self::TerminationTerms => "termination_terms",
            Self::ServiceFee => "service_fee",
            Self::TrialUpgrade => "trial_upgrade",
            Self::LecturersCertified => "lecturers_certified",
        }
    }

    /// The inverse of `key`: `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|declaration| declaration.key() == key)
    }

    /// The full English text the applicant agrees to (wording version 1).
    pub fn text(self) -> &'static str {
        match self {
            Self::ConceptAndAssessment => {
                "We agree with the concept of Tencent BlueKing and accept partner assessment and regulatory constraints."
            }
            Self::NoCompetitors => {
                "None of our products or services includes a competitor (or imitation) of Tencent BlueKing or of its main products, and we do not cooperate with such competitors."
            }
            Self::QuarterlyChecks => {
                "We acknowledge that the number of certified engineers is checked at random every quarter, and that deception is a breach of contract."
            }
            Self::TerminationTerms => {
                "We acknowledge that a violation of the partner management rules ends the cooperation at once, and that training fees are not refunded."
            }
            Self::ServiceFee => {
                "We acknowledge the partner service fee, which covers authorisation, general training and technical support."
            }
            Self::TrialUpgrade => {
                "We commit to reach the full Enterprise Edition Technology Partner numbers (5 Service-certified O&M Automation Engineers and 5 O&M Development Engineers) within one year of signing; otherwise the contract is not renewed."
            }
            Self::LecturersCertified => {
                "Our lecturers hold the corresponding Tencent BlueKing certification."
            }
        }
    }

    /// A few words naming the declaration, for lists and shortfall messages.
    pub fn title(self) -> &'static str {
        match self {
            Self::ConceptAndAssessment => "agreement with the BlueKing concept and assessment",
            Self::NoCompetitors => "no competing products or cooperation",
            Self::QuarterlyChecks => "quarterly random checks of certified engineers",
            Self::TerminationTerms => "termination on violation, training fees not refunded",
            Self::ServiceFee => "the partner service fee",
            Self::TrialUpgrade => "reaching the Enterprise numbers within one year",
            Self::LecturersCertified => "lecturers hold the corresponding certification",
        }
    }
}
