//! `GET /review/partners.csv`: the partner register as the page filters it, for a spreadsheet.

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use app::api::{PartnerFilter, PartnerRow};
use app::server::Principal;

use super::export::csv_download;
use crate::partners;
use crate::state::AppState;

/// UTF-8 with a byte-order mark (Chinese names open intact), quoted by the csv crate.
pub async fn export_partners_csv(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Query(filter): Query<PartnerFilter>,
) -> Response {
    if principal.is_none() {
        tracing::warn!("partner CSV refused: not signed in");
        return (StatusCode::UNAUTHORIZED, "sign in as a reviewer first").into_response();
    }
    match partners::register(&state.db, state.clock.today(), &filter).await {
        Ok(register) => csv_download("partners.csv", |writer| write_rows(writer, &register.rows)),
        Err(error) => {
            tracing::error!(%error, "exporting the partners");
            (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on our side").into_response()
        }
    }
}

fn write_rows(writer: &mut csv::Writer<&mut Vec<u8>>, rows: &[PartnerRow]) -> Result<(), csv::Error> {
    writer.write_record([
        "reference",
        "company",
        "category",
        "enterprise_level",
        "standing",
        "term_start",
        "term_end",
        "days_left",
        "tier",
        "roster_meets_tier",
        "shortfalls",
        "engineers",
        "flags",
        "trial_days_left",
    ])?;
    for row in rows {
        let optional = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        writer.write_record([
            row.reference.as_str(),
            row.legal_name.as_str(),
            row.category.as_str(),
            row.enterprise_level.as_deref().unwrap_or(""),
            row.standing.as_str(),
            row.term_start.as_deref().unwrap_or(""),
            row.term_end.as_deref().unwrap_or(""),
            &optional(row.days_left),
            row.tier.as_str(),
            if row.eligible { "yes" } else { "no" },
            &row.shortfalls.join(" "),
            &row.engineers.to_string(),
            &row.flags.join(" "),
            &optional(row.trial.as_ref().map(|t| t.days_left)),
        ])?;
    }
    Ok(())
}
