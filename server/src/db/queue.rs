//! The reviewers' queue: filtered, searched, sorted and paged in SQL, with the totals the
//! dashboard shows.

use serde::Serialize;

use app::api::QueueFilter;

use super::Database;

/// One application as the queue lists it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct QueueRow {
    pub reference: String,
    pub legal_name: String,
    pub category: String,
    pub enterprise_level: Option<String>,
    pub requested_tier: String,
    pub requested_eligible: bool,
    pub status: String,
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
}

/// The filter's conditions, written once with fixed placeholders: an absent filter binds
/// NULL (or FALSE) and matches everything, so no SQL is ever built from input.
const WHERE: &str = "
    WHERE (CAST($1 AS TEXT) IS NULL OR status = $1)
      AND (CAST($2 AS TEXT) IS NULL OR category = $2)
      AND (CAST($3 AS TEXT) <> 'ineligible' OR requested_eligible = FALSE)
      AND (CAST($3 AS TEXT) <> 'missing_declarations' OR EXISTS (
            SELECT 1 FROM application_declarations d WHERE d.application_id = applications.id AND d.accepted = FALSE))
      AND (CAST($3 AS TEXT) <> 'shared_certificate' OR EXISTS (
            SELECT 1 FROM application_engineers mine
            JOIN application_engineers theirs
              ON theirs.certificate_id = mine.certificate_id AND theirs.application_id <> mine.application_id
            WHERE mine.application_id = applications.id))
      AND (CAST($4 AS TEXT) IS NULL OR lower(legal_name) LIKE $4 ESCAPE '\\' OR lower(reference) LIKE $4 ESCAPE '\\')";
const COLUMNS: &str = "reference, legal_name, category, enterprise_level, requested_tier, requested_eligible,
    status, version, submitted_at, updated_at";

fn order_by(sort: Option<&str>) -> &'static str {
    match sort {
        Some("oldest") => "ORDER BY submitted_at ASC, id ASC",
        Some("company") => "ORDER BY lower(legal_name) ASC, id ASC",
        _ => "ORDER BY submitted_at DESC, id DESC",
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
) -> Result<(Vec<QueueRow>, i64), sqlx::Error> {
    let select = format!(
        "SELECT {COLUMNS} FROM applications {WHERE} {} LIMIT $5 OFFSET $6",
        order_by(filter.sort.as_deref())
    );
    let count = format!("SELECT count(*) FROM applications {WHERE}");
    let status = filter.status.as_deref().filter(|s| !s.is_empty());
    let category = filter.category.as_deref().filter(|c| !c.is_empty());
    let pattern = search_pattern(filter.q.as_deref());
    let flag = filter.flag.as_deref().unwrap_or("");
    with_pool!(db, pool => {
        let rows = sqlx::query_as(&select)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref()).bind(limit).bind(offset)
            .fetch_all(pool).await?;
        let matching: i64 = sqlx::query_scalar(&count)
            .bind(status).bind(category).bind(flag).bind(pattern.as_deref())
            .fetch_one(pool).await?;
        Ok((rows, matching))
    })
}

/// Every application counted by status, and by category.
pub async fn queue_totals(db: &Database) -> Result<(Vec<(String, i64)>, Vec<(String, i64)>), sqlx::Error> {
    let by_status = "SELECT status, count(*) FROM applications GROUP BY status ORDER BY status";
    let by_category = "SELECT category, count(*) FROM applications GROUP BY category ORDER BY category";
    with_pool!(db, pool => {
        let statuses = sqlx::query_as(by_status).fetch_all(pool).await?;
        let categories = sqlx::query_as(by_category).fetch_all(pool).await?;
        Ok((statuses, categories))
    })
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

impl From<QueueRow> for app::api::QueueEntry {
    fn from(row: QueueRow) -> Self {
        Self {
            reference: row.reference,
            legal_name: row.legal_name,
            category: row.category,
            enterprise_level: row.enterprise_level,
            requested_tier: row.requested_tier,
            requested_eligible: row.requested_eligible,
            status: row.status,
            version: row.version,
            submitted_at: row.submitted_at,
            updated_at: row.updated_at,
        }
    }
}
