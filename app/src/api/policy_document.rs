use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::{Category, Declaration, EnterpriseLevel, Policy, Tier, TierRule};

/// Body of `GET /api/v1/policy`: the policy in force, spelled out for outside tools.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PolicyDocument {
    pub version: u32,
    pub declaration_wording_version: u32,
    pub categories: Vec<CategoryEntry>,
    pub tiers: BTreeMap<&'static str, TierRule>,
    /// Full English wording of every declaration, by key.
    pub declarations: BTreeMap<&'static str, &'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryEntry {
    pub category: Category,
    /// The levels an applicant may ask for (Enterprise only).
    pub levels: Vec<EnterpriseLevel>,
    /// The tiers whose rules apply to this category.
    pub tiers: Vec<Tier>,
}

impl PolicyDocument {
    pub fn of(policy: &Policy) -> Self {
        let categories = Category::ALL
            .into_iter()
            .map(|category| CategoryEntry {
                category,
                levels: match category {
                    Category::Enterprise => EnterpriseLevel::ALL.to_vec(),
                    _ => Vec::new(),
                },
                tiers: category.tiers().to_vec(),
            })
            .collect();
        Self {
            version: policy.version,
            declaration_wording_version: policy.declaration_wording_version,
            categories,
            tiers: policy.tiers.iter().map(|rule| (rule.tier.key(), *rule)).collect(),
            declarations: Declaration::ALL.into_iter().map(|d| (d.key(), d.text())).collect(),
        }
    }
}
