use app::domain::Policy;

use super::Database;

#[derive(Debug, thiserror::Error)]
pub enum PolicyRecordError {
    #[error(
        "policy v{0} stored in the database differs from the one this build applies; \
         a published policy version must never change: give the new rules a new version"
    )]
    Changed(u32),
    #[error(transparent)]
    Storage(#[from] sqlx::Error),
    #[error("serialising the policy: {0}")]
    Serialise(#[from] serde_json::Error),
}

/// Stores the policy in force as published (once per version) and refuses to start when the
/// same version number already stands for different rules.
pub async fn record_policy(db: &Database, policy: &Policy) -> Result<(), PolicyRecordError> {
    // The rules themselves, not the API document: the API may grow fields without the rules changing.
    let document = serde_json::to_string(policy)?;
    let version = i64::from(policy.version);
    let insert = "INSERT INTO policies (version, document) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING";
    let select = "SELECT document FROM policies WHERE version = $1";
    let stored: String = with_pool!(db, pool => {
        sqlx::query(insert).bind(version).bind(&document).execute(pool).await?;
        sqlx::query_scalar(select).bind(version).fetch_one(pool).await?
    });
    if stored != document {
        return Err(PolicyRecordError::Changed(policy.version));
    }
    Ok(())
}
