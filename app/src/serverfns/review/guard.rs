//! The reviewers' server functions' check of who calls (server side only).

use http::StatusCode;

use crate::serverfns::AppError;
use crate::staff::{Principal, Role, current_principal};

/// The signed-in staff member if their role includes `required`; otherwise the response
/// becomes 401 (nobody signed in) or 403 (role too low) and the call fails. The server's
/// request log records the refusal's status.
pub fn require(required: Role) -> Result<Principal, AppError> {
    let refuse = |status: StatusCode, error: AppError| {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
        Err(error)
    };
    match current_principal() {
        None => {
            tracing::warn!(?required, "server function refused: not signed in");
            refuse(StatusCode::UNAUTHORIZED, AppError::Unauthenticated)
        }
        Some(principal) if principal.role.includes(required) => Ok(principal),
        Some(principal) => {
            tracing::warn!(reviewer = principal.id, ?required, "server function refused: role too low");
            refuse(StatusCode::FORBIDDEN, AppError::Forbidden)
        }
    }
}
