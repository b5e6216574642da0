use serde::{Deserialize, Serialize};

use super::FieldError;
use super::text::{Lines, bounded_text};

/// The two kinds of BlueKing certified engineer the programme counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// O&M Automation Engineer: holds a Service or a Usage certification.
    Automation,
    /// O&M Development Engineer.
    Development,
}

impl Track {
    /// The name used on the wire and in forms.
    pub fn key(self) -> &'static str {
        match self {
            Self::Automation => "automation",
            Self::Development => "development",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Automation, Self::Development].into_iter().find(|track| track.key() == key)
    }
}

/// The certification an O&M Automation Engineer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Certification {
    Usage,
    Service,
}

impl Certification {
    /// Interpretation (SPEC.md): a Service Certification also satisfies a Usage
    /// Certification requirement, being the higher of the two.
    pub fn satisfies(self, required: Certification) -> bool {
        self >= required
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Usage => "usage",
            Self::Service => "service",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Usage, Self::Service].into_iter().find(|certification| certification.key() == key)
    }
}

/// What one certificate proves about its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualification {
    Automation(Certification),
    Development,
}

/// A certificate ID, normalised so that the same certificate typed two ways is one ID:
/// surrounding and inner white space removed, ASCII letters upper-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CertificateId(String);

impl CertificateId {
    pub const MAX_LEN: usize = 64;

    /// `Ok(None)` when blank (not answered yet).
    pub fn parse(field: &str, raw: &str) -> Result<Option<Self>, FieldError> {
        let normalised: String =
            raw.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
        if normalised.is_empty() {
            return Ok(None);
        }
        if normalised.chars().count() > Self::MAX_LEN {
            return Err(FieldError::new(
                field,
                "too_long",
                format!("must be at most {} characters", Self::MAX_LEN),
            ));
        }
        if !normalised.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.')) {
            return Err(FieldError::new(
                field,
                "invalid_characters",
                "may hold only letters, digits and - _ / .",
            ));
        }
        Ok(Some(Self(normalised)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as typed, trimmed, one line, at most [`PersonName::MAX_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(field: &str, raw: &str) -> Result<Option<Self>, FieldError> {
        Ok(bounded_text(field, raw, Self::MAX_CHARS, Lines::One)?.map(Self))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One roster entry complete enough to count: a certificate and what it certifies.
/// (A draft's entries that lack either are kept by the wizard but count for nothing.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertifiedEngineer {
    pub name: Option<PersonName>,
    pub certificate_id: CertificateId,
    pub qualification: Qualification,
    pub lecturer: bool,
}
