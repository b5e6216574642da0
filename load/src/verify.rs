use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use sqlx::postgres::PgPool;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool};

use crate::Report;

/// What the database holds after a run, against what the server answered.
#[derive(Debug)]
pub struct Verdict {
    /// Applications stored during the run (after minus before).
    pub stored: i64,
    pub answered: usize,
    /// References answered 2xx that the database does not have.
    pub missing: Vec<String>,
    /// References the server gave to more than one submission key.
    pub shared: Vec<String>,
    /// Stored beyond what one row per submission allows: a duplicate.
    pub extra: i64,
}

impl Verdict {
    pub fn holds(&self) -> bool {
        self.missing.is_empty() && self.shared.is_empty() && self.extra == 0
    }
}

/// How many applications the database holds now.
pub async fn count_applications(database_url: &str) -> anyhow::Result<i64> {
    let references = references(database_url).await?;
    Ok(i64::try_from(references.len())?)
}

/// Checks `report` against the database: every answered submission stored, each once, and
/// no more rows than submissions sent (an unanswered one may or may not have been stored).
pub async fn verify(database_url: &str, before: i64, report: &Report) -> anyhow::Result<Verdict> {
    let stored_references = references(database_url).await?;
    let stored = i64::try_from(stored_references.len())? - before;
    let missing = report
        .answers
        .iter()
        .filter(|a| !stored_references.contains(&a.reference))
        .map(|a| a.reference.clone())
        .collect();
    let mut keys_by_reference: HashMap<&str, HashSet<&str>> = HashMap::new();
    for answer in &report.answers {
        keys_by_reference.entry(&answer.reference).or_default().insert(&answer.key);
    }
    let shared = keys_by_reference
        .into_iter()
        .filter(|(_, keys)| keys.len() > 1)
        .map(|(reference, _)| reference.to_owned())
        .collect();
    let sent = i64::try_from(report.answers.len() + report.unanswered.len())?;
    Ok(Verdict { stored, answered: report.answers.len(), missing, shared, extra: (stored - sent).max(0) })
}

async fn references(database_url: &str) -> anyhow::Result<HashSet<String>> {
    const SQL: &str = "SELECT reference FROM applications";
    let rows: Vec<String> = if database_url.starts_with("postgres") {
        let pool = PgPool::connect(database_url).await?;
        let rows = sqlx::query_scalar(SQL).fetch_all(&pool).await;
        pool.close().await;
        rows?
    } else {
        // Read-only: the check must not change what it checks.
        let options = SqliteConnectOptions::from_str(database_url)?.read_only(true);
        let pool = SqlitePool::connect_with(options).await?;
        let rows = sqlx::query_scalar(SQL).fetch_all(&pool).await;
        pool.close().await;
        rows?
    };
    Ok(rows.into_iter().collect())
}
