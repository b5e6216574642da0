//! An application's submitted versions as reviewers see them, and what changed between two.

use serde::{Deserialize, Serialize};

use super::{ApplicationRequest, EngineerInput, TierLine};
use crate::domain::{Declaration, Tier};

/// One version an applicant submitted, kept as it was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationVersion {
    /// 1 for the first submission, then one more for each answer to the reviewers.
    pub number: i64,
    pub submitted_at: String,
    /// The applicant's answer to the reviewers' request that came with it.
    pub answer: Option<String>,
    /// The application as sent, normalised as stored (no submission key).
    pub application: ApplicationRequest,
    pub policy_version: i64,
    pub requested_tier: Tier,
    pub requested_eligible: bool,
    /// The engine's verdict then, one line per tier.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub verdict: Vec<TierLine>,
    /// What changed since the version before (empty for the first).
    pub changes: Vec<VersionChange>,
}

/// One difference between two versions: a field (`company.legal_name`, `category`,
/// `declarations.no_competitors`), or an engineer by certificate (`engineers.BK-1`), with its
/// value before and after (absent where there was none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionChange {
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What changed from `before` to `after`, field by field, engineers matched by certificate.
pub fn changes(before: &ApplicationRequest, after: &ApplicationRequest) -> Vec<VersionChange> {
    let mut changes = Vec::new();
    let mut compare = |field: &str, from: Option<String>, to: Option<String>| {
        if from != to {
            changes.push(VersionChange { field: field.to_owned(), from, to });
        }
    };
    compare(
        "category",
        before.category.map(|c| c.key().to_owned()),
        after.category.map(|c| c.key().to_owned()),
    );
    compare(
        "enterprise_level",
        before.enterprise_level.map(|l| l.key().to_owned()),
        after.enterprise_level.map(|l| l.key().to_owned()),
    );
    let (b, a) = (&before.company, &after.company);
    for (field, from, to) in [
        ("company.legal_name", &b.legal_name, &a.legal_name),
        ("company.registration_number", &b.registration_number, &a.registration_number),
        ("company.country", &b.country, &a.country),
        ("company.website", &b.website, &a.website),
        ("company.contact_name", &b.contact_name, &a.contact_name),
        ("company.email", &b.email, &a.email),
        ("company.phone", &b.phone, &a.phone),
    ] {
        compare(field, from.clone(), to.clone());
    }
    compare("brand_description", before.brand_description.clone(), after.brand_description.clone());
    for declaration in Declaration::ALL {
        let said = |r: &ApplicationRequest| r.declarations.answer(declaration).map(|given| given.to_string());
        compare(&format!("declarations.{}", declaration.key()), said(before), said(after));
    }
    let certificate = |e: &EngineerInput| e.certificate_id.clone().unwrap_or_default();
    let mut ids: Vec<String> = before.engineers.iter().chain(&after.engineers).map(certificate).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let line =
            |r: &ApplicationRequest| r.engineers.iter().find(|e| certificate(e) == id).map(engineer_line);
        compare(&format!("engineers.{id}"), line(before), line(after));
    }
    changes
}

/// An engineer in one line: `Wang Fang · automation · service · lecturer`.
fn engineer_line(e: &EngineerInput) -> String {
    let mut parts = vec![e.name.clone().unwrap_or_default()];
    parts.extend(e.track.map(|t| t.key().to_owned()));
    parts.extend(e.certification.map(|c| c.key().to_owned()));
    if e.lecturer {
        parts.push("lecturer".to_owned());
    }
    parts.join(" · ")
}
