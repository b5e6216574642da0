use serde::{Deserialize, Serialize};

use crate::staff::Role;

/// A staff account as admins see it: never its password hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub email: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
}
