use serde::Deserialize;
use serde_json::Value;

use app::api::{
    ApplicationReview, HistoryDetail, HistoryEntry, ReviewEngineer, SharedRegistrationLine, TierLine,
};
use app::domain::{Declaration, Shortfall, Tier, current_policy};

use crate::applications::to_request;
use crate::db::{self, Database, stored, stored_opt};
use crate::errors::{Missing, ServiceError};
use crate::review::verdict::{evaluate_now, lines};

/// Everything a reviewer needs about `reference`: what was submitted, the verdict then and
/// under today's policy, certificates other applications claim too, and the audit trail.
pub async fn application_review(db: &Database, reference: &str) -> Result<ApplicationReview, ServiceError> {
    let not_found = || ServiceError::NotFound(Missing::Application);
    let application = db::find_application(db, reference).await?.ok_or_else(not_found)?;
    let (record, audit) = db::find_review(db, reference).await?.ok_or_else(not_found)?;
    let (shared, registrations) = db::shared_by_application(db, reference).await?;
    let engineers = application
        .engineers
        .iter()
        .map(|e| {
            Ok(ReviewEngineer {
                name: e.name.clone(),
                certificate_id: e.certificate_id.clone(),
                track: stored(&e.track)?,
                certification: stored_opt(e.certification.as_deref())?,
                lecturer: e.lecturer,
                also_claimed_by: shared
                    .iter()
                    .filter(|s| s.certificate_id == e.certificate_id)
                    .map(|s| s.other_reference.clone())
                    .collect(),
            })
        })
        .collect::<Result<_, ServiceError>>()?;
    let declarations = application
        .declarations
        .iter()
        .map(|(key, accepted)| Ok((stored::<Declaration>(key)?, *accepted)))
        .collect::<Result<_, ServiceError>>()?;
    let history = audit
        .into_iter()
        .map(|a| {
            let detail = HistoryDetail::from_stored(a.detail.as_deref());
            Ok(HistoryEntry {
                at: a.at,
                kind: stored(&a.kind)?,
                actor: a.actor,
                note: a.note,
                version: a.version_number,
                detail,
            })
        })
        .collect::<Result<_, ServiceError>>()?;
    let status = stored(&application.status)?;
    let category = stored(&application.category)?;
    let enterprise_level = stored_opt(application.enterprise_level.as_deref())?;
    let brand_description = application.brand_description.clone();
    let request = to_request(application);
    let verdict_now = evaluate_now(&request, reference).map(|e| lines(&e)).unwrap_or_default();
    let company = request.company;
    Ok(ApplicationReview {
        reference: reference.to_owned(),
        status,
        version: record.version,
        submitted_at: record.submitted_at,
        updated_at: record.updated_at,
        company,
        category,
        enterprise_level,
        brand_description,
        requested_tier: stored(&record.requested_tier)?,
        policy_version: record.policy_version,
        engineers,
        shared_registration: registrations.into_iter().map(registration_line).collect::<Result<_, _>>()?,
        declarations,
        verdict_then: stored_lines(&record.verdict),
        verdict_now,
        current_policy_version: i64::from(current_policy().version),
        history,
    })
}

/// A registration number another holder gave too, for the wire.
pub fn registration_line(s: db::SharedRegistration) -> Result<SharedRegistrationLine, ServiceError> {
    Ok(SharedRegistrationLine {
        registration_number: s.registration_number,
        other_kind: stored(&s.other_kind)?,
        other_reference: s.other_reference,
        other_name: s.other_name,
        other_partner: s.other_partner,
    })
}

/// The stored verdict (the evaluation as the API serialises it), read back loosely: a
/// verdict stored by an older build still shows what it can.
pub(crate) fn stored_lines(verdict: &str) -> Vec<TierLine> {
    let parsed: Value = serde_json::from_str(verdict).unwrap_or(Value::Null);
    Tier::ALL
        .into_iter()
        .filter_map(|tier| {
            let result = parsed.get("results")?.get(tier.key())?;
            Some(TierLine {
                tier,
                eligible: result.get("eligible")?.as_bool()?,
                shortfalls: result
                    .get("shortfalls")
                    .and_then(Value::as_array)
                    .map(|all| all.iter().filter_map(|s| Shortfall::deserialize(s).ok()).collect())
                    .unwrap_or_default(),
            })
        })
        .collect()
}
