use app::api::Submission;
use app::domain::{Evaluation, Policy};

use super::Database;

/// Everything stored for a new application, prepared by the submission service.
pub struct NewApplication<'a> {
    pub reference: &'a str,
    pub submission_key_hash: &'a str,
    pub status_token_hash: &'a str,
    /// SHA-256 of the canonical request: what a reused key must be sent with again.
    pub request_hash: &'a str,
    pub submission: &'a Submission,
    pub evaluation: &'a Evaluation,
    /// The policy the evaluation was made under: its declarations and their wording version.
    pub policy: &'a Policy,
    pub now: &'a str,
    /// `en` or `zh`: the language the applicant's messages are written in.
    pub language: &'a str,
    /// The application as submitted (`ApplicationRequest` JSON), kept as its first version.
    pub snapshot: &'a str,
    /// The first message to the applicant, queued with the application.
    pub message: super::NewMessage<'a>,
    /// `application.submitted`, for the webhook endpoints.
    pub event: super::NewEvent<'a>,
}

/// What [`insert_application`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    Created,
    /// The submission key was used before with the same request: nothing was stored; this is
    /// the first application.
    Replayed {
        reference: String,
    },
    /// The submission key was used before with another request: nothing was stored, and the
    /// first application is not named.
    KeyReused,
    /// The generated reference is taken (a rare collision): nothing was stored; try another.
    ReferenceTaken,
}

const INSERT_APPLICATION: &str = "
    INSERT INTO applications (
        reference, submission_key_hash, status_token_hash, status, category, enterprise_level,
        legal_name, registration_number, country, website, contact_name, email, phone,
        brand_description, policy_version, requested_tier, requested_eligible, verdict,
        submitted_at, updated_at, language, request_hash)
    VALUES ($1, $2, $3, 'submitted', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20)
    ON CONFLICT (submission_key_hash) DO NOTHING
    RETURNING id";
pub(crate) const INSERT_ENGINEER: &str = "
    INSERT INTO application_engineers
        (application_id, position, name, certificate_id, track, certification, lecturer)
    VALUES ($1, $2, $3, $4, $5, $6, $7)";
pub(crate) const INSERT_DECLARATION: &str = "
    INSERT INTO application_declarations (application_id, declaration, accepted, wording_version)
    VALUES ($1, $2, $3, $4)";
const INSERT_EVENT: &str = "
    INSERT INTO application_events (application_id, at, kind, actor, note, version_number)
    VALUES ($1, $2, $3, $4, NULL, 1)";
/// The next version of an application (1 for a new one), as submitted.
pub(crate) const INSERT_VERSION: &str = "
    INSERT INTO application_versions
        (application_id, number, application, verdict, policy_version, requested_tier, requested_eligible,
         answer, submitted_at)
    SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, $5, $6, $7, $8
    FROM application_versions WHERE application_id = $1
    RETURNING number";

/// Appends the version `columns` describe to application `$id`; its number.
macro_rules! insert_version {
    ($tx:expr, $id:expr, $columns:expr, $snapshot:expr, $answer:expr, $now:expr) => {{
        let columns = &$columns;
        sqlx::query_scalar::<_, i64>($crate::db::applications::INSERT_VERSION)
            .bind($id)
            .bind($snapshot)
            .bind(&columns.verdict)
            .bind(columns.policy_version)
            .bind(columns.requested)
            .bind(columns.requested_eligible)
            .bind($answer)
            .bind($now)
            .fetch_one($tx)
            .await?
    }};
}
pub(crate) use insert_version;
/// An application's own columns from category to verdict, in the order both the insert and
/// the replacement after a request for information bind them.
pub(crate) struct ApplicationColumns<'a> {
    pub submission: &'a Submission,
    pub requested: Option<&'static str>,
    pub requested_eligible: bool,
    pub policy_version: i64,
    /// The engine's whole evaluation, as the API serialises it.
    pub verdict: String,
}

impl<'a> ApplicationColumns<'a> {
    pub fn new(submission: &'a Submission, evaluation: &Evaluation) -> Result<Self, sqlx::Error> {
        let requested = evaluation.requested;
        Ok(Self {
            submission,
            requested: requested.map(|tier| tier.key()),
            requested_eligible: requested.is_some_and(|tier| evaluation.results.get(tier).eligible),
            policy_version: i64::from(evaluation.policy_version),
            verdict: serde_json::to_string(evaluation).map_err(|e| sqlx::Error::Encode(Box::new(e)))?,
        })
    }
}

/// Binds [`ApplicationColumns`] to `$query`, category first, verdict last.
macro_rules! bind_application_columns {
    ($query:expr, $columns:expr) => {{
        let columns = &$columns;
        let draft = &columns.submission.draft;
        let company = &columns.submission.company;
        $query
            .bind(draft.category.map(|c| c.key()))
            .bind(draft.enterprise_level.map(|l| l.key()))
            .bind(&company.legal_name)
            .bind(&company.registration_number)
            .bind(&company.country)
            .bind(&company.website)
            .bind(&company.contact_name)
            .bind(&company.email)
            .bind(&company.phone)
            .bind(draft.brand_description.as_ref().map(|d| d.as_str()))
            .bind(columns.policy_version)
            .bind(columns.requested)
            .bind(columns.requested_eligible)
            .bind(&columns.verdict)
    }};
}
pub(crate) use bind_application_columns;

/// Inserts an application's engineers and the declarations its requested tier needs (with
/// their wording version), inside the caller's transaction. A macro because the body is
/// compiled once per database backend, like [`with_pool!`].
macro_rules! insert_roster {
    ($tx:expr, $id:expr, $submission:expr, $policy:expr, $requested:expr) => {{
        for (position, engineer) in (0_i64..).zip(&$submission.draft.engineers) {
            let (track, certification) = match engineer.qualification {
                app::domain::Qualification::Automation(held) => ("automation", Some(held.key())),
                app::domain::Qualification::Development => ("development", None),
            };
            sqlx::query($crate::db::applications::INSERT_ENGINEER)
                .bind($id)
                .bind(position)
                .bind(engineer.name.as_ref().map_or("", |n| n.as_str()))
                .bind(engineer.certificate_id.as_str())
                .bind(track)
                .bind(certification)
                .bind(engineer.lecturer)
                .execute($tx)
                .await?;
        }
        let required = $requested.map(|tier| $policy.rule(tier).declarations).unwrap_or(&[]);
        for declaration in required {
            sqlx::query($crate::db::applications::INSERT_DECLARATION)
                .bind($id)
                .bind(declaration.key())
                .bind($submission.draft.declarations.contains(declaration))
                .bind(i64::from($policy.declaration_wording_version))
                .execute($tx)
                .await?;
        }
    }};
}
pub(crate) use insert_roster;

const SELECT_BY_KEY: &str = "SELECT reference, request_hash FROM applications WHERE submission_key_hash = $1";

/// Stores an application with its roster, declarations, verdict and first history entry in
/// one transaction. Idempotency rests on the unique submission key, not on a prior check:
/// of two concurrent inserts with one key, the database lets exactly one through.
pub async fn insert_application(db: &Database, new: &NewApplication<'_>) -> Result<Stored, sqlx::Error> {
    let columns = ApplicationColumns::new(new.submission, new.evaluation)?;
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let query = sqlx::query_scalar::<_, i64>(INSERT_APPLICATION)
            .bind(new.reference)
            .bind(new.submission_key_hash)
            .bind(new.status_token_hash);
        let inserted =
            bind_application_columns!(query, columns)
            .bind(new.now)
            .bind(new.language)
            .bind(new.request_hash)
            .fetch_optional(&mut *tx)
            .await;
        let id = match inserted {
            Ok(Some(id)) => id,
            Ok(None) => {
                tx.rollback().await?;
                let (reference, request_hash): (String, Option<String>) =
                    sqlx::query_as(SELECT_BY_KEY).bind(new.submission_key_hash).fetch_one(pool).await?;
                // Compared as hashes of public data; the link is handed out only for the same request.
                return Ok(if request_hash.as_deref() == Some(new.request_hash) {
                    Stored::Replayed { reference }
                } else {
                    Stored::KeyReused
                });
            }
            // The key's conflicts are absorbed above, so the one unique column left is the reference.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Stored::ReferenceTaken),
            Err(e) => return Err(e),
        };
        insert_roster!(&mut *tx, id, new.submission, new.policy, new.evaluation.requested);
        insert_version!(&mut *tx, id, columns, new.snapshot, None::<&str>, new.now);
        sqlx::query(INSERT_EVENT).bind(id).bind(new.now).bind("submitted").bind("applicant").execute(&mut *tx).await?;
        super::outbox::queue_message!(&mut *tx, id, new.message)?;
        super::outbox::queue_event!(&mut *tx, super::outbox::QUEUE_APPLICATION_EVENT, id, new.event)?;
        tx.commit().await?;
        Ok(Stored::Created)
    })
}

/// An application as its private status page shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StatusRecord {
    pub id: i64,
    pub reference: String,
    pub status_token_hash: String,
    pub status: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub requested_tier: String,
    pub requested_eligible: bool,
    /// The engine's evaluation when submitted, as JSON.
    pub verdict: String,
    pub policy_version: i64,
    pub submitted_at: String,
    pub updated_at: String,
    #[sqlx(skip)]
    pub history: Vec<EventRecord>,
}

/// One entry of an application's history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRecord {
    pub at: String,
    pub kind: String,
    pub note: Option<String>,
}

const SELECT_STATUS: &str = "
    SELECT id, reference, status_token_hash, status, category, enterprise_level, requested_tier,
           requested_eligible, verdict, policy_version, submitted_at, updated_at
    FROM applications WHERE reference = $1";
const SELECT_HISTORY: &str =
    "SELECT at, kind, note FROM application_events WHERE application_id = $1 ORDER BY id";

pub async fn find_status(db: &Database, reference: &str) -> Result<Option<StatusRecord>, sqlx::Error> {
    with_pool!(db, pool => {
        let record: Option<StatusRecord> = sqlx::query_as(SELECT_STATUS).bind(reference).fetch_optional(pool).await?;
        let Some(mut record) = record else {
            return Ok(None);
        };
        record.history = sqlx::query_as(SELECT_HISTORY).bind(record.id).fetch_all(pool).await?;
        Ok(Some(record))
    })
}
