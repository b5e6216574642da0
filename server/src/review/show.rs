use serde_json::Value;

use app::api::{ApplicationReview, AuditEntry, ReviewEngineer, TierLine};
use app::domain::{Evaluation, Tier, current_policy, evaluate};

use crate::applications::to_request;
use crate::db::{self, Database};

/// Everything a reviewer needs about `reference`: what was submitted, the verdict then and
/// under today's policy, certificates other applications claim too, and the audit trail.
pub async fn application_review(
    db: &Database,
    reference: &str,
) -> Result<Option<ApplicationReview>, sqlx::Error> {
    let Some(stored) = db::find_application(db, reference).await? else {
        return Ok(None);
    };
    let Some((record, audit, shared)) = db::find_review(db, reference).await? else {
        return Ok(None);
    };
    let company = vec![
        ("legal_name".to_owned(), stored.legal_name.clone()),
        ("registration_number".to_owned(), stored.registration_number.clone()),
        ("country".to_owned(), stored.country.clone()),
        ("website".to_owned(), stored.website.clone()),
        ("contact_name".to_owned(), stored.contact_name.clone()),
        ("email".to_owned(), stored.email.clone()),
        ("phone".to_owned(), stored.phone.clone()),
    ];
    let engineers = stored
        .engineers
        .iter()
        .map(|e| ReviewEngineer {
            name: e.name.clone(),
            certificate_id: e.certificate_id.clone(),
            track: e.track.clone(),
            certification: e.certification.clone(),
            lecturer: e.lecturer,
            also_claimed_by: shared
                .iter()
                .filter(|(certificate, _)| *certificate == e.certificate_id)
                .map(|(_, other)| other.clone())
                .collect(),
        })
        .collect();
    let mut request = to_request(stored.clone());
    // Evaluating needs a well-formed request; the key plays no part in the verdict.
    request.submission_key = Some(format!("review-of-{reference}"));
    let verdict_now =
        request.parse().map(|s| lines(&evaluate(&s.draft, current_policy()))).unwrap_or_default();
    Ok(Some(ApplicationReview {
        reference: reference.to_owned(),
        status: stored.status,
        version: record.version,
        submitted_at: record.submitted_at,
        company,
        category: stored.category,
        enterprise_level: stored.enterprise_level,
        brand_description: stored.brand_description,
        requested_tier: record.requested_tier,
        policy_version: record.policy_version,
        engineers,
        declarations: stored.declarations,
        verdict_then: stored_lines(&record.verdict),
        verdict_now,
        current_policy_version: i64::from(current_policy().version),
        history: audit
            .into_iter()
            .map(|a| AuditEntry { at: a.at, kind: a.kind, actor: a.actor, note: a.note })
            .collect(),
    }))
}

fn lines(evaluation: &Evaluation) -> Vec<TierLine> {
    Tier::ALL
        .into_iter()
        .map(|tier| {
            let result = evaluation.results.get(tier);
            TierLine {
                tier: tier.key().to_owned(),
                eligible: result.eligible,
                shortfalls: result.shortfalls.iter().map(|s| s.message.clone()).collect(),
            }
        })
        .collect()
}

/// The stored verdict (the evaluation as the API serialises it), read back loosely: a
/// verdict stored by an older build still shows what it can.
fn stored_lines(verdict: &str) -> Vec<TierLine> {
    let parsed: Value = serde_json::from_str(verdict).unwrap_or(Value::Null);
    Tier::ALL
        .into_iter()
        .filter_map(|tier| {
            let result = parsed.get("results")?.get(tier.key())?;
            Some(TierLine {
                tier: tier.key().to_owned(),
                eligible: result.get("eligible")?.as_bool()?,
                shortfalls: result
                    .get("shortfalls")
                    .and_then(Value::as_array)
                    .map(|all| {
                        all.iter().filter_map(|s| s.get("message")?.as_str().map(str::to_owned)).collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
}
