//! Every version an applicant submitted, each with what changed since the one before, and
//! the changes between any two.

use app::api::{ApplicationRequest, ApplicationVersion, VersionChange, changes};

use crate::db::{self, Database, VersionRecord, stored};
use crate::errors::{Context, Missing, ServiceError};
use crate::review::show::stored_lines;

/// The versions of `reference`, oldest first.
pub async fn versions(db: &Database, reference: &str) -> Result<Vec<ApplicationVersion>, ServiceError> {
    let records = db::application_versions(db, reference).await?;
    if records.is_empty() {
        // Every application has its first version, so none means no such application.
        return Err(ServiceError::NotFound(Missing::Application));
    }
    let mut versions: Vec<ApplicationVersion> = Vec::with_capacity(records.len());
    for record in records {
        let mut version = read(record)?;
        if let Some(before) = versions.last() {
            version.changes = changes(&before.application, &version.application);
        }
        versions.push(version);
    }
    Ok(versions)
}

/// What changed from version `from` to version `to` of `reference`.
pub async fn compare(
    db: &Database,
    reference: &str,
    from: i64,
    to: i64,
) -> Result<Vec<VersionChange>, ServiceError> {
    let all = versions(db, reference).await?;
    let find = |number: i64, field: &str| {
        all.iter().find(|v| v.number == number).ok_or_else(|| {
            ServiceError::invalid_field(field, "unknown_version", "is not a version of this application")
        })
    };
    Ok(changes(&find(from, "from")?.application, &find(to, "to")?.application))
}

fn read(record: VersionRecord) -> Result<ApplicationVersion, ServiceError> {
    let application: ApplicationRequest =
        serde_json::from_str(&record.application).context("reading an application version")?;
    Ok(ApplicationVersion {
        number: record.number,
        submitted_at: record.submitted_at,
        answer: record.answer,
        application,
        policy_version: record.policy_version,
        requested_tier: stored(&record.requested_tier)?,
        requested_eligible: record.requested_eligible,
        verdict: stored_lines(&record.verdict),
        changes: Vec::new(),
    })
}
