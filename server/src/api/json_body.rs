use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use super::{ApiError, MAX_BODY_BYTES};

/// A JSON body whose errors name the offending field (`engineers[0].track`) instead of
/// axum's generic rejection, and never leak anything internal. It has the shape its
/// description gives it, arrays included (see `openapi::array_in_place_of_object`).
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned + utoipa::ToSchema, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::too_large(MAX_BODY_BYTES)
            } else {
                ApiError::unreadable_body()
            }
        })?;
        let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
        let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            let inner = error.into_inner();
            if inner.is_data() {
                ApiError::invalid_field(path, inner.to_string())
            } else {
                ApiError::malformed_json(inner.to_string())
            }
        })?;
        deserializer.end().map_err(|e| ApiError::malformed_json(e.to_string()))?;
        let raw: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| ApiError::malformed_json(e.to_string()))?;
        if let Some(path) = super::openapi::array_in_place_of_object(&T::name(), &raw) {
            let field = if path.is_empty() { ".".to_owned() } else { path };
            return Err(ApiError::invalid_field(field, "is a list where an object belongs"));
        }
        Ok(Self(value))
    }
}
