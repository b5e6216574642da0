use http::StatusCode;

use crate::serverfns::AppError;
use crate::staff::{Principal, Required, current_principal};

/// The signed-in staff member if their role includes `R`'s; otherwise the response becomes
/// 401 (nobody signed in) or 403 (role too low) and the call fails. The server-function twin
/// of the routes' `RequireRole<R>`: every staff server function calls it first.
pub fn require<R: Required>() -> Result<Principal, AppError> {
    let refuse = |status: StatusCode, error: AppError| {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
        Err(error)
    };
    match current_principal() {
        None => {
            tracing::warn!(required = %R::ROLE, "server function refused: not signed in");
            refuse(StatusCode::UNAUTHORIZED, AppError::Unauthenticated)
        }
        Some(principal) if principal.role.includes(R::ROLE) => Ok(principal),
        Some(principal) => {
            tracing::warn!(reviewer = principal.id, required = %R::ROLE, "server function refused: role too low");
            refuse(StatusCode::FORBIDDEN, AppError::Forbidden)
        }
    }
}
