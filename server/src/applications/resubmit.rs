use app::api::{
    ApplicationCreated, ApplicationRequest, CompanyInput, DeclarationsInput, EngineerInput, EventType,
    LiveKind,
};
use app::domain::{Category, Certification, Declaration, EnterpriseLevel, Track, current_policy, evaluate};

use super::tokens::sha256_hex;
use crate::clock::Clock;
use crate::db::{self, Database, Replacement, StoredApplication};
use crate::errors::{Context, Missing, ServiceError};
use crate::live::LiveEvents;

/// Longest answer an applicant may give the reviewers.
pub const MAX_ANSWER_CHARS: usize = 4000;

/// The stored application of `reference` as the wizard edits it, if `token` is its status
/// token and the reviewers are waiting for more information.
pub async fn stored_request(
    db: &Database,
    reference: &str,
    token: &str,
) -> Result<ApplicationRequest, ServiceError> {
    let found = db::find_application(db, reference).await?;
    found
        .filter(|a| a.status_token_hash == sha256_hex(token) && a.status == "info_requested")
        .map(to_request)
        .ok_or(ServiceError::NotFound(Missing::ApplicationWithToken))
}

fn not_awaiting_information() -> ServiceError {
    ServiceError::refused(
        "not_awaiting_information",
        "the reviewers are not waiting for more information on this application",
    )
}

/// Validates and evaluates the edited application under the policy in force now and
/// replaces the stored one, recording the applicant's answer. The status link stays the same.
pub async fn resubmit(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    reference: &str,
    token: &str,
    answer: &str,
    request: &ApplicationRequest,
) -> Result<ApplicationCreated, ServiceError> {
    let found = db::find_application(db, reference).await?;
    let Some(stored) = found.filter(|a| a.status_token_hash == sha256_hex(token)) else {
        return Err(ServiceError::NotFound(Missing::ApplicationWithToken));
    };
    if stored.status != "info_requested" {
        return Err(not_awaiting_information());
    }
    if answer.chars().count() > MAX_ANSWER_CHARS {
        return Err(ServiceError::invalid_field("answer", "too_long", "is too long"));
    }
    let answer = answer.trim();
    if answer.is_empty() {
        return Err(ServiceError::invalid_field("answer", "required", "is required"));
    }
    // The application keeps the submission key it was first sent with; the edited copy need
    // not carry one (the stored application has only its hash).
    let mut request = request.clone();
    if request.submission_key.is_none() {
        request.submission_key = Some(format!("resubmission-of-{reference}"));
    }
    let submission = request.parse().map_err(ServiceError::from)?;
    let policy = current_policy();
    let evaluation = evaluate(&submission.draft, policy);
    let snapshot = super::snapshot::snapshot(&submission, policy, evaluation.requested)?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    let event_id = crate::notify::new_event_id().context("drawing an event id")?;
    let replaced = db::replace_application(
        db,
        &Replacement {
            id: stored.id,
            submission: &submission,
            evaluation: &evaluation,
            policy,
            answer,
            snapshot: &snapshot,
            now: &now,
            event: crate::db::NewEvent {
                event_id: &event_id,
                event_type: EventType::ApplicationResubmitted.key(),
                status: "resubmitted",
                now: &now,
                due_at: clock.now().unix_timestamp(),
            },
        },
    )
    .await?;
    if !replaced {
        // A concurrent resubmission or decision got there first.
        return Err(not_awaiting_information());
    }
    tracing::info!(%reference, "application resubmitted");
    live.publish(LiveKind::Resubmitted, reference);
    Ok(ApplicationCreated {
        reference: reference.to_owned(),
        status_url: format!("/status/{reference}?token={token}"),
    })
}

/// The stored rows back in the shape the wizard and the API send.
pub(crate) fn to_request(stored: StoredApplication) -> ApplicationRequest {
    let mut declarations = DeclarationsInput::default();
    for (key, accepted) in &stored.declarations {
        if let Some(declaration) = Declaration::from_key(key) {
            declarations.set(declaration, Some(*accepted));
        }
    }
    ApplicationRequest {
        category: Category::from_key(&stored.category),
        enterprise_level: stored.enterprise_level.as_deref().and_then(EnterpriseLevel::from_key),
        engineers: stored
            .engineers
            .into_iter()
            .map(|e| EngineerInput {
                name: Some(e.name).filter(|n| !n.is_empty()),
                certificate_id: Some(e.certificate_id),
                track: Track::from_key(&e.track),
                certification: e.certification.as_deref().and_then(Certification::from_key),
                lecturer: e.lecturer,
            })
            .collect(),
        declarations,
        brand_description: stored.brand_description,
        company: CompanyInput {
            legal_name: Some(stored.legal_name),
            registration_number: Some(stored.registration_number),
            country: Some(stored.country),
            website: Some(stored.website),
            contact_name: Some(stored.contact_name),
            email: Some(stored.email),
            phone: Some(stored.phone),
        },
        submission_key: None,
    }
}
