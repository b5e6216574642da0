//! Quarterly audits: what was drawn, from what, with which seed; and each sampled partner's check.

use super::Database;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QuarterlyAudit {
    pub id: i64,
    pub quarter: String,
    pub seed: String,
    pub sample_rule: String,
    /// JSON array of partner ids, in the order drawn from.
    pub population: String,
    /// JSON array of partner ids, in the order drawn.
    pub sample: String,
    pub started_by: String,
    pub started_at: String,
}

pub struct NewAudit<'a> {
    pub quarter: &'a str,
    pub seed: &'a str,
    pub sample_rule: &'a str,
    pub population: &'a str,
    pub sample: &'a str,
    pub started_by: &'a str,
    pub started_at: &'a str,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditCheckRecord {
    pub audit_id: i64,
    pub partner_id: i64,
    pub verified: String,
    pub unverified: String,
    pub departed: String,
    pub finding: String,
    pub numbers: String,
    pub checked_by: String,
    pub checked_at: String,
}

/// A partner's check with the quarter of its audit.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PartnerAuditCheck {
    pub quarter: String,
    #[sqlx(flatten)]
    pub check: AuditCheckRecord,
}

pub struct NewAuditCheck<'a> {
    pub audit_id: i64,
    pub partner_id: i64,
    pub verified: &'a str,
    pub unverified: &'a str,
    pub departed: &'a str,
    pub finding: &'a str,
    pub numbers: &'a str,
    pub checked_by: &'a str,
    pub checked_at: &'a str,
}

const SELECT_ACTIVE_IDS: &str = "SELECT id FROM partners WHERE status = 'active' ORDER BY id";
/// One audit a quarter, enforced by the unique quarter rather than a check first.
const INSERT_AUDIT: &str = "
    INSERT INTO audits (quarter, seed, sample_rule, population, sample, started_by, started_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (quarter) DO NOTHING
    RETURNING id";
const SELECT_AUDITS: &str =
    "SELECT id, quarter, seed, sample_rule, population, sample, started_by, started_at FROM audits";
const SELECT_CHECKS: &str = "
    SELECT audit_id, partner_id, verified, unverified, departed, finding, numbers, checked_by, checked_at
    FROM audit_checks WHERE audit_id = $1";
const SELECT_CHECKS_OF_PARTNER: &str = "
    SELECT a.quarter, c.audit_id, c.partner_id, c.verified, c.unverified, c.departed, c.finding, c.numbers, c.checked_by,
           c.checked_at
    FROM audit_checks c JOIN audits a ON a.id = c.audit_id
    WHERE c.partner_id = $1 ORDER BY c.checked_at";
/// The latest finding of every partner checked in any audit.
const SELECT_LATEST_FINDINGS: &str = "
    SELECT c.partner_id, c.finding FROM audit_checks c
    WHERE c.checked_at = (SELECT MAX(l.checked_at) FROM audit_checks l WHERE l.partner_id = c.partner_id)";
const INSERT_CHECK: &str = "
    INSERT INTO audit_checks
        (audit_id, partner_id, verified, unverified, departed, finding, numbers, checked_by, checked_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (audit_id, partner_id) DO NOTHING";
const INSERT_PARTNER_EVENT: &str =
    "INSERT INTO partner_events (partner_id, at, kind, actor, note, detail) VALUES ($1, $2, $3, $4, $5, $6)";

pub async fn active_partner_ids(db: &Database) -> Result<Vec<i64>, sqlx::Error> {
    with_pool!(db, pool => {
        let rows: Vec<(i64,)> = sqlx::query_as(SELECT_ACTIVE_IDS).fetch_all(pool).await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    })
}

/// The new audit's id, or `None` when the quarter has one already.
pub async fn insert_audit(db: &Database, audit: &NewAudit<'_>) -> Result<Option<i64>, sqlx::Error> {
    with_pool!(db, pool => {
        let id: Option<(i64,)> = sqlx::query_as(INSERT_AUDIT)
            .bind(audit.quarter)
            .bind(audit.seed)
            .bind(audit.sample_rule)
            .bind(audit.population)
            .bind(audit.sample)
            .bind(audit.started_by)
            .bind(audit.started_at)
            .fetch_optional(pool)
            .await?;
        Ok(id.map(|(id,)| id))
    })
}

/// Every audit, newest quarter first.
pub async fn list_audits(db: &Database) -> Result<Vec<QuarterlyAudit>, sqlx::Error> {
    let sql = format!("{SELECT_AUDITS} ORDER BY quarter DESC");
    with_pool!(db, pool => sqlx::query_as(&sql).fetch_all(pool).await)
}

pub async fn find_audit(
    db: &Database,
    id: i64,
) -> Result<Option<(QuarterlyAudit, Vec<AuditCheckRecord>)>, sqlx::Error> {
    let sql = format!("{SELECT_AUDITS} WHERE id = $1");
    with_pool!(db, pool => {
        let found: Option<QuarterlyAudit> = sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?;
        let Some(audit) = found else { return Ok(None) };
        let checks = sqlx::query_as(SELECT_CHECKS).bind(id).fetch_all(pool).await?;
        Ok(Some((audit, checks)))
    })
}

/// Every audit check of one partner, oldest first.
pub async fn audit_checks_of(db: &Database, partner_id: i64) -> Result<Vec<PartnerAuditCheck>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT_CHECKS_OF_PARTNER).bind(partner_id).fetch_all(pool).await)
}

/// (partner id, finding) of each partner's most recent audit check.
pub async fn latest_findings(db: &Database) -> Result<Vec<(i64, String)>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as(SELECT_LATEST_FINDINGS).fetch_all(pool).await)
}

/// Records the check and its entry in the partner's history together. `false` when this
/// partner was checked in this audit already (the first record stands).
pub async fn insert_audit_check(
    db: &Database,
    check: &NewAuditCheck<'_>,
    note: &str,
    detail: &str,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = super::begin_write(pool).await?;
        let inserted = sqlx::query(INSERT_CHECK)
            .bind(check.audit_id)
            .bind(check.partner_id)
            .bind(check.verified)
            .bind(check.unverified)
            .bind(check.departed)
            .bind(check.finding)
            .bind(check.numbers)
            .bind(check.checked_by)
            .bind(check.checked_at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if inserted != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(INSERT_PARTNER_EVENT)
            .bind(check.partner_id)
            .bind(check.checked_at)
            .bind(format!("audit_{}", check.finding))
            .bind(check.checked_by)
            .bind(note)
            .bind(detail)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    })
}
