use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::domain::{
    ApplicationDraft, BrandDescription, Category, CertificateId, Certification, CertifiedEngineer,
    Declaration, EnterpriseLevel, FieldError, FieldErrors, PersonName, Qualification, Track,
};

/// Body of `POST /api/v1/eligibility`, and the shape of a wizard draft. Every field may be
/// absent: absent means "not answered yet", never an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", schema(example = super::examples::eligibility))]
pub struct EligibilityRequest {
    pub category: Option<Category>,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub engineers: Vec<EngineerInput>,
    pub declarations: DeclarationsInput,
    /// Brand applicants only: the well-known IT product or brand they bring.
    pub brand_description: Option<String>,
}

/// One roster row as typed. Rows missing a certificate ID or a track are kept (the
/// applicant is still typing) but do not count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct EngineerInput {
    pub name: Option<String>,
    pub certificate_id: Option<String>,
    pub track: Option<Track>,
    /// Automation engineers only.
    pub certification: Option<Certification>,
    pub lecturer: bool,
}

/// The ticks, each `None` until answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DeclarationsInput {
    pub concept_and_assessment: Option<bool>,
    pub no_competitors: Option<bool>,
    pub quarterly_checks: Option<bool>,
    pub termination_terms: Option<bool>,
    pub service_fee: Option<bool>,
    pub trial_upgrade: Option<bool>,
    pub lecturers_certified: Option<bool>,
}

impl DeclarationsInput {
    pub fn answer(&self, declaration: Declaration) -> Option<bool> {
        match declaration {
            Declaration::ConceptAndAssessment => self.concept_and_assessment,
            Declaration::NoCompetitors => self.no_competitors,
            Declaration::QuarterlyChecks => self.quarterly_checks,
            Declaration::TerminationTerms => self.termination_terms,
            Declaration::ServiceFee => self.service_fee,
            Declaration::TrialUpgrade => self.trial_upgrade,
            Declaration::LecturersCertified => self.lecturers_certified,
        }
    }

    pub fn set(&mut self, declaration: Declaration, value: Option<bool>) {
        let slot = match declaration {
            Declaration::ConceptAndAssessment => &mut self.concept_and_assessment,
            Declaration::NoCompetitors => &mut self.no_competitors,
            Declaration::QuarterlyChecks => &mut self.quarterly_checks,
            Declaration::TerminationTerms => &mut self.termination_terms,
            Declaration::ServiceFee => &mut self.service_fee,
            Declaration::TrialUpgrade => &mut self.trial_upgrade,
            Declaration::LecturersCertified => &mut self.lecturers_certified,
        };
        *slot = value;
    }
}

impl EligibilityRequest {
    /// Most roster rows one application may list; far above any real partner's roster.
    pub const MAX_ENGINEERS: usize = 500;

    /// Parses the request into a draft the engine can judge, or every field error at once.
    pub fn parse(&self) -> Result<ApplicationDraft, FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.engineers.len() > Self::MAX_ENGINEERS {
            errors.push(FieldError::new(
                "engineers",
                "too_many",
                format!("may list at most {} engineers", Self::MAX_ENGINEERS),
            ));
        }
        let engineers = self
            .engineers
            .iter()
            .take(Self::MAX_ENGINEERS)
            .enumerate()
            .filter_map(|(i, row)| match row.parse() {
                Ok(engineer) => engineer,
                Err(row_errors) => {
                    let parent = format!("engineers[{i}]");
                    row_errors.0.into_iter().for_each(|e| errors.push(e.under(&parent)));
                    None
                }
            })
            .collect();
        let brand_description = match self
            .brand_description
            .as_deref()
            .map(|raw| BrandDescription::parse("brand_description", raw))
        {
            Some(Ok(description)) => description,
            Some(Err(e)) => {
                errors.push(e);
                None
            }
            None => None,
        };
        // Inserted one by one rather than collected: `collect` into a set sorts first, and
        // the sort's code alone cost the browser's WASM 3 kB.
        let mut declarations = BTreeSet::new();
        for declaration in Declaration::ALL {
            if self.declarations.answer(declaration) == Some(true) {
                declarations.insert(declaration);
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ApplicationDraft {
            category: self.category,
            enterprise_level: self.enterprise_level,
            engineers,
            declarations,
            brand_description,
        })
    }
}

impl EngineerInput {
    /// `Ok(None)` while the row is too incomplete to count.
    pub fn parse(&self) -> Result<Option<CertifiedEngineer>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = PersonName::parse("name", self.name.as_deref().unwrap_or_default())
            .map_err(|e| errors.push(e))
            .ok()
            .flatten();
        let certificate_id =
            CertificateId::parse("certificate_id", self.certificate_id.as_deref().unwrap_or_default())
                .map_err(|e| errors.push(e))
                .ok()
                .flatten();
        if self.track == Some(Track::Development) && self.certification.is_some() {
            errors.push(FieldError::new(
                "certification",
                "not_applicable",
                "only O&M Automation Engineers hold a Service or Usage certification",
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let qualification = match (self.track, self.certification) {
            (Some(Track::Automation), Some(held)) => Some(Qualification::Automation(held)),
            (Some(Track::Development), _) => Some(Qualification::Development),
            _ => None,
        };
        Ok(certificate_id.zip(qualification).map(|(certificate_id, qualification)| CertifiedEngineer {
            name,
            certificate_id,
            qualification,
            lecturer: self.lecturer,
        }))
    }
}
