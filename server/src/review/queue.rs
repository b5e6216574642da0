//! The dashboard's data: a page of the queue with the totals and the chart.

use app::api::{QueueFilter, QueuePage, QueueTotals};

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

/// Every application by status and by category, and submissions per week.
pub async fn totals(db: &Database, clock: &Clock) -> Result<QueueTotals, ServiceError> {
    let (by_status, by_category) = db::queue_totals(db).await?;
    Ok(QueueTotals { by_status, by_category, weeks: weekly_submissions(db, clock).await? })
}
