use serde::{Deserialize, Serialize};

/// The four partner categories of the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Enterprise,
    Community,
    Education,
    Brand,
}

impl Category {
    pub const ALL: [Category; 4] = [Self::Enterprise, Self::Community, Self::Education, Self::Brand];

    /// The tiers whose rules can apply to an application in this category.
    pub fn tiers(self) -> &'static [Tier] {
        match self {
            Self::Enterprise => &[Tier::EnterpriseTrial, Tier::Enterprise],
            Self::Community => &[Tier::Community],
            Self::Education => &[Tier::Education],
            Self::Brand => &[Tier::Brand],
        }
    }

    /// The inverse of `key`: `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Community => "community",
            Self::Education => "education",
            Self::Brand => "brand",
        }
    }
}

/// Enterprise Edition Technology Partner levels, low to high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EnterpriseLevel {
    Trial,
    Third,
    Second,
    First,
}

impl EnterpriseLevel {
    pub const ALL: [EnterpriseLevel; 4] = [Self::Trial, Self::Third, Self::Second, Self::First];

    /// The inverse of `key`: `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Trial => "trial",
            Self::Third => "third",
            Self::Second => "second",
            Self::First => "first",
        }
    }
}

/// What eligibility is decided for: the four categories, with Enterprise split in two because
/// Trial has lower minimum numbers than Third/Second/First (which share theirs; choosing among
/// those three is the reviewer's call on "overall qualifications", not a rule of numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    EnterpriseTrial,
    Enterprise,
    Community,
    Education,
    Brand,
}

impl Tier {
    pub const ALL: [Tier; 5] =
        [Self::EnterpriseTrial, Self::Enterprise, Self::Community, Self::Education, Self::Brand];

    /// The inverse of `key`: `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::EnterpriseTrial => "enterprise_trial",
            Self::Enterprise => "enterprise",
            Self::Community => "community",
            Self::Education => "education",
            Self::Brand => "brand",
        }
    }

    /// The tier an application asks for. An Enterprise application whose level is not
    /// answered yet is measured against the full Enterprise numbers, the levels most ask for.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn requested(category: Category, level: Option<EnterpriseLevel>) -> Tier {
        match (category, level) {
            (Category::Enterprise, Some(EnterpriseLevel::Trial)) => Self::EnterpriseTrial,
            (Category::Enterprise, _) => Self::Enterprise,
            (Category::Community, _) => Self::Community,
            (Category::Education, _) => Self::Education,
            (Category::Brand, _) => Self::Brand,
        }
    }

    /// The next rung of the technology-partner ladder (Community → Enterprise Trial →
    /// Enterprise). Education and Brand partnerships are of another kind and have none.
    pub fn upgrade(self) -> Option<Tier> {
        match self {
            Self::Community => Some(Self::EnterpriseTrial),
            Self::EnterpriseTrial => Some(Self::Enterprise),
            Self::Enterprise | Self::Education | Self::Brand => None,
        }
    }
}
