use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::text::{Lines, bounded_text};
use super::{Category, CertifiedEngineer, Declaration, EnterpriseLevel, FieldError};

/// The description a Brand applicant gives of the product or brand it brings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BrandDescription(String);

impl BrandDescription {
    pub const MAX_CHARS: usize = 2000;

    pub fn parse(field: &str, raw: &str) -> Result<Option<Self>, FieldError> {
        Ok(bounded_text(field, raw, Self::MAX_CHARS, Lines::Many)?.map(Self))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An application as far as it has been filled in: what eligibility is decided on.
/// Every part may still be missing; the engine reports what that leaves short.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationDraft {
    pub category: Option<Category>,
    pub enterprise_level: Option<EnterpriseLevel>,
    /// Complete roster entries, in the order given. May list one certificate twice: that is
    /// an input error the wizard shows, and the engine counts such a certificate once.
    pub engineers: Vec<CertifiedEngineer>,
    /// The declarations ticked.
    pub declarations: BTreeSet<Declaration>,
    pub brand_description: Option<BrandDescription>,
}
