//! An application sent again after the reviewers asked for more: what was stored, to edit,
//! and replacing it.

use app::api::Submission;
use app::domain::{Evaluation, Policy};

use super::Database;
use super::applications::{ApplicationColumns, bind_application_columns, insert_roster, insert_version};

/// An application as stored, to be edited by its applicant.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredApplication {
    pub id: i64,
    pub status: String,
    /// Bumped on every change; a decision is made on the version it saw.
    pub version: i64,
    pub status_token_hash: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub brand_description: Option<String>,
    pub legal_name: String,
    pub registration_number: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
    #[sqlx(skip)]
    pub engineers: Vec<StoredEngineer>,
    #[sqlx(skip)]
    pub declarations: Vec<(String, bool)>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredEngineer {
    pub name: String,
    pub certificate_id: String,
    pub track: String,
    pub certification: Option<String>,
    pub lecturer: bool,
}

const SELECT_APPLICATION: &str = "
    SELECT id, status, version, status_token_hash, category, enterprise_level, brand_description, legal_name,
           registration_number, country, website, contact_name, email, phone
    FROM applications WHERE reference = $1";
const SELECT_ENGINEERS: &str = "
    SELECT name, certificate_id, track, certification, lecturer
    FROM application_engineers WHERE application_id = $1 ORDER BY position";
const SELECT_DECLARATIONS: &str =
    "SELECT declaration, accepted FROM application_declarations WHERE application_id = $1";

pub async fn find_application(
    db: &Database,
    reference: &str,
) -> Result<Option<StoredApplication>, sqlx::Error> {
    with_pool!(db, pool => {
        let found: Option<StoredApplication> =
            sqlx::query_as(SELECT_APPLICATION).bind(reference).fetch_optional(pool).await?;
        let Some(mut application) = found else {
            return Ok(None);
        };
        application.engineers = sqlx::query_as(SELECT_ENGINEERS).bind(application.id).fetch_all(pool).await?;
        application.declarations =
            sqlx::query_as(SELECT_DECLARATIONS).bind(application.id).fetch_all(pool).await?;
        Ok(Some(application))
    })
}

/// The edited application, evaluated again.
pub struct Replacement<'a> {
    pub id: i64,
    pub submission: &'a Submission,
    pub evaluation: &'a Evaluation,
    pub policy: &'a Policy,
    /// The applicant's answer to the reviewers' request.
    pub answer: &'a str,
    /// The edited application (`ApplicationRequest` JSON), kept as its next version.
    pub snapshot: &'a str,
    pub now: &'a str,
    /// `application.resubmitted`, for the webhook endpoints.
    pub event: super::NewEvent<'a>,
}

/// Only an application awaiting information is replaced; its status becomes `resubmitted`.
const UPDATE_APPLICATION: &str = "
    UPDATE applications SET
        status = 'resubmitted', version = version + 1, category = $2, enterprise_level = $3,
        legal_name = $4, registration_number = $5, country = $6, website = $7, contact_name = $8,
        email = $9, phone = $10, brand_description = $11, policy_version = $12, requested_tier = $13,
        requested_eligible = $14, verdict = $15, updated_at = $16
    WHERE id = $1 AND status = 'info_requested'";
const DELETE_ENGINEERS: &str = "DELETE FROM application_engineers WHERE application_id = $1";
const DELETE_DECLARATIONS: &str = "DELETE FROM application_declarations WHERE application_id = $1";
const INSERT_EVENT: &str = "
    INSERT INTO application_events (application_id, at, kind, actor, note, version_number)
    VALUES ($1, $2, 'resubmitted', 'applicant', $3, $4)";

/// Replaces the current application, its roster, its declarations and its verdict, appends
/// it as the next version with the answer, and records the answer, in one transaction. `false` when it was no longer awaiting information.
pub async fn replace_application(db: &Database, new: &Replacement<'_>) -> Result<bool, sqlx::Error> {
    let columns = ApplicationColumns::new(new.submission, new.evaluation)?;
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let query = sqlx::query(UPDATE_APPLICATION).bind(new.id);
        let updated = bind_application_columns!(query, columns)
            .bind(new.now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if updated != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(DELETE_ENGINEERS).bind(new.id).execute(&mut *tx).await?;
        sqlx::query(DELETE_DECLARATIONS).bind(new.id).execute(&mut *tx).await?;
        insert_roster!(&mut *tx, new.id, new.submission, new.policy, new.evaluation.requested);
        let number = insert_version!(&mut *tx, new.id, columns, new.snapshot, Some(new.answer), new.now);
        sqlx::query(INSERT_EVENT).bind(new.id).bind(new.now).bind(new.answer).bind(number).execute(&mut *tx).await?;
        super::outbox::queue_event!(&mut *tx, super::outbox::QUEUE_APPLICATION_EVENT, new.id, new.event)?;
        tx.commit().await?;
        Ok(true)
    })
}
