//! `GET /review/export.csv`: the queue as the dashboard filters it, for a spreadsheet.

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use app::api::{QueueEntry, QueueFilter};
use app::server::Reviewer;

use super::csv_sheet::Sheet;
use crate::access::{Plain, RequireRole};
use crate::api::ApiError;
use crate::db;
use crate::state::AppState;

/// Most rows one export holds; far beyond the programme's size.
const MAX_ROWS: i64 = 100_000;

pub async fn export_csv(
    _: RequireRole<Reviewer, Plain>,
    State(state): State<AppState>,
    Query(filter): Query<QueueFilter>,
) -> Response {
    match db::queue(&state.db, &filter, MAX_ROWS, 0).await {
        Ok((rows, _)) => csv_download("applications.csv", |writer| write_rows(writer, &rows)),
        Err(error) => plain(error),
    }
}

/// A failed download, in words (the cause of an internal one is logged, never sent).
pub(super) fn plain(error: crate::errors::ServiceError) -> Response {
    let error = ApiError::from(error);
    (error.status(), error.message().to_owned()).into_response()
}

/// A CSV attachment: UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names
/// intact; fields quoted where needed by the csv crate (commas, quotes, line breaks), and
/// none read as a formula ([`Sheet`]).
pub(super) fn csv_download(
    filename: &str,
    write: impl FnOnce(&mut Sheet<'_>) -> Result<(), csv::Error>,
) -> Response {
    let mut body = "\u{feff}".as_bytes().to_vec();
    let written = {
        let mut sheet = Sheet(csv::Writer::from_writer(&mut body));
        write(&mut sheet).and_then(|()| sheet.0.flush().map_err(csv::Error::from))
    };
    match written {
        Ok(()) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
            ],
            body,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, filename, "writing a CSV export");
            (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on our side").into_response()
        }
    }
}

fn write_rows(writer: &mut Sheet<'_>, rows: &[QueueEntry]) -> Result<(), csv::Error> {
    writer.row([
        "reference",
        "company",
        "category",
        "enterprise_level",
        "requested_tier",
        "requested_eligible",
        "status",
        "version",
        "submitted_at",
        "updated_at",
    ])?;
    for row in rows {
        writer.row([
            row.reference.as_str(),
            row.legal_name.as_str(),
            row.category.key(),
            row.enterprise_level.map_or("", |level| level.key()),
            row.requested_tier.key(),
            if row.requested_eligible { "yes" } else { "no" },
            row.status.key(),
            &row.version.to_string(),
            row.submitted_at.as_str(),
            row.updated_at.as_str(),
        ])?;
    }
    Ok(())
}
