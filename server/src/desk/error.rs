use app::serverfns::AppError;

use crate::errors::{NOT_ELIGIBLE, ServiceError};

/// The server functions' answer to a service's refusal: the one place it is made. The HTTP
/// status follows from it (`guards::server_fn_status`).
impl From<ServiceError> for AppError {
    fn from(error: ServiceError) -> Self {
        error.log_if_internal();
        match error {
            ServiceError::Invalid(fields) => AppError::from(fields),
            ServiceError::InvalidField(field) => AppError::from(vec![field]),
            ServiceError::NotFound(_) => AppError::NotFound,
            ServiceError::Stale { version, .. } => AppError::Stale(version),
            ServiceError::Refused(refusal) => AppError::Refused(refusal.code.to_owned()),
            ServiceError::NotEligible { .. } => AppError::Refused(NOT_ELIGIBLE.to_owned()),
            ServiceError::Unauthenticated => AppError::Unauthenticated,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::Internal { .. } => AppError::Internal,
        }
    }
}
