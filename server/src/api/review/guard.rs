use axum::Extension;

use app::server::{Principal, Role};

use crate::api::ApiError;

/// The signed-in staff member if their role includes `required`: 401 when nobody is signed
/// in, 403 when the role falls short. Refusals are logged (without personal data).
pub fn require(principal: Option<Extension<Principal>>, required: Role) -> Result<Principal, ApiError> {
    match principal {
        None => {
            tracing::warn!(%required, "API call refused: not signed in");
            Err(ApiError::unauthenticated())
        }
        Some(Extension(principal)) if principal.role.includes(required) => Ok(principal),
        Some(Extension(principal)) => {
            tracing::warn!(reviewer = principal.id, %required, "API call refused: role too low");
            Err(ApiError::forbidden())
        }
    }
}
