//! The reviewers' queue: filtered, searched, sorted and paged in SQL, with the totals the
//! dashboard shows.

use app::api::{QueueEntry, QueueFilter, QueueFlag, QueueSort};
use app::domain::{ApplicationState, Category};

use super::{Database, stored, stored_opt};
use crate::errors::ServiceError;

#[derive(Debug, sqlx::FromRow)]
struct QueueRow {
    reference: String,
    legal_name: String,
    category: String,
    enterprise_level: Option<String>,
    requested_tier: String,
    requested_eligible: bool,
    status: String,
    version: i64,
    submitted_at: String,
    updated_at: String,
    shared_certificate: bool,
    shared_registration: bool,
}

impl TryFrom<QueueRow> for QueueEntry {
    type Error = ServiceError;

    fn try_from(row: QueueRow) -> Result<Self, ServiceError> {
        Ok(Self {
            category: stored(&row.category)?,
            enterprise_level: stored_opt(row.enterprise_level.as_deref())?,
            requested_tier: stored(&row.requested_tier)?,
            status: stored(&row.status)?,
            reference: row.reference,
            legal_name: row.legal_name,
            requested_eligible: row.requested_eligible,
            version: row.version,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
            flags: [
                (row.shared_certificate, QueueFlag::SharedCertificate),
                (row.shared_registration, QueueFlag::SharedRegistration),
            ]
            .into_iter()
            .filter_map(|(on, flag)| on.then_some(flag))
            .collect(),
        })
    }
}

/// A certificate of the application (the row `$row`) that someone else claims now
/// (`certificate_claims`).
macro_rules! shared_certificate {
    ($row:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM application_engineers mine
            JOIN certificate_claims other ON other.certificate_id = mine.certificate_id AND other.reference <> ",
            $row,
            ".reference WHERE mine.application_id = ",
            $row,
            ".id)"
        )
    };
}
/// Its registration number given by another current holder (`registration_claims`).
macro_rules! shared_registration {
    ($row:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM registration_claims other
            WHERE other.registration = upper(replace(replace(",
            $row,
            ".registration_number, ' ', ''), '-', '')) AND other.reference <> ",
            $row,
            ".reference)"
        )
    };
}
/// The filter's conditions, written once with fixed placeholders: an absent filter binds
/// NULL (or FALSE) and matches everything, so no SQL is ever built from input.
const WHERE: &str = concat!(
    "
    WHERE (CAST($1 AS TEXT) IS NULL OR status = $1)
      AND (CAST($2 AS TEXT) IS NULL OR category = $2)
      AND (CAST($3 AS TEXT) <> 'ineligible' OR requested_eligible = FALSE)
      AND (CAST($3 AS TEXT) <> 'missing_declarations' OR EXISTS (
            SELECT 1 FROM application_declarations d WHERE d.application_id = applications.id AND d.accepted = FALSE))
      AND (CAST($3 AS TEXT) <> 'shared_certificate' OR ",
    shared_certificate!("applications"),
    ")
      AND (CAST($3 AS TEXT) <> 'shared_registration' OR ",
    shared_registration!("applications"),
    ")
      AND (CAST($4 AS TEXT) IS NULL OR lower(legal_name) LIKE $4 ESCAPE '\\' OR lower(reference) LIKE $4 ESCAPE '\\')"
);
const COLUMNS: &str =
    "id, reference, legal_name, registration_number, category, enterprise_level, requested_tier,
    requested_eligible, status, version, submitted_at, updated_at";
/// The flags of the rows `page` holds, found for those rows only (not for every row the
/// filter and the offset pass over).
const FLAGS: &str = concat!(
    shared_certificate!("page"),
    " AS shared_certificate, ",
    shared_registration!("page"),
    " AS shared_registration"
);

fn order_by(sort: Option<QueueSort>) -> &'static str {
    match sort {
        Some(QueueSort::Oldest) => "ORDER BY submitted_at ASC, id ASC",
        Some(QueueSort::Company) => "ORDER BY lower(legal_name) ASC, id ASC",
        Some(QueueSort::Newest) | None => "ORDER BY submitted_at DESC, id DESC",
    }
}

/// `%term%` for LIKE, lower-cased, with LIKE's own wildcards escaped.
fn search_pattern(q: Option<&str>) -> Option<String> {
    let term = q?.trim();
    if term.is_empty() {
        return None;
    }
    let escaped: String = term
        .to_lowercase()
        .chars()
        .flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] })
        .collect();
    Some(format!("%{escaped}%"))
}

/// Up to `limit` rows from `offset`, and how many match in all.
pub async fn queue(
    db: &Database,
    filter: &QueueFilter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<QueueEntry>, i64), ServiceError> {
    let order = order_by(filter.sort);
    let select = format!(
        "SELECT page.*, {FLAGS} FROM (SELECT {COLUMNS} FROM applications {WHERE} {order} LIMIT $5 OFFSET $6) page {order}"
    );
    let count = format!("SELECT count(*) FROM applications {WHERE}");
    let status = filter.status.map(ApplicationState::key);
    let category = filter.category.map(Category::key);
    let pattern = search_pattern(filter.q.as_deref());
    let flag = filter.flag.map_or("", QueueFlag::key);
    let (rows, matching): (Vec<QueueRow>, i64) = with_pool!(db, pool => {
        let rows = sqlx::query_as(&select)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref()).bind(limit).bind(offset)
            .fetch_all(pool).await?;
        let matching: i64 = sqlx::query_scalar(&count)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref())
            .fetch_one(pool).await?;
        Ok::<_, sqlx::Error>((rows, matching))
    })?;
    let entries = rows.into_iter().map(QueueEntry::try_from).collect::<Result<_, _>>()?;
    Ok((entries, matching))
}

/// `reference`'s row if it matches `filter`, and how many match in all.
pub async fn matching_entry(
    db: &Database,
    filter: &QueueFilter,
    reference: &str,
) -> Result<(Option<QueueEntry>, i64), ServiceError> {
    let select = format!(
        "SELECT page.*, {FLAGS} FROM (SELECT {COLUMNS} FROM applications {WHERE} AND reference = $5) page"
    );
    let count = format!("SELECT count(*) FROM applications {WHERE}");
    let status = filter.status.map(ApplicationState::key);
    let category = filter.category.map(Category::key);
    let pattern = search_pattern(filter.q.as_deref());
    let flag = filter.flag.map_or("", QueueFlag::key);
    let (row, matching): (Option<QueueRow>, i64) = with_pool!(db, pool => {
        let row = sqlx::query_as(&select)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref()).bind(reference)
            .fetch_optional(pool).await?;
        let matching: i64 = sqlx::query_scalar(&count)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref())
            .fetch_one(pool).await?;
        Ok::<_, sqlx::Error>((row, matching))
    })?;
    Ok((row.map(QueueEntry::try_from).transpose()?, matching))
}

/// Every application counted by status, and by category.
#[expect(clippy::type_complexity, reason = "two small lists of counts, named by their keys")]
pub async fn queue_totals(
    db: &Database,
) -> Result<(Vec<(ApplicationState, i64)>, Vec<(Category, i64)>), ServiceError> {
    let by_status = "SELECT status, count(*) FROM applications GROUP BY status ORDER BY status";
    let by_category = "SELECT category, count(*) FROM applications GROUP BY category ORDER BY category";
    let (statuses, categories): (Vec<(String, i64)>, Vec<(String, i64)>) = with_pool!(db, pool => {
        let statuses = sqlx::query_as(by_status).fetch_all(pool).await?;
        let categories = sqlx::query_as(by_category).fetch_all(pool).await?;
        Ok::<_, sqlx::Error>((statuses, categories))
    })?;
    Ok((counted(statuses)?, counted(categories)?))
}

fn counted<T: super::keys::FromKey>(rows: Vec<(String, i64)>) -> Result<Vec<(T, i64)>, ServiceError> {
    rows.into_iter().map(|(key, n)| Ok((stored(&key)?, n))).collect()
}

/// Submissions per day and category since `since` (`YYYY-MM-DD`).
pub async fn submissions_per_day(
    db: &Database,
    since: &str,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    let select = "SELECT substr(submitted_at, 1, 10) AS day, category, count(*) FROM applications
        WHERE submitted_at >= $1 GROUP BY substr(submitted_at, 1, 10), category ORDER BY day";
    with_pool!(db, pool => sqlx::query_as(select).bind(since).fetch_all(pool).await)
}
