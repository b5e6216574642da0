use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{DeclarationsInput, EligibilityRequest, EngineerInput};
use crate::domain::{
    ApplicationDraft, Category, CertificateId, CompanyDetails, CompanyFields, EnterpriseLevel, FieldError,
    FieldErrors, Track,
};

/// Body of `POST /api/v1/applications` (and of the wizard's submit): the eligibility body
/// plus the company and the submission key that makes retries safe.
///
/// Unknown top-level fields are ignored rather than refused: a client that sends `status` or
/// `verdict` must see them have no effect, not be told they exist. Nested objects still
/// refuse unknown fields, which catches typos.
///
/// The eligibility fields are repeated rather than `#[serde(flatten)]`ed: flattening hands
/// every other key to `EligibilityRequest`, whose `deny_unknown_fields` would then refuse
/// `company`. [`ApplicationRequest::eligibility`] gives the eligibility part back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
#[cfg_attr(feature = "openapi", schema(example = super::examples::application))]
pub struct ApplicationRequest {
    pub category: Option<Category>,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub engineers: Vec<EngineerInput>,
    pub declarations: DeclarationsInput,
    pub brand_description: Option<String>,
    pub company: CompanyInput,
    /// Left out where there is none (a stored version keeps only the key's hash).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submission_key: Option<String>,
}

/// The company as typed; every field is a string on the wire.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct CompanyInput {
    pub legal_name: Option<String>,
    pub registration_number: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A client-made key, unique per application the wizard starts: the same key twice is the
/// same submission (a double click, a retry after a timeout).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SubmissionKey(String);

impl SubmissionKey {
    /// Long enough to be unguessable when made as the wizard makes it (a random UUID).
    pub const MIN_LEN: usize = 16;
    pub const MAX_LEN: usize = 100;

    pub fn parse(raw: Option<&str>) -> Result<Self, FieldError> {
        const FIELD: &str = "submission_key";
        let key = raw.unwrap_or_default().trim();
        if key.is_empty() {
            return Err(FieldError::new(FIELD, "required", "is required"));
        }
        let length_ok = (Self::MIN_LEN..=Self::MAX_LEN).contains(&key.len());
        if !length_ok || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(FieldError::new(
                FIELD,
                "invalid_format",
                format!("must be {} to {} letters, digits, - or _", Self::MIN_LEN, Self::MAX_LEN),
            ));
        }
        Ok(Self(key.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A complete application, ready to store. Eligibility is *not* required: an applicant may
/// confirm a submission the engine finds short, and the verdict is stored with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub key: SubmissionKey,
    pub company: CompanyDetails,
    pub draft: ApplicationDraft,
}

impl ApplicationRequest {
    /// The part the eligibility engine judges.
    pub fn eligibility(&self) -> EligibilityRequest {
        EligibilityRequest {
            category: self.category,
            enterprise_level: self.enterprise_level,
            engineers: self.engineers.clone(),
            declarations: self.declarations.clone(),
            brand_description: self.brand_description.clone(),
        }
    }

    /// Parses and checks completeness, reporting every problem at once by its field path.
    pub fn parse(&self) -> Result<Submission, FieldErrors> {
        let mut errors = FieldErrors::default();
        let key = SubmissionKey::parse(self.submission_key.as_deref()).map_err(|e| errors.push(e)).ok();
        let company = self.company.fields().parse().map_err(|company_errors| {
            company_errors.into_iter().for_each(|e| errors.push(e.under("company")));
        });
        let draft = self.eligibility().parse().map_err(|draft_errors| {
            draft_errors.0.into_iter().for_each(|e| errors.push(e));
        });
        self.check_category(&mut errors);
        self.check_roster_complete(&mut errors);
        match (key, company, draft) {
            (Some(key), Ok(company), Ok(draft)) if errors.is_empty() => {
                Ok(Submission { key, company, draft })
            }
            _ => Err(errors),
        }
    }

    fn check_category(&self, errors: &mut FieldErrors) {
        match (self.category, self.enterprise_level) {
            (None, _) => errors.push(FieldError::new("category", "required", "is required")),
            (Some(Category::Enterprise), None) => errors.push(FieldError::new(
                "enterprise_level",
                "required",
                "is required for an Enterprise Edition application",
            )),
            (Some(category), Some(_)) if category != Category::Enterprise => errors.push(FieldError::new(
                "enterprise_level",
                "not_applicable",
                "applies to Enterprise Edition applications only",
            )),
            _ => {}
        }
    }

    /// Every row names a person, a certificate and a track (and, for Automation, the
    /// certification); no certificate appears twice.
    fn check_roster_complete(&self, errors: &mut FieldErrors) {
        let mut seen = HashSet::new();
        for (i, row) in self.engineers.iter().enumerate() {
            let at = |field: &str| format!("engineers[{i}].{field}");
            let blank = |value: &Option<String>| value.as_deref().is_none_or(|v| v.trim().is_empty());
            if blank(&row.name) {
                errors.push(FieldError::new(at("name"), "required", "is required"));
            }
            if blank(&row.certificate_id) {
                errors.push(FieldError::new(at("certificate_id"), "required", "is required"));
            }
            match (row.track, row.certification) {
                (None, _) => errors.push(FieldError::new(at("track"), "required", "is required")),
                (Some(Track::Automation), None) => errors.push(FieldError::new(
                    at("certification"),
                    "required",
                    "is required for an O&M Automation Engineer",
                )),
                _ => {}
            }
            let id =
                CertificateId::parse("certificate_id", row.certificate_id.as_deref().unwrap_or_default());
            if let Ok(Some(id)) = id
                && !seen.insert(id)
            {
                errors.push(FieldError::new(
                    at("certificate_id"),
                    "duplicate",
                    "is listed twice: each certificate counts once",
                ));
            }
        }
    }
}

impl CompanyInput {
    fn fields(&self) -> CompanyFields<'_> {
        CompanyFields {
            legal_name: self.legal_name.as_deref(),
            registration_number: self.registration_number.as_deref(),
            country: self.country.as_deref(),
            website: self.website.as_deref(),
            contact_name: self.contact_name.as_deref(),
            email: self.email.as_deref(),
            phone: self.phone.as_deref(),
        }
    }
}
