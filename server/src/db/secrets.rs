use super::Database;

/// A named server secret, made at random the first time any instance asks for it and shared
/// by every instance on the same database from then on.
pub async fn load_or_create_secret(db: &Database, name: &str, fresh: &str) -> Result<String, sqlx::Error> {
    let insert = "INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
    let select = "SELECT value FROM server_secrets WHERE name = $1";
    with_pool!(db, pool => {
        sqlx::query(insert).bind(name).bind(fresh).execute(pool).await?;
        sqlx::query_scalar(select).bind(name).fetch_one(pool).await
    })
}
