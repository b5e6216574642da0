//! Roster updates: a partner sends its certified engineers as they are now (newly certified,
//! leavers) through its private status link; a reviewer confirms or declines the change.

use app::api::{
    ApplicationRequest, DeclarationsInput, EligibilityRequest, EngineerInput, HistoryDetail, LiveKind,
    PartnerStanding, RosterToEdit,
};
use app::domain::partnership::standing;
use app::domain::{CertifiedEngineer, FieldError, Qualification, Track};

use super::snapshot::{PartnerSnapshot, load_one};
use crate::applications::sha256_hex;
use crate::clock::Clock;
use crate::db::{self, Database, StoredEngineer};
use crate::errors::{Context, Missing, ServiceError};
use crate::live::LiveEvents;

/// Longest note a partner may send with its roster.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The partner's roster as the update page starts from it (with a pending update, that
/// one), if `token` is the status token of `reference`'s application and it is a partner.
pub async fn roster_to_edit(
    db: &Database,
    reference: &str,
    token: &str,
) -> Result<RosterToEdit, ServiceError> {
    let partner = partner_for(db, reference, token)
        .await?
        .filter(|p| !p.status.ended())
        .ok_or(ServiceError::NotFound(Missing::ApplicationWithToken))?;
    let pending = db::pending_roster(db, partner.record.id).await?;
    let engineers = match &pending {
        Some(update) => serde_json::from_str(&update.engineers).context("reading a pending roster update")?,
        None => partner.engineers.iter().map(input_of).collect(),
    };
    let mut declarations = DeclarationsInput::default();
    for &declaration in &partner.roster.declarations {
        declarations.set(declaration, Some(true));
    }
    let request = ApplicationRequest {
        category: Some(partner.category),
        enterprise_level: partner.level,
        engineers,
        declarations,
        brand_description: partner.record.brand_description.clone(),
        ..ApplicationRequest::default()
    };
    Ok(RosterToEdit { request, pending: pending.is_some() })
}

/// Checks the partner's new roster and keeps it for a reviewer (replacing one not yet seen).
pub async fn submit_roster_update(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    reference: &str,
    token: &str,
    engineers: &[EngineerInput],
    note: &str,
) -> Result<(), ServiceError> {
    let partner = partner_for(db, reference, token)
        .await?
        .ok_or(ServiceError::NotFound(Missing::ApplicationWithToken))?;
    if partner.status.ended() {
        return Err(ServiceError::refused("ended", "the cooperation has ended"));
    }
    let checked = parse_roster(&partner, engineers)?;
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(ServiceError::invalid_field("note", "too_long", "is too long"));
    }
    let note = note.trim();
    let rows: Vec<EngineerInput> = checked.iter().map(|e| input_of(&stored_of(e))).collect();
    let json = serde_json::to_string(&rows).context("encoding a roster update")?;
    let now = clock.now_rfc3339().context("reading the clock")?;
    db::save_pending_roster(db, partner.record.id, &json, Some(note).filter(|n| !n.is_empty()), &now).await?;
    tracing::info!(partner = partner.record.id, engineers = rows.len(), "roster update sent");
    live.publish(LiveKind::RosterUpdateSent, reference);
    Ok(())
}

/// The roster as the engine reads it; every row complete and every certificate once.
pub fn parse_roster(
    partner: &PartnerSnapshot,
    engineers: &[EngineerInput],
) -> Result<Vec<CertifiedEngineer>, ServiceError> {
    let request = EligibilityRequest {
        category: Some(partner.category),
        enterprise_level: partner.level,
        engineers: engineers.to_vec(),
        ..EligibilityRequest::default()
    };
    let draft = request.parse().map_err(ServiceError::from)?;
    let invalid =
        |code, message: &str| ServiceError::Invalid(vec![FieldError::new("engineers", code, message)]);
    if draft.engineers.len() != engineers.len() {
        return Err(invalid(
            "incomplete",
            "every row needs a certificate ID, a track and, for Automation, a certification",
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    if draft.engineers.iter().any(|e| !seen.insert(e.certificate_id.as_str())) {
        return Err(invalid("duplicate", "lists a certificate ID twice"));
    }
    Ok(draft.engineers)
}

async fn partner_for(
    db: &Database,
    reference: &str,
    token: &str,
) -> Result<Option<PartnerSnapshot>, ServiceError> {
    let Some((record, token_hash)) = db::find_partner_by_reference(db, reference).await? else {
        return Ok(None);
    };
    if token_hash != sha256_hex(token) {
        return Ok(None);
    }
    Ok(load_one(db, record.id).await?)
}

/// A stored roster row as the wizard's engineer row.
pub fn input_of(e: &StoredEngineer) -> EngineerInput {
    EngineerInput {
        name: Some(e.name.clone()).filter(|n| !n.is_empty()),
        certificate_id: Some(e.certificate_id.clone()),
        track: Track::from_key(&e.track),
        certification: e.certification.as_deref().and_then(app::domain::Certification::from_key),
        lecturer: e.lecturer,
    }
}

/// A checked engineer as storage keeps it.
pub fn stored_of(e: &CertifiedEngineer) -> StoredEngineer {
    let (track, certification) = match e.qualification {
        Qualification::Automation(c) => (Track::Automation, Some(c.key().to_owned())),
        Qualification::Development => (Track::Development, None),
    };
    StoredEngineer {
        name: e.name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
        certificate_id: e.certificate_id.as_str().to_owned(),
        track: track.key().to_owned(),
        certification,
        lecturer: e.lecturer,
    }
}

/// The pending update's rows, checked again as the partner sent them.
pub fn proposed_roster(
    partner: &PartnerSnapshot,
    update: &db::RosterUpdateRecord,
) -> Result<Vec<StoredEngineer>, ServiceError> {
    let rows: Vec<EngineerInput> =
        serde_json::from_str(&update.engineers).context("reading a pending roster update")?;
    Ok(parse_roster(partner, &rows)?.iter().map(stored_of).collect())
}

/// Certificates on `proposed` and not on `current`, and the other way round.
pub fn roster_difference(
    current: &[StoredEngineer],
    proposed: &[StoredEngineer],
) -> (Vec<String>, Vec<String>) {
    let ids = |rows: &[StoredEngineer]| rows.iter().map(|e| e.certificate_id.clone()).collect::<Vec<_>>();
    let (before, after) = (ids(current), ids(proposed));
    let added = after.iter().filter(|id| !before.contains(id)).cloned().collect();
    let removed = before.iter().filter(|id| !after.contains(id)).cloned().collect();
    (added, removed)
}

/// The history entry of a confirmed update: who came and who left, by certificate (the
/// note in English, the detail as values).
pub fn confirmation_note(current: &[StoredEngineer], proposed: &[StoredEngineer]) -> (String, HistoryDetail) {
    let (added, removed) = roster_difference(current, proposed);
    let list = |ids: &[String]| if ids.is_empty() { "none".to_owned() } else { ids.join(", ") };
    let note = format!("added: {}; removed: {}", list(&added), list(&removed));
    (note, HistoryDetail::RosterChanged { added, removed })
}

/// The partnership `reference`'s application led to, as its applicant sees it (the caller
/// has checked the status token).
pub async fn standing_of(
    db: &Database,
    today: time::Date,
    reference: &str,
) -> Result<Option<PartnerStanding>, sqlx::Error> {
    let Some((record, _)) = db::find_partner_by_reference(db, reference).await? else {
        return Ok(None);
    };
    let Some(partner) = load_one(db, record.id).await? else {
        return Ok(None);
    };
    let pending = db::pending_roster(db, partner.record.id).await?.is_some();
    Ok(Some(PartnerStanding {
        standing: standing(partner.status, partner.term, today),
        enterprise_level: partner.level,
        term_start: partner.term.map(|t| t.start.to_string()),
        term_end: partner.term.map(|t| t.end.to_string()),
        roster_update_pending: pending,
    }))
}
