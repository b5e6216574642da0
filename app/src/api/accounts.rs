use serde::{Deserialize, Serialize};

use crate::staff::Role;

/// A staff account as admins see it: never its password hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    /// Names the account in the admins' operations.
    #[serde(default)]
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
    /// Signs in with a second factor (an authenticator app) as well as the password.
    #[serde(default)]
    pub two_factor: bool,
}

/// One change to a staff account: what, to whom, when, and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffEvent {
    pub at: String,
    /// `added`, `disabled`, `enabled`, `password_link_issued`, `password_set`, `password_changed`,
    /// `two_factor_enabled`, `recovery_code_used`, `two_factor_reset`.
    pub kind: String,
    pub actor: String,
    pub email: String,
}

/// The accounts page: every account, and the trail of changes (newest first).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccounts {
    pub accounts: Vec<Account>,
    pub trail: Vec<StaffEvent>,
}

/// A one-time link that sets an account's password: shown once, to the admin who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneTimeLink {
    /// `/account/password?token=…`, on this site.
    pub path: String,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
}
