//! `GET /review/export.csv`: the queue as the dashboard filters it, for a spreadsheet.

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use app::api::QueueFilter;
use app::server::Principal;

use crate::db;
use crate::state::AppState;

/// Most rows one export holds; far beyond the programme's size.
const MAX_ROWS: i64 = 100_000;

/// UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names intact; fields
/// quoted where needed by the csv crate (commas, quotes, line breaks).
pub async fn export_csv(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Query(filter): Query<QueueFilter>,
) -> Response {
    if principal.is_none() {
        tracing::warn!("CSV export refused: not signed in");
        return (StatusCode::UNAUTHORIZED, "sign in as a reviewer first").into_response();
    }
    let rows = match db::queue(&state.db, &filter, MAX_ROWS, 0).await {
        Ok((rows, _)) => rows,
        Err(error) => {
            tracing::error!(%error, "exporting the queue");
            return (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on our side").into_response();
        }
    };
    match to_csv(&rows) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"applications.csv\""),
            ],
            body,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "writing the CSV export");
            (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on our side").into_response()
        }
    }
}

fn to_csv(rows: &[db::QueueRow]) -> Result<Vec<u8>, csv::Error> {
    let mut body = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut body);
        writer.write_record([
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
            writer.write_record([
                row.reference.as_str(),
                row.legal_name.as_str(),
                row.category.as_str(),
                row.enterprise_level.as_deref().unwrap_or(""),
                row.requested_tier.as_str(),
                if row.requested_eligible { "yes" } else { "no" },
                row.status.as_str(),
                &row.version.to_string(),
                row.submitted_at.as_str(),
                row.updated_at.as_str(),
            ])?;
        }
        writer.flush()?;
    }
    Ok(body)
}
