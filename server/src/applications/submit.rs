use app::api::{ApplicationCreated, ApplicationRequest, LiveKind};
use app::domain::{current_policy, evaluate};

use super::reference::new_reference;
use super::tokens::{StatusTokens, sha256_hex};
use crate::clock::Clock;
use crate::db::{Database, NewApplication, NewEvent, NewMessage, Stored, insert_application};
use crate::errors::{Context, ServiceError, internal};
use crate::live::LiveEvents;

/// The outcome the applicant sees: the reference and the private status token.
#[derive(Debug)]
pub struct Submitted {
    pub reference: String,
    pub status_token: String,
    /// True when the submission key had been used: nothing new was stored.
    pub replayed: bool,
}

impl Submitted {
    /// What the applicant keeps: the reference and the private status link.
    pub fn created(self) -> ApplicationCreated {
        let status_url = status_path(&self.reference, &self.status_token);
        ApplicationCreated { reference: self.reference, status_url }
    }
}

/// The private status page's path, with its token.
fn status_path(reference: &str, token: &str) -> String {
    format!("/status/{reference}?token={token}")
}

/// The refusal's code when a submission key comes back with another application.
pub const KEY_REUSED: &str = "key_reused";

/// The request as the server read it, in one spelling: field order and whitespace of the
/// body sent do not matter, what it says does.
fn canonical(request: &ApplicationRequest) -> Result<String, ServiceError> {
    serde_json::to_string(request).context("writing the canonical request")
}

/// Most references tried before giving up; each collides with odds of about one in 10^12
/// per stored application.
const REFERENCE_ATTEMPTS: usize = 5;

/// Parses and validates everything again, evaluates under the policy in force and stores
/// the application once per submission key. The client never sets status or verdict.
pub async fn submit(
    db: &Database,
    tokens: &StatusTokens,
    live: &LiveEvents,
    clock: &Clock,
    request: &ApplicationRequest,
    language: &str,
) -> Result<Submitted, ServiceError> {
    let submission = request.parse().map_err(ServiceError::from)?;
    let policy = current_policy();
    let evaluation = evaluate(&submission.draft, policy);
    let snapshot = super::snapshot::snapshot(&submission, policy, evaluation.requested)?;
    let status_token = tokens.token_for(&submission.key);
    let submission_key_hash = sha256_hex(submission.key.as_str());
    let request_hash = sha256_hex(&canonical(request)?);
    let status_token_hash = sha256_hex(&status_token);
    let now = clock.now_rfc3339().context("reading the clock")?;
    let event_id = crate::notify::new_event_id().context("drawing an event id")?;
    let webhook_event_id = crate::notify::new_event_id().context("drawing an event id")?;
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = new_reference().context("drawing a reference")?;
        let link = status_path(&reference, &status_token);
        let new = NewApplication {
            reference: &reference,
            submission_key_hash: &submission_key_hash,
            status_token_hash: &status_token_hash,
            request_hash: &request_hash,
            submission: &submission,
            evaluation: &evaluation,
            policy,
            now: &now,
            language,
            snapshot: &snapshot,
            message: NewMessage {
                event_id: &event_id,
                template: "submitted",
                link: Some(&link),
                note: None,
                now: &now,
                due_at: clock.now().unix_timestamp(),
            },
            event: NewEvent {
                event_id: &webhook_event_id,
                event_type: "application.submitted",
                status: "submitted",
                now: &now,
                due_at: clock.now().unix_timestamp(),
            },
        };
        match insert_application(db, &new).await? {
            Stored::Created => {
                live.publish(LiveKind::Submitted, &reference);
                return Ok(Submitted { reference, status_token, replayed: false });
            }
            Stored::Replayed { reference } => {
                return Ok(Submitted { reference, status_token, replayed: true });
            }
            Stored::KeyReused => {
                return Err(ServiceError::refused(
                    KEY_REUSED,
                    "this submission key was sent before with a different application",
                ));
            }
            Stored::ReferenceTaken => continue,
        }
    }
    Err(internal("storing an application", "no free reference after several attempts"))
}
