use serde::Serialize;

use super::{Certification, Declaration, Tier};

/// A minimum number of certified O&M Automation Engineers, with the certification they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffRule {
    pub required: u32,
    pub certification: Certification,
}

/// What one tier demands. Data, not code: a new policy version is a new table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TierRule {
    pub tier: Tier,
    pub automation_engineers: Option<StaffRule>,
    pub development_engineers: u32,
    /// Interpretation (overview, Education Partner: "the lecturers must have the corresponding
    /// certification qualifications"): an education partner teaches, so it names at least one
    /// lecturer, and a lecturer counts only as a certified engineer on the roster.
    pub lecturers: u32,
    pub fee: bool,
    pub declarations: &'static [Declaration],
    /// Brand partners describe the well-known IT product or brand they bring.
    pub brand_description: bool,
}

/// The programme's rules in force at one time, with a version stored beside every verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Policy {
    pub version: u32,
    /// Version of the declarations' wording, stored with every applicant's ticks.
    pub declaration_wording_version: u32,
    pub tiers: [TierRule; 5],
}

impl Policy {
    /// The rule for `tier`. Policies list their tiers in [`Tier::ALL`] order (a unit test
    /// holds every policy to it), so the tier's position is its index.
    pub fn rule(&self, tier: Tier) -> &TierRule {
        &self.tiers[tier.index()]
    }
}

const BASE: [Declaration; 4] = Declaration::BASE;
const ENTERPRISE_TRIAL_DECLARATIONS: [Declaration; 6] =
    [BASE[0], BASE[1], BASE[2], BASE[3], Declaration::ServiceFee, Declaration::TrialUpgrade];
const ENTERPRISE_DECLARATIONS: [Declaration; 5] =
    [BASE[0], BASE[1], BASE[2], BASE[3], Declaration::ServiceFee];
const EDUCATION_DECLARATIONS: [Declaration; 5] =
    [BASE[0], BASE[1], BASE[2], BASE[3], Declaration::LecturersCertified];

/// Policy v1: the table of the programme's overview ("Basic Qualifications for Partners").
pub const POLICY_V1: Policy = Policy {
    version: 1,
    declaration_wording_version: 1,
    tiers: [
        TierRule {
            tier: Tier::EnterpriseTrial,
            automation_engineers: Some(StaffRule { required: 3, certification: Certification::Service }),
            development_engineers: 3,
            lecturers: 0,
            fee: true,
            declarations: &ENTERPRISE_TRIAL_DECLARATIONS,
            brand_description: false,
        },
        TierRule {
            tier: Tier::Enterprise,
            automation_engineers: Some(StaffRule { required: 5, certification: Certification::Service }),
            development_engineers: 5,
            lecturers: 0,
            fee: true,
            declarations: &ENTERPRISE_DECLARATIONS,
            brand_description: false,
        },
        TierRule {
            tier: Tier::Community,
            automation_engineers: Some(StaffRule { required: 2, certification: Certification::Service }),
            development_engineers: 1,
            lecturers: 0,
            fee: false,
            declarations: &BASE,
            brand_description: false,
        },
        TierRule {
            tier: Tier::Education,
            automation_engineers: Some(StaffRule { required: 1, certification: Certification::Usage }),
            development_engineers: 1,
            lecturers: 1,
            fee: false,
            declarations: &EDUCATION_DECLARATIONS,
            brand_description: false,
        },
        TierRule {
            tier: Tier::Brand,
            automation_engineers: None,
            development_engineers: 0,
            lecturers: 0,
            fee: false,
            declarations: &BASE,
            brand_description: true,
        },
    ],
};

/// The policy new applications are evaluated under.
pub fn current_policy() -> &'static Policy {
    &POLICY_V1
}
