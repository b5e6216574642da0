use time::{Date, OffsetDateTime};

use app::domain::{Category, EnterpriseLevel};
use app::server::Principal;

use crate::db::{self, Applied, Database, NewDecision, NewPartner};
use crate::live::LiveEvents;

/// Longest reason or message a reviewer may write.
pub const MAX_NOTE_CHARS: usize = 4000;

/// What a reviewer decides about an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Admit the company as this partner (the level is for Enterprise only, and required there).
    Approve {
        category: Category,
        enterprise_level: Option<EnterpriseLevel>,
    },
    Reject {
        reason: String,
    },
    /// Ask the applicant for more; they see the message on their status page.
    RequestInfo {
        message: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("{field}: {message}")]
    Invalid { field: &'static str, message: &'static str },
    #[error("no application has this reference")]
    NotFound,
    #[error("the application changed since it was shown (now {status}, version {version}); reload it")]
    Stale { status: String, version: i64 },
    #[error("storage failed: {0}")]
    Storage(#[from] sqlx::Error),
    #[error("the clock could not be read")]
    Clock,
}

/// Applies `decision` if `seen_version` is still the application's version; records who
/// decided, when and why; creates the partner on approval. Returns the new version.
pub async fn decide(
    db: &Database,
    live: &LiveEvents,
    reviewer: &Principal,
    reference: &str,
    seen_version: i64,
    decision: Decision,
) -> Result<i64, DecideError> {
    let now = OffsetDateTime::now_utc();
    let stamp = crate::clock::now_rfc3339().map_err(|_| DecideError::Clock)?;
    let (status, note, partner_terms) = match &decision {
        Decision::Approve { category, enterprise_level } => {
            match (category, enterprise_level) {
                (Category::Enterprise, None) => {
                    return Err(DecideError::Invalid {
                        field: "enterprise_level",
                        message: "an Enterprise approval names the level",
                    });
                }
                (other, Some(_)) if *other != Category::Enterprise => {
                    return Err(DecideError::Invalid {
                        field: "enterprise_level",
                        message: "only Enterprise partners have a level",
                    });
                }
                _ => {}
            }
            let start = now.date();
            let note = match enterprise_level {
                Some(level) => format!("approved as {} ({})", category.key(), level.key()),
                None => format!("approved as {}", category.key()),
            };
            ("approved", note, Some((start, one_year_later(start))))
        }
        Decision::Reject { reason } => ("rejected", required_note("reason", reason)?, None),
        Decision::RequestInfo { message } => ("info_requested", required_note("message", message)?, None),
    };
    let dates = partner_terms.map(|(start, end)| (start.to_string(), end.to_string()));
    let partner = match (&decision, &dates) {
        (Decision::Approve { category, enterprise_level }, Some((start, end))) => Some(NewPartner {
            category: category.key(),
            enterprise_level: enterprise_level.map(|l| l.key()),
            term_start: start,
            term_end: end,
        }),
        _ => None,
    };
    let applied = db::apply_decision(
        db,
        &NewDecision {
            reference,
            seen_version,
            status,
            actor: &reviewer.email,
            note: &note,
            now: &stamp,
            partner,
        },
    )
    .await?;
    match applied {
        Applied::Done { version } => {
            tracing::info!(reviewer = reviewer.id, %reference, status, "application decided");
            live.publish(status, reference);
            Ok(version)
        }
        Applied::NotFound => Err(DecideError::NotFound),
        Applied::Stale { status, version } => Err(DecideError::Stale { status, version }),
    }
}

fn required_note(field: &'static str, raw: &str) -> Result<String, DecideError> {
    let note = raw.trim();
    if note.is_empty() {
        return Err(DecideError::Invalid { field, message: "is required" });
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(DecideError::Invalid { field, message: "is too long" });
    }
    Ok(note.to_owned())
}

/// The same day a year later; 29 February becomes 28 February.
fn one_year_later(start: Date) -> Date {
    let year = start.year() + 1;
    start
        .replace_year(year)
        .or_else(|_| start.replace_day(28).and_then(|d| d.replace_year(year)))
        .unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_term_lasts_one_year() {
        assert_eq!(one_year_later(date!(2026 - 11 - 26)), date!(2027 - 11 - 26));
        assert_eq!(one_year_later(date!(2028 - 02 - 29)), date!(2029 - 02 - 28));
    }
}
