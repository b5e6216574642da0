//! A submitted application as its version keeps it: the wizard's own shape
//! (`ApplicationRequest`), normalised as stored, with the declarations its tier asked for.

use app::api::{ApplicationRequest, CompanyInput, DeclarationsInput, EngineerInput, Submission};
use app::domain::{Policy, Qualification, Tier, Track};

use crate::errors::{Context, ServiceError};

/// The JSON an application version stores.
pub fn snapshot(
    submission: &Submission,
    policy: &Policy,
    requested: Option<Tier>,
) -> Result<String, ServiceError> {
    let draft = &submission.draft;
    let company = &submission.company;
    let mut declarations = DeclarationsInput::default();
    for declaration in requested.map(|tier| policy.rule(tier).declarations).unwrap_or(&[]) {
        declarations.set(*declaration, Some(draft.declarations.contains(declaration)));
    }
    let request = ApplicationRequest {
        category: draft.category,
        enterprise_level: draft.enterprise_level,
        engineers: draft
            .engineers
            .iter()
            .map(|e| {
                let (track, certification) = match e.qualification {
                    Qualification::Automation(held) => (Track::Automation, Some(held)),
                    Qualification::Development => (Track::Development, None),
                };
                EngineerInput {
                    name: e.name.as_ref().map(|n| n.as_str().to_owned()),
                    certificate_id: Some(e.certificate_id.as_str().to_owned()),
                    track: Some(track),
                    certification,
                    lecturer: e.lecturer,
                }
            })
            .collect(),
        declarations,
        brand_description: draft.brand_description.as_ref().map(|d| d.as_str().to_owned()),
        company: CompanyInput {
            legal_name: Some(company.legal_name.clone()),
            registration_number: Some(company.registration_number.clone()),
            country: Some(company.country.clone()),
            website: Some(company.website.clone()),
            contact_name: Some(company.contact_name.clone()),
            email: Some(company.email.clone()),
            phone: Some(company.phone.clone()),
        },
        submission_key: None,
    };
    serde_json::to_string(&request).context("encoding an application version")
}
