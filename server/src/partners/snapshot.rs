//! A partner as the rules see it: its record, its roster as the engine reads it, its tier
//! and its term. Loaded for one partner or for the whole register.

use std::collections::HashMap;

use app::api::{DeclarationsInput, EligibilityRequest};
use app::domain::partnership::{PartnerStatus, Term};
use app::domain::{ApplicationDraft, Category, Declaration, EnterpriseLevel, Tier};
use time::Date;

use crate::db::{self, Database, PartnerRecord, StoredEngineer};

#[derive(Debug, Clone)]
pub struct PartnerSnapshot {
    pub record: PartnerRecord,
    pub status: PartnerStatus,
    pub category: Category,
    pub level: Option<EnterpriseLevel>,
    pub tier: Tier,
    pub term: Option<Term>,
    pub engineers: Vec<StoredEngineer>,
    /// The roster with the declarations given when applying: what the engine judges.
    pub roster: ApplicationDraft,
}

/// Every partner, oldest first.
pub async fn load_all(db: &Database) -> Result<Vec<PartnerSnapshot>, sqlx::Error> {
    let records = db::list_partners(db).await?;
    let mut rosters: HashMap<i64, Vec<StoredEngineer>> = HashMap::new();
    for row in db::partner_engineers(db, None).await? {
        rosters.entry(row.partner_id).or_default().push(row.engineer);
    }
    let declarations = declarations_by_partner(db, None).await?;
    Ok(records
        .into_iter()
        .filter_map(|record| {
            let engineers = rosters.remove(&record.id).unwrap_or_default();
            let given = declarations.get(&record.id).map(Vec::as_slice).unwrap_or_default();
            snapshot(record, engineers, given)
        })
        .collect())
}

pub async fn load_one(db: &Database, id: i64) -> Result<Option<PartnerSnapshot>, sqlx::Error> {
    let Some(record) = db::find_partner(db, id).await? else {
        return Ok(None);
    };
    let engineers = db::partner_engineers(db, Some(id)).await?.into_iter().map(|row| row.engineer).collect();
    let declarations = declarations_by_partner(db, Some(id)).await?;
    let given = declarations.get(&id).map(Vec::as_slice).unwrap_or_default();
    Ok(snapshot(record, engineers, given))
}

async fn declarations_by_partner(
    db: &Database,
    of: Option<i64>,
) -> Result<HashMap<i64, Vec<Declaration>>, sqlx::Error> {
    let mut by_partner: HashMap<i64, Vec<Declaration>> = HashMap::new();
    for (partner, key) in db::partner_declarations(db, of).await? {
        if let Some(declaration) = Declaration::from_key(&key) {
            by_partner.entry(partner).or_default().push(declaration);
        }
    }
    Ok(by_partner)
}

/// `None` (and an error in the log) for a record this build cannot read, so one bad row
/// never hides the rest of the register.
fn snapshot(
    record: PartnerRecord,
    engineers: Vec<StoredEngineer>,
    declarations: &[Declaration],
) -> Option<PartnerSnapshot> {
    let status = PartnerStatus::from_key(&record.status);
    let category = Category::from_key(&record.category);
    let (Some(status), Some(category)) = (status, category) else {
        tracing::error!(partner = record.id, "partner with an unknown status or category");
        return None;
    };
    let level = record.enterprise_level.as_deref().and_then(EnterpriseLevel::from_key);
    let term = match (&record.term_start, &record.term_end) {
        (Some(start), Some(end)) => Some(Term { start: parse_date(start)?, end: parse_date(end)? }),
        _ => None,
    };
    let roster = draft(category, level, &engineers, declarations, record.brand_description.clone());
    Some(PartnerSnapshot {
        tier: Tier::requested(category, level),
        record,
        status,
        category,
        level,
        term,
        engineers,
        roster,
    })
}

pub fn parse_date(stored: &str) -> Option<Date> {
    Date::parse(stored, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// The roster as the engine reads it. Rows were validated when they were stored; a row that
/// no longer parses counts for nothing (and is logged) rather than failing the page.
pub fn draft(
    category: Category,
    level: Option<EnterpriseLevel>,
    engineers: &[StoredEngineer],
    declarations: &[Declaration],
    brand_description: Option<String>,
) -> ApplicationDraft {
    let mut ticks = DeclarationsInput::default();
    for &declaration in declarations {
        ticks.set(declaration, Some(true));
    }
    let request = EligibilityRequest {
        category: Some(category),
        enterprise_level: level,
        engineers: engineers.iter().map(super::roster::input_of).collect(),
        declarations: ticks,
        brand_description,
    };
    request.parse().unwrap_or_else(|errors| {
        tracing::error!(?errors, "a stored roster no longer parses");
        ApplicationDraft { category: Some(category), enterprise_level: level, ..ApplicationDraft::default() }
    })
}
