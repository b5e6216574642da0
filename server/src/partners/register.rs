//! The partner register and the partner page's data: snapshots judged by the domain's
//! rules as of the clock's today.

use std::collections::HashMap;

use app::api::{
    AuditCheckLine, Due, HistoryDetail, HistoryEntry, NumberLine, PartnerCounts, PartnerFile, PartnerFilter,
    PartnerFlag, PartnerFlagFilter, PartnerRegister, PartnerRow, PartnerUpdate, PaymentLine, RenewalLine,
    RosterLine, RosterUpdateLine, SharedLine, TrialLine,
};
use app::domain::partnership::{
    Finding, PartnerStatus, RenewalRefusal, Standing, check_renewal, non_renewal_proposed, standing,
    trial_countdown,
};
use app::domain::{EnterpriseLevel, Measure, current_policy, evaluate};
use time::Date;

use super::roster::{proposed_roster, roster_difference};
use super::snapshot::{PartnerSnapshot, load_all, load_one};
use crate::db::{self, Database, SharedCertificate, SharedRegistration, StoredEngineer, stored, stored_opt};
use crate::errors::{Missing, ServiceError};

/// Everything the register needs besides the partners themselves.
struct Context {
    today: Date,
    shared: Vec<SharedCertificate>,
    registrations: Vec<SharedRegistration>,
    findings: HashMap<i64, Finding>,
}

impl Context {
    async fn load(db: &Database, today: Date) -> Result<Self, ServiceError> {
        let findings = db::latest_findings(db)
            .await?
            .into_iter()
            .map(|(partner, finding)| Ok((partner, stored(&finding)?)))
            .collect::<Result<_, ServiceError>>()?;
        let (shared, registrations) = db::shared_by_partners(db).await?;
        Ok(Self { today, shared, registrations, findings })
    }
}

pub async fn register(
    db: &Database,
    today: Date,
    filter: &PartnerFilter,
) -> Result<PartnerRegister, ServiceError> {
    let context = Context::load(db, today).await?;
    let rows: Vec<PartnerRow> = load_all(db).await?.iter().map(|p| row(p, &context)).collect();
    let mut by_standing: Vec<(Standing, i64)> = Standing::ALL.iter().map(|&s| (s, 0)).collect();
    for row in &rows {
        if let Some(count) = by_standing.iter_mut().find(|(standing, _)| *standing == row.standing) {
            count.1 += 1;
        }
    }
    let count = |due: Due| {
        let wanted = PartnerFilter { due: Some(due), ..PartnerFilter::default() };
        i64::try_from(rows.iter().filter(|r| matches(r, &wanted)).count()).unwrap_or(i64::MAX)
    };
    let (trials_due, trials_overdue, renewals_due) =
        (count(Due::TrialDue), count(Due::TrialOverdue), count(Due::RenewalDue));
    Ok(PartnerRegister {
        rows: rows.into_iter().filter(|r| matches(r, filter)).collect(),
        by_standing,
        trials_due,
        trials_overdue,
        renewals_due,
        today: today.to_string(),
    })
}

/// The register's counts (not narrowed by its filter).
pub fn counts(register: &PartnerRegister) -> PartnerCounts {
    PartnerCounts {
        by_standing: register.by_standing.clone(),
        trials_due: register.trials_due,
        trials_overdue: register.trials_overdue,
        renewals_due: register.renewals_due,
    }
}

/// The partner `reference`'s application made, as an open register with `filter` shows it.
pub async fn partner_update(
    db: &Database,
    today: Date,
    filter: &PartnerFilter,
    reference: &str,
) -> Result<PartnerUpdate, ServiceError> {
    let register = register(db, today, filter).await?;
    let row = register.rows.iter().find(|row| row.reference == reference).cloned();
    Ok(PartnerUpdate { row, counts: counts(&register) })
}

pub async fn partner_file(db: &Database, today: Date, id: i64) -> Result<PartnerFile, ServiceError> {
    let partner = load_one(db, id).await?.ok_or(ServiceError::NotFound(Missing::Partner))?;
    let context = Context::load(db, today).await?;
    let (events, payments) = db::partner_history(db, id).await?;
    let checks = db::audit_checks_of(db, id).await?;
    let renewal =
        check_renewal(partner.status, partner.term, today, partner.tier, &partner.roster, current_policy());
    let pending_roster = match db::pending_roster(db, id).await? {
        Some(update) => pending_line(&partner, &update),
        None => None,
    };
    let renewal = match renewal {
        Err(RenewalRefusal::NotActive | RenewalRefusal::NotDue { .. }) => RenewalLine::default(),
        Ok(_) => RenewalLine { open: true, ..RenewalLine::default() },
        Err(RenewalRefusal::StillTrial) => {
            RenewalLine { open: true, still_trial: true, shortfalls: Vec::new() }
        }
        Err(RenewalRefusal::Shortfalls(shortfalls)) => {
            RenewalLine { open: true, still_trial: false, shortfalls }
        }
    };
    let shared = context
        .shared
        .iter()
        .filter(|s| s.partner_id == Some(id))
        .map(|s| {
            Ok(SharedLine {
                certificate_id: s.certificate_id.clone(),
                other_kind: stored(&s.other_kind)?,
                other_reference: s.other_reference.clone(),
                other_partner: s.other_partner,
            })
        })
        .collect::<Result<_, ServiceError>>()?;
    let shared_registration = context
        .registrations
        .iter()
        .filter(|s| s.partner_id == Some(id))
        .cloned()
        .map(crate::review::registration_line)
        .collect::<Result<_, ServiceError>>()?;
    let roster = partner.engineers.iter().map(roster_line).collect::<Result<_, ServiceError>>()?;
    Ok(PartnerFile {
        row: row(&partner, &context),
        version: partner.record.version,
        roster,
        shared,
        shared_registration,
        payments: payments
            .into_iter()
            .map(|p| PaymentLine {
                amount: p.amount,
                paid_on: p.paid_on,
                reference: p.reference,
                recorded_by: p.recorded_by,
                recorded_at: p.recorded_at,
            })
            .collect(),
        audit_checks: checks
            .into_iter()
            .map(|c| check_line(&c.quarter, c.check))
            .collect::<Result<_, _>>()?,
        history: events
            .into_iter()
            .map(|e| {
                let detail = HistoryDetail::from_stored(e.detail.as_deref());
                Ok(HistoryEntry {
                    at: e.at,
                    kind: stored(&e.kind)?,
                    actor: e.actor,
                    note: e.note,
                    version: None,
                    detail,
                })
            })
            .collect::<Result<_, ServiceError>>()?,
        renewal,
        pending_roster,
        today: today.to_string(),
    })
}

/// The pending update as the partner page shows it; `None` (logged) if it no longer reads.
fn pending_line(partner: &PartnerSnapshot, update: &db::RosterUpdateRecord) -> Option<RosterUpdateLine> {
    let rows = match proposed_roster(partner, update) {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(%error, partner = partner.record.id, "a pending roster update does not read");
            return None;
        }
    };
    let (added, removed) = roster_difference(&partner.engineers, &rows);
    let declarations: Vec<_> = partner.roster.declarations.iter().copied().collect();
    let proposed = super::snapshot::draft(
        partner.category,
        partner.level,
        &rows,
        &declarations,
        partner.record.brand_description.clone(),
    );
    let verdict = evaluate(&proposed, current_policy()).results.get(partner.tier).clone();
    let roster = match rows.iter().map(roster_line).collect() {
        Ok(roster) => roster,
        Err(error) => {
            error.log_if_internal();
            return None;
        }
    };
    Some(RosterUpdateLine {
        id: update.id,
        submitted_at: update.submitted_at.clone(),
        note: update.note.clone(),
        roster,
        added,
        removed,
        eligible: verdict.eligible,
        shortfalls: verdict.shortfalls,
    })
}

pub fn roster_line(e: &StoredEngineer) -> Result<RosterLine, ServiceError> {
    Ok(RosterLine {
        name: e.name.clone(),
        certificate_id: e.certificate_id.clone(),
        track: stored(&e.track)?,
        certification: stored_opt(e.certification.as_deref())?,
        lecturer: e.lecturer,
    })
}

fn row(partner: &PartnerSnapshot, context: &Context) -> PartnerRow {
    let today = context.today;
    let policy = current_policy();
    let verdict = evaluate(&partner.roster, policy).results.get(partner.tier).clone();
    let trial = (partner.level == Some(EnterpriseLevel::Trial) && partner.status == PartnerStatus::Active)
        .then_some(partner.term)
        .flatten()
        .map(|term| {
            let countdown = trial_countdown(term, today, &partner.roster, policy);
            TrialLine {
                days_left: countdown.days_left,
                numbers: countdown.numbers.iter().map(number_line).collect(),
                missing: countdown.missing,
                due: countdown.due,
                overdue: countdown.overdue,
                propose_non_renewal: countdown.propose_non_renewal,
            }
        });
    let mut flags = Vec::new();
    if context.shared.iter().any(|s| s.partner_id == Some(partner.record.id)) {
        flags.push(PartnerFlag::SharedCertificate);
    }
    if context.registrations.iter().any(|s| s.partner_id == Some(partner.record.id)) {
        flags.push(PartnerFlag::SharedRegistration);
    }
    match context.findings.get(&partner.record.id) {
        Some(Finding::Deception) => flags.push(PartnerFlag::AuditDeception),
        Some(Finding::Shortfall) => flags.push(PartnerFlag::AuditShortfall),
        Some(Finding::Passed) | None => {}
    }
    if !verdict.eligible && !partner.status.ended() {
        flags.push(PartnerFlag::Short);
    }
    if non_renewal_proposed(partner.status, partner.term, today, partner.tier, &partner.roster, policy) {
        flags.push(PartnerFlag::NonRenewalProposed);
    }
    PartnerRow {
        id: partner.record.id,
        reference: partner.record.reference.clone(),
        legal_name: partner.record.legal_name.clone(),
        category: partner.category,
        enterprise_level: partner.level,
        standing: standing(partner.status, partner.term, today),
        term_start: partner.term.map(|t| t.start.to_string()),
        term_end: partner.term.map(|t| t.end.to_string()),
        days_left: partner.term.filter(|_| !partner.status.ended()).map(|t| t.days_left(today)),
        tier: partner.tier,
        eligible: verdict.eligible,
        shortfalls: verdict.shortfalls,
        engineers: partner.engineers.len(),
        flags,
        trial,
    }
}

fn number_line(measure: &Measure) -> NumberLine {
    NumberLine { requirement: measure.requirement, have: measure.have, required: measure.required }
}

fn matches(row: &PartnerRow, filter: &PartnerFilter) -> bool {
    let has = |flag: PartnerFlag| row.flags.contains(&flag);
    let flagged = match filter.flag {
        None => true,
        Some(PartnerFlagFilter::Audit) => {
            has(PartnerFlag::AuditDeception) || has(PartnerFlag::AuditShortfall)
        }
        Some(PartnerFlagFilter::SharedCertificate) => has(PartnerFlag::SharedCertificate),
        Some(PartnerFlagFilter::SharedRegistration) => has(PartnerFlag::SharedRegistration),
        Some(PartnerFlagFilter::Short) => has(PartnerFlag::Short),
        Some(PartnerFlagFilter::NonRenewalProposed) => has(PartnerFlag::NonRenewalProposed),
    };
    let due = match filter.due {
        None => true,
        Some(Due::TrialDue) => row.trial.as_ref().is_some_and(|t| t.due),
        Some(Due::TrialOverdue) => row.trial.as_ref().is_some_and(|t| t.overdue),
        Some(Due::RenewalDue) => row.standing == Standing::RenewalDue,
    };
    let found = match filter.q.as_deref().map(str::trim) {
        None | Some("") => true,
        Some(q) => {
            let q = q.to_lowercase();
            row.legal_name.to_lowercase().contains(&q) || row.reference.to_lowercase().contains(&q)
        }
    };
    filter.standing.is_none_or(|s| s == row.standing)
        && filter.category.is_none_or(|c| c == row.category)
        && flagged
        && due
        && found
}

/// For the audit page: a row's context is the whole register's.
pub(super) async fn context_rows(
    db: &Database,
    today: Date,
) -> Result<HashMap<i64, PartnerRow>, ServiceError> {
    let context = Context::load(db, today).await?;
    Ok(load_all(db).await?.iter().map(|p| (p.record.id, row(p, &context))).collect())
}

pub(super) fn check_line(quarter: &str, c: db::AuditCheckRecord) -> Result<AuditCheckLine, ServiceError> {
    Ok(AuditCheckLine {
        audit_id: c.audit_id,
        quarter: quarter.to_owned(),
        finding: stored(&c.finding)?,
        counts: super::audit_numbers::read(&c.numbers),
        numbers: c.numbers,
        unverified: serde_json::from_str(&c.unverified).unwrap_or_default(),
        left: serde_json::from_str(&c.departed).unwrap_or_default(),
        checked_by: c.checked_by,
        checked_at: c.checked_at,
    })
}
