//! The partner register and the partner page's data: snapshots judged by the domain's
//! rules as of the clock's today.

use std::collections::HashMap;

use app::api::{
    AuditCheckLine, AuditEntry, NumberLine, PartnerFile, PartnerFilter, PartnerRegister, PartnerRow,
    PaymentLine, RosterLine, RosterUpdateLine, SharedLine, TrialLine,
};
use app::domain::partnership::{
    PartnerStatus, RenewalRefusal, Standing, check_renewal, non_renewal_proposed, standing, trial_countdown,
};
use app::domain::{EnterpriseLevel, Measure, current_policy, evaluate};
use time::Date;

use super::roster::{proposed_roster, roster_difference};
use super::snapshot::{PartnerSnapshot, load_all, load_one};
use crate::db::{self, Database, SharedCertificate, StoredEngineer};

/// Everything the register needs besides the partners themselves.
struct Context {
    today: Date,
    shared: Vec<SharedCertificate>,
    findings: HashMap<i64, String>,
}

impl Context {
    async fn load(db: &Database, today: Date) -> Result<Self, sqlx::Error> {
        Ok(Self {
            today,
            shared: db::shared_certificates(db).await?,
            findings: db::latest_findings(db).await?.into_iter().collect(),
        })
    }
}

pub async fn register(
    db: &Database,
    today: Date,
    filter: &PartnerFilter,
) -> Result<PartnerRegister, sqlx::Error> {
    let context = Context::load(db, today).await?;
    let rows: Vec<PartnerRow> = load_all(db).await?.iter().map(|p| row(p, &context)).collect();
    let mut by_standing: Vec<(String, i64)> = Standing::ALL.iter().map(|s| (s.key().to_owned(), 0)).collect();
    for row in &rows {
        if let Some(count) = by_standing.iter_mut().find(|(key, _)| *key == row.standing) {
            count.1 += 1;
        }
    }
    let count = |due: &str| {
        let wanted = PartnerFilter { due: Some(due.to_owned()), ..PartnerFilter::default() };
        i64::try_from(rows.iter().filter(|r| matches(r, &wanted)).count()).unwrap_or(i64::MAX)
    };
    let (trials_due, trials_overdue, renewals_due) =
        (count("trial_due"), count("trial_overdue"), count("renewal_due"));
    Ok(PartnerRegister {
        rows: rows.into_iter().filter(|r| matches(r, filter)).collect(),
        by_standing,
        trials_due,
        trials_overdue,
        renewals_due,
        today: today.to_string(),
    })
}

pub async fn partner_file(db: &Database, today: Date, id: i64) -> Result<Option<PartnerFile>, sqlx::Error> {
    let Some(partner) = load_one(db, id).await? else {
        return Ok(None);
    };
    let context = Context::load(db, today).await?;
    let (events, payments) = db::partner_history(db, id).await?;
    let checks = db::audit_checks_of(db, id).await?;
    let renewal =
        check_renewal(partner.status, partner.term, today, partner.tier, &partner.roster, current_policy());
    let pending_roster = match db::pending_roster(db, id).await? {
        Some(update) => pending_line(&partner, &update),
        None => None,
    };
    let renewal_open = !matches!(renewal, Err(RenewalRefusal::NotActive | RenewalRefusal::NotDue { .. }));
    let renewal_blocked = match renewal {
        Ok(_) | Err(RenewalRefusal::NotActive | RenewalRefusal::NotDue { .. }) => Vec::new(),
        Err(RenewalRefusal::StillTrial) => {
            vec!["move the Trial partner to its Enterprise level first".to_owned()]
        }
        Err(RenewalRefusal::Shortfalls(shortfalls)) => shortfalls.into_iter().map(|s| s.message).collect(),
    };
    Ok(Some(PartnerFile {
        row: row(&partner, &context),
        version: partner.record.version,
        roster: partner.engineers.iter().map(roster_line).collect(),
        shared: context
            .shared
            .iter()
            .filter(|s| s.partner_id == id)
            .map(|s| SharedLine {
                certificate_id: s.certificate_id.clone(),
                other_kind: s.other_kind.clone(),
                other_reference: s.other_reference.clone(),
                other_partner: s.other_partner,
            })
            .collect(),
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
        audit_checks: checks.into_iter().map(|c| check_line(&c.quarter, c.check)).collect(),
        history: events
            .into_iter()
            .map(|e| AuditEntry { at: e.at, kind: e.kind, actor: e.actor, note: e.note })
            .collect(),
        renewal_open,
        renewal_blocked,
        pending_roster,
        today: today.to_string(),
    }))
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
    Some(RosterUpdateLine {
        id: update.id,
        submitted_at: update.submitted_at.clone(),
        note: update.note.clone(),
        roster: rows.iter().map(roster_line).collect(),
        added,
        removed,
        eligible: verdict.eligible,
        shortfalls: verdict.shortfalls.into_iter().map(|s| s.message).collect(),
    })
}

pub fn roster_line(e: &StoredEngineer) -> RosterLine {
    RosterLine {
        name: e.name.clone(),
        certificate_id: e.certificate_id.clone(),
        track: e.track.clone(),
        certification: e.certification.clone(),
        lecturer: e.lecturer,
    }
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
                missing: countdown.missing.into_iter().map(|s| s.message).collect(),
                due: countdown.due,
                overdue: countdown.overdue,
                propose_non_renewal: countdown.propose_non_renewal,
            }
        });
    let mut flags = Vec::new();
    if context.shared.iter().any(|s| s.partner_id == partner.record.id) {
        flags.push("shared_certificate".to_owned());
    }
    match context.findings.get(&partner.record.id).map(String::as_str) {
        Some("deception") => flags.push("audit_deception".to_owned()),
        Some("shortfall") => flags.push("audit_shortfall".to_owned()),
        _ => {}
    }
    if !verdict.eligible && !partner.status.ended() {
        flags.push("short".to_owned());
    }
    if non_renewal_proposed(partner.status, partner.term, today, partner.tier, &partner.roster, policy) {
        flags.push("non_renewal_proposed".to_owned());
    }
    PartnerRow {
        id: partner.record.id,
        reference: partner.record.reference.clone(),
        legal_name: partner.record.legal_name.clone(),
        category: partner.category.key().to_owned(),
        enterprise_level: partner.level.map(|l| l.key().to_owned()),
        standing: standing(partner.status, partner.term, today).key().to_owned(),
        term_start: partner.term.map(|t| t.start.to_string()),
        term_end: partner.term.map(|t| t.end.to_string()),
        days_left: partner.term.filter(|_| !partner.status.ended()).map(|t| t.days_left(today)),
        tier: partner.tier.key().to_owned(),
        eligible: verdict.eligible,
        shortfalls: verdict.shortfalls.into_iter().map(|s| s.message).collect(),
        engineers: partner.engineers.len(),
        flags,
        trial,
    }
}

fn number_line(measure: &Measure) -> NumberLine {
    NumberLine {
        requirement: measure.requirement.to_string(),
        have: measure.have,
        required: measure.required,
    }
}

fn matches(row: &PartnerRow, filter: &PartnerFilter) -> bool {
    let wanted =
        |value: &Option<String>, actual: &str| value.as_deref().is_none_or(|v| v.is_empty() || v == actual);
    let flagged = match filter.flag.as_deref() {
        None | Some("") => true,
        Some("audit") => row.flags.iter().any(|f| f.starts_with("audit_")),
        Some(flag) => row.flags.iter().any(|f| f == flag),
    };
    let due = match filter.due.as_deref() {
        None | Some("") => true,
        Some("trial_due") => row.trial.as_ref().is_some_and(|t| t.due),
        Some("trial_overdue") => row.trial.as_ref().is_some_and(|t| t.overdue),
        Some("renewal_due") => row.standing == Standing::RenewalDue.key(),
        Some(_) => false,
    };
    let found = match filter.q.as_deref().map(str::trim) {
        None | Some("") => true,
        Some(q) => {
            let q = q.to_lowercase();
            row.legal_name.to_lowercase().contains(&q) || row.reference.to_lowercase().contains(&q)
        }
    };
    wanted(&filter.standing, &row.standing)
        && wanted(&filter.category, &row.category)
        && flagged
        && due
        && found
}

/// For the audit page: a row's context is the whole register's.
pub(super) async fn context_rows(
    db: &Database,
    today: Date,
) -> Result<HashMap<i64, PartnerRow>, sqlx::Error> {
    let context = Context::load(db, today).await?;
    Ok(load_all(db).await?.iter().map(|p| (p.record.id, row(p, &context))).collect())
}

pub(super) fn check_line(quarter: &str, c: db::AuditCheckRecord) -> AuditCheckLine {
    AuditCheckLine {
        audit_id: c.audit_id,
        quarter: quarter.to_owned(),
        finding: c.finding,
        numbers: c.numbers,
        unverified: serde_json::from_str(&c.unverified).unwrap_or_default(),
        checked_by: c.checked_by,
        checked_at: c.checked_at,
    }
}
