use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Certification, Declaration, Tier};

/// One requirement a tier places on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Requirement {
    AutomationEngineers(Certification),
    DevelopmentEngineers,
    Lecturers,
    Declaration(Declaration),
    BrandDescription,
}

/// The stable keys of the public API: `automation_engineers:service`,
/// `development_engineers`, `lecturers`, `declaration:<name>`, `brand_description`.
impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AutomationEngineers(c) => write!(f, "automation_engineers:{}", c.key()),
            Self::DevelopmentEngineers => f.write_str("development_engineers"),
            Self::Lecturers => f.write_str("lecturers"),
            Self::Declaration(d) => write!(f, "declaration:{}", d.key()),
            Self::BrandDescription => f.write_str("brand_description"),
        }
    }
}

impl Requirement {
    /// The inverse of its key (`Display`): `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        match key.split_once(':') {
            Some(("automation_engineers", held)) => {
                Certification::from_key(held).map(Self::AutomationEngineers)
            }
            Some(("declaration", name)) => Declaration::from_key(name).map(Self::Declaration),
            Some(_) => None,
            None => match key {
                "development_engineers" => Some(Self::DevelopmentEngineers),
                "lecturers" => Some(Self::Lecturers),
                "brand_description" => Some(Self::BrandDescription),
                _ => None,
            },
        }
    }
}

impl Serialize for Requirement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Requirement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Self::from_key(&key).ok_or_else(|| serde::de::Error::custom(format!("unknown requirement `{key}`")))
    }
}

/// A requirement not met: how many are required, how many the application has, and a
/// sentence in English (user interfaces build their own from the numbers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shortfall {
    /// A key such as `automation_engineers:service` or `declaration:no_competitors`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "automation_engineers:service"))]
    pub requirement: Requirement,
    pub required: u32,
    pub have: u32,
    pub message: String,
}

/// One requirement with the number required and the number the roster has (a declaration
/// or a brand description counts as 1 when given), whether it is met or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Measure {
    pub requirement: Requirement,
    pub required: u32,
    pub have: u32,
}

impl Measure {
    pub fn new(requirement: Requirement, required: u32, have: u32) -> Self {
        Self { requirement, required, have }
    }

    pub fn met(&self) -> bool {
        self.have >= self.required
    }

    /// Counts certified people (not a declaration or a description).
    pub fn is_staff(&self) -> bool {
        matches!(
            self.requirement,
            Requirement::AutomationEngineers(_) | Requirement::DevelopmentEngineers | Requirement::Lecturers
        )
    }
}

/// The verdict for one tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TierResult {
    pub eligible: bool,
    pub fee: bool,
    pub shortfalls: Vec<Shortfall>,
}

/// One verdict per tier, serialised under the tiers' keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TierResults {
    pub enterprise_trial: TierResult,
    pub enterprise: TierResult,
    pub community: TierResult,
    pub education: TierResult,
    pub brand: TierResult,
}

impl TierResults {
    pub fn get(&self, tier: Tier) -> &TierResult {
        match tier {
            Tier::EnterpriseTrial => &self.enterprise_trial,
            Tier::Enterprise => &self.enterprise,
            Tier::Community => &self.community,
            Tier::Education => &self.education,
            Tier::Brand => &self.brand,
        }
    }
}

/// The next tier above the requested one, and what it still lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Upgrade {
    pub from: Tier,
    pub to: Tier,
    pub eligible: bool,
    pub shortfalls: Vec<Shortfall>,
}

/// Everything [`super::evaluate`] decides about one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Evaluation {
    pub policy_version: u32,
    pub results: TierResults,
    /// The tier asked for, once a category is chosen.
    pub requested: Option<Tier>,
    pub nearest_upgrade: Option<Upgrade>,
    /// Certificate IDs listed more than once (an input error; each counts once at most).
    pub duplicate_certificate_ids: Vec<String>,
}
