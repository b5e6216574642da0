//! `GET /review/partners.csv`: the partner register as the page filters it, for a spreadsheet.

use axum::extract::{Query, State};
use axum::response::Response;

use app::api::{PartnerFilter, PartnerRow};
use app::server::Reviewer;

use super::csv_sheet::Sheet;
use super::export::{csv_download, plain};
use crate::access::{Plain, RequireRole};
use crate::partners;
use crate::state::AppState;

/// UTF-8 with a byte-order mark (Chinese names open intact), quoted by the csv crate.
pub async fn export_partners_csv(
    _: RequireRole<Reviewer, Plain>,
    State(state): State<AppState>,
    Query(filter): Query<PartnerFilter>,
) -> Response {
    match partners::register(&state.db, state.clock.today(), &filter).await {
        Ok(register) => csv_download("partners.csv", |writer| write_rows(writer, &register.rows)),
        Err(error) => plain(error),
    }
}

fn write_rows(writer: &mut Sheet<'_>, rows: &[PartnerRow]) -> Result<(), csv::Error> {
    writer.row([
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
        let shortfalls: Vec<&str> = row.shortfalls.iter().map(|s| s.message.as_str()).collect();
        let flags: Vec<&str> = row.flags.iter().map(|f| f.key()).collect();
        writer.row([
            row.reference.as_str(),
            row.legal_name.as_str(),
            row.category.key(),
            row.enterprise_level.map_or("", |level| level.key()),
            row.standing.key(),
            row.term_start.as_deref().unwrap_or(""),
            row.term_end.as_deref().unwrap_or(""),
            &optional(row.days_left),
            row.tier.key(),
            if row.eligible { "yes" } else { "no" },
            &shortfalls.join(" "),
            &row.engineers.to_string(),
            &flags.join(" "),
            &optional(row.trial.as_ref().map(|t| t.days_left)),
        ])?;
    }
    Ok(())
}
