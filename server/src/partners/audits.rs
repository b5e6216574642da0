//! The quarterly random audit: an admin starts it, the server draws the sample, reviewers
//! record what they could verify of each sampled partner's certified engineers.

use std::collections::BTreeMap;

use app::api::{
    AuditFile, AuditSummary, AuditsOverview, EngineerCheck, HistoryDetail, LiveKind, SampleRequest,
    SampledPartner,
};
use app::domain::partnership::{EngineerFinding, Finding, Quarter, SampleSize, audit_finding};
use app::domain::{CertificateId, current_policy};
use app::server::Principal;

use super::snapshot::load_one;
use super::{register, sample};
use crate::clock::Clock;
use crate::db::{self, AuditCheckRecord, Database, NewAudit, NewAuditCheck, QuarterlyAudit};
use crate::errors::{Context, Missing, ServiceError, internal};
use crate::live::LiveEvents;

/// Draws and records the audit of `quarter`: a fresh seed, the active partners as they are
/// now, and the sample. Returns the audit's id.
pub async fn start_audit(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    admin: &Principal,
    quarter: &str,
    size: SampleRequest,
) -> Result<i64, ServiceError> {
    let quarter = Quarter::parse(quarter)
        .ok_or_else(|| ServiceError::invalid_field("quarter", "invalid_format", "is not like 2026-Q4"))?;
    let size = match size {
        SampleRequest::Count(0) | SampleRequest::Percent(0) => {
            return Err(ServiceError::invalid_field("size", "too_small", "must be at least 1"));
        }
        SampleRequest::Percent(p) if p > 100 => {
            return Err(ServiceError::invalid_field("size", "too_large", "is a percentage up to 100"));
        }
        SampleRequest::Count(n) => SampleSize::Count(n),
        SampleRequest::Percent(p) => SampleSize::Percent(p),
    };
    let population = db::active_partner_ids(db).await?;
    if population.is_empty() {
        return Err(ServiceError::refused("nobody_to_audit", "there is no active partner to audit"));
    }
    let seed = sample::fresh_seed().context("drawing an audit's seed")?;
    let drawn = sample::draw(&seed, &population, size.of(population.len()))
        .ok_or_else(|| internal("drawing an audit's sample", "the seed does not read"))?;
    let rule = match size {
        SampleSize::Count(n) => format!("count:{n}"),
        SampleSize::Percent(p) => format!("percent:{p}"),
    };
    let json = |ids: &[i64]| serde_json::to_string(ids).context("encoding an audit's lists");
    let quarter = quarter.to_string();
    let now = clock.now_rfc3339().context("reading the clock")?;
    let id = db::insert_audit(
        db,
        &NewAudit {
            quarter: &quarter,
            seed: &seed,
            sample_rule: &format!("{rule};{}", sample::ALGORITHM),
            population: &json(&population)?,
            sample: &json(&drawn)?,
            started_by: &admin.email,
            started_at: &now,
        },
    )
    .await?
    .ok_or_else(|| ServiceError::refused("audit_exists", "this quarter has its audit already"))?;
    tracing::info!(admin = admin.id, %quarter, sampled = drawn.len(), of = population.len(), "audit started");
    live.publish(LiveKind::AuditStarted, &quarter);
    Ok(id)
}

/// Records what the certification body's records say of each engineer a sampled partner
/// claims, judges the confirmed roster for the partner's tier, and flags a shortfall or
/// deception (a false certificate; it proposes termination).
pub async fn record_check(
    db: &Database,
    live: &LiveEvents,
    clock: &Clock,
    admin: &Principal,
    audit_id: i64,
    partner_id: i64,
    found: &[EngineerCheck],
) -> Result<Finding, ServiceError> {
    let (audit, _) = db::find_audit(db, audit_id).await?.ok_or(ServiceError::NotFound(Missing::Audit))?;
    if !ids(&audit.sample).contains(&partner_id) {
        return Err(ServiceError::NotFound(Missing::SampledPartner));
    }
    let partner = load_one(db, partner_id).await?.ok_or(ServiceError::NotFound(Missing::SampledPartner))?;
    let found = findings_for(&partner.engineers, found)?;
    let finding = audit_finding(&partner.roster, &found, partner.tier, current_policy());
    let confirmed: Vec<&str> =
        found.iter().filter(|(_, f)| **f == EngineerFinding::Confirmed).map(|(id, _)| id.as_str()).collect();
    let numbers = super::audit_numbers::write(&finding.numbers);
    let mut note = numbers.clone();
    if !finding.unverified.is_empty() {
        note.push_str(&format!("; false certificate: {}", finding.unverified.join(", ")));
    }
    if !finding.left.is_empty() {
        note.push_str(&format!("; no longer with the partner: {}", finding.left.join(", ")));
    }
    let json = |ids: &[&str]| serde_json::to_string(ids).context("encoding an audit check");
    let list = |ids: &[String]| json(&ids.iter().map(String::as_str).collect::<Vec<_>>());
    let now = clock.now_rfc3339().context("reading the clock")?;
    let recorded = db::insert_audit_check(
        db,
        &NewAuditCheck {
            audit_id,
            partner_id,
            verified: &json(&confirmed)?,
            unverified: &list(&finding.unverified)?,
            departed: &list(&finding.left)?,
            finding: finding.key(),
            numbers: &numbers,
            checked_by: &admin.email,
            checked_at: &now,
        },
        &format!("{}: {note}", audit.quarter),
        &HistoryDetail::Audited {
            quarter: audit.quarter.clone(),
            counts: super::audit_numbers::read(&numbers),
            unverified: finding.unverified.clone(),
            left: finding.left.clone(),
        }
        .to_stored(),
    )
    .await?;
    if !recorded {
        return Err(ServiceError::refused("already_checked", "this partner's check was recorded already"));
    }
    tracing::info!(
        admin = admin.id,
        audit = audit_id,
        partner = partner_id,
        finding = finding.key(),
        "audit check recorded"
    );
    live.publish(LiveKind::AuditChecked, &partner.record.reference);
    Ok(finding.verdict())
}

/// One finding for every engineer the partner claims, by certificate ID as stored (spaces
/// dropped, upper case); a finding for anyone else is refused.
fn findings_for(
    engineers: &[db::StoredEngineer],
    found: &[EngineerCheck],
) -> Result<BTreeMap<String, EngineerFinding>, ServiceError> {
    let mut by_id = BTreeMap::new();
    for check in found {
        let id = CertificateId::parse("findings", &check.certificate_id)
            .ok()
            .flatten()
            .map(|id| id.as_str().to_owned())
            .filter(|id| engineers.iter().any(|e| e.certificate_id == *id))
            .ok_or_else(|| {
                ServiceError::invalid_field(
                    "findings",
                    "unknown_engineer",
                    "names an engineer the partner does not claim",
                )
            })?;
        by_id.insert(id, check.finding);
    }
    if engineers.iter().any(|e| !by_id.contains_key(&e.certificate_id)) {
        return Err(ServiceError::invalid_field(
            "findings",
            "required",
            "each sampled engineer needs a finding",
        ));
    }
    Ok(by_id)
}

/// The audits page: every audit with its progress, and what a new one would cover.
pub async fn overview(db: &Database, today: time::Date) -> Result<AuditsOverview, ServiceError> {
    let mut audits = Vec::new();
    for audit in db::list_audits(db).await? {
        if let Some((audit, checks)) = db::find_audit(db, audit.id).await? {
            audits.push(summary(&audit, &checks));
        }
    }
    let quarter = Quarter::containing(today);
    Ok(AuditsOverview {
        audits,
        current_quarter: quarter.to_string(),
        previous_quarter: quarter.previous().to_string(),
        active_partners: db::active_partner_ids(db).await?.len(),
    })
}

/// One audit: its seed, the list drawn from, and each sampled partner with its check.
pub async fn audit_file(db: &Database, today: time::Date, id: i64) -> Result<AuditFile, ServiceError> {
    let (audit, checks) = db::find_audit(db, id).await?.ok_or(ServiceError::NotFound(Missing::Audit))?;
    let mut rows = register::context_rows(db, today).await?;
    let mut sample = Vec::new();
    for partner_id in ids(&audit.sample) {
        let Some(partner) = load_one(db, partner_id).await? else { continue };
        let standing = rows.remove(&partner_id).map(|r| r.standing);
        let check = checks.iter().find(|c| c.partner_id == partner_id).cloned();
        sample.push(SampledPartner {
            partner_id,
            reference: partner.record.reference.clone(),
            legal_name: partner.record.legal_name.clone(),
            tier: partner.tier,
            standing,
            roster: partner.engineers.iter().map(register::roster_line).collect::<Result<_, _>>()?,
            check: check.map(|c| register::check_line(&audit.quarter, c)).transpose()?,
        });
    }
    Ok(AuditFile {
        summary: summary(&audit, &checks),
        seed: audit.seed.clone(),
        population: ids(&audit.population),
        sample,
    })
}

fn summary(audit: &QuarterlyAudit, checks: &[AuditCheckRecord]) -> AuditSummary {
    AuditSummary {
        id: audit.id,
        quarter: audit.quarter.clone(),
        sample_rule: audit.sample_rule.clone(),
        started_by: audit.started_by.clone(),
        started_at: audit.started_at.clone(),
        population: ids(&audit.population).len(),
        sampled: ids(&audit.sample).len(),
        checked: checks.len(),
        flagged: checks.iter().filter(|c| c.finding != "passed").count(),
    }
}

/// A stored JSON list of ids; written by this module, so anything else reads as empty.
fn ids(stored: &str) -> Vec<i64> {
    serde_json::from_str(stored).unwrap_or_default()
}
