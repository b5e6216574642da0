use anyhow::Context;
use app::api::SubmissionKey;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::db::{Database, load_or_create_secret};

/// Makes the private status token of an application from its submission key.
///
/// The token is HMAC-SHA256 of the key under a 256-bit server secret: unguessable without
/// the secret, and the same for the same key, so a retried submission gets back the very
/// status link of the first. Only SHA-256 hashes of keys and tokens are stored.
#[derive(Clone)]
pub struct StatusTokens {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for StatusTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StatusTokens(..)")
    }
}

const SECRET_NAME: &str = "status_token_key";

impl StatusTokens {
    /// The secret shared by every instance on this database, made on first start.
    pub async fn load(db: &Database) -> anyhow::Result<Self> {
        let mut fresh = [0_u8; 32];
        getrandom::fill(&mut fresh).context("reading the system's randomness")?;
        let stored = load_or_create_secret(db, SECRET_NAME, &hex::encode(fresh))
            .await
            .context("loading the status-token secret")?;
        let secret = hex::decode(stored.trim()).context("the stored status-token secret is not hex")?;
        anyhow::ensure!(secret.len() >= 32, "the stored status-token secret is shorter than 256 bits");
        let keyed = Hmac::<Sha256>::new_from_slice(&secret).context("keying HMAC-SHA256")?;
        Ok(Self { keyed })
    }

    pub fn token_for(&self, key: &SubmissionKey) -> String {
        let mut mac = self.keyed.clone();
        mac.update(b"status-token:");
        mac.update(key.as_str().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// What the database keeps instead of a secret value.
pub fn sha256_hex(value: &str) -> String {
    hex::encode(Sha256::digest(value.as_bytes()))
}
