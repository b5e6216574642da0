//! The dashboard's data: a page of the queue with the totals and the chart.

use app::api::{Dashboard, QueueFilter, QueuePage, QueueTotals, QueueUpdate};

use super::weekly_submissions;
use crate::clock::Clock;
use crate::db::{self, Database};
use crate::errors::ServiceError;

/// One page of `filter`'s applications, `page_size` a page, with the dashboard's totals.
pub async fn queue_page(
    db: &Database,
    clock: &Clock,
    filter: &QueueFilter,
    page_size: i64,
) -> Result<QueuePage, ServiceError> {
    let (rows, matching) = db::queue(db, filter, page_size, filter.offset(page_size)).await?;
    Ok(QueuePage {
        rows,
        matching,
        page: filter.page_number(),
        pages: ((matching + page_size - 1) / page_size).max(1),
        totals: totals(db, clock).await?,
    })
}

/// `reference` as an open queue with `filter` shows it after a change.
pub async fn queue_update(
    db: &Database,
    clock: &Clock,
    filter: &QueueFilter,
    reference: &str,
) -> Result<QueueUpdate, ServiceError> {
    let (entry, matching) = db::matching_entry(db, filter, reference).await?;
    Ok(QueueUpdate { entry, matching, totals: totals(db, clock).await? })
}

/// Newest applications the dashboard lists.
const LATEST: i64 = 8;

/// The dashboard: totals and chart, the newest applications, the partners' deadlines.
pub async fn dashboard(db: &Database, clock: &Clock) -> Result<Dashboard, ServiceError> {
    let (latest, _) = db::queue(db, &QueueFilter::default(), LATEST, 0).await?;
    let register = crate::partners::register(db, clock.today(), &Default::default()).await?;
    Ok(Dashboard { totals: totals(db, clock).await?, latest, partners: crate::partners::counts(&register) })
}

/// Every application by status and by category, and submissions per week.
pub async fn totals(db: &Database, clock: &Clock) -> Result<QueueTotals, ServiceError> {
    let (by_status, by_category) = db::queue_totals(db).await?;
    Ok(QueueTotals { by_status, by_category, weeks: weekly_submissions(db, clock).await? })
}
