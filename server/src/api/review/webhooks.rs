//! `/api/v1/review/webhooks`: the endpoints other systems are told about events on, and
//! each endpoint's delivery log (admins only).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Deserialize;

use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::json_body::JsonBody;
use crate::db::{self, WebhookDelivery, WebhookEndpoint};
use crate::notify::endpoints::{self, EndpointError, Registered};
use crate::state::AppState;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewEndpoint {
    url: String,
    /// Shared with the receiver, which checks each delivery's signature with it.
    secret: String,
    /// Event types to send; all when absent.
    #[serde(default)]
    events: Option<Vec<String>>,
}

/// `POST`: registers an endpoint; 201.
pub async fn register(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    JsonBody(endpoint): JsonBody<NewEndpoint>,
) -> Result<(StatusCode, Json<Registered>), ApiError> {
    let admin = require(principal, Role::Admin)?;
    if endpoint.events.as_ref().is_some_and(Vec::is_empty) {
        return Err(ApiError::invalid_field("events".to_owned(), "lists no event (leave it out for all)"));
    }
    let events = endpoint.events.unwrap_or_default();
    match endpoints::register(&state.db, &state.clock, &admin.email, &endpoint.url, &endpoint.secret, &events)
        .await
    {
        Ok(registered) => {
            tracing::info!(admin = admin.id, endpoint = registered.id, "webhook endpoint registered");
            Ok((StatusCode::CREATED, Json(registered)))
        }
        Err(EndpointError::Invalid { field, message }) => {
            Err(ApiError::invalid_field(field.to_owned(), message))
        }
        Err(error) => Err(ApiError::internal(&error)),
    }
}

/// `GET`: every endpoint, disabled ones too, without secrets.
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Vec<WebhookEndpoint>>, ApiError> {
    require(principal, Role::Admin)?;
    db::list_endpoints(&state.db).await.map(Json).map_err(|e| ApiError::internal(&e))
}

/// `DELETE /{id}`: nothing more is sent to it; its log stays. 204, or 404.
pub async fn disable(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let admin = require(principal, Role::Admin)?;
    match endpoints::disable(&state.db, &state.clock, id).await {
        Ok(true) => {
            tracing::info!(admin = admin.id, endpoint = id, "webhook endpoint disabled");
            Ok(StatusCode::NO_CONTENT)
        }
        Ok(false) => Err(ApiError::no_such_endpoint()),
        Err(error) => Err(ApiError::internal(&error)),
    }
}

/// `GET /{id}/deliveries`: the endpoint's newest deliveries, delivered or not.
pub async fn deliveries(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<i64>,
) -> Result<Json<Vec<WebhookDelivery>>, ApiError> {
    require(principal, Role::Admin)?;
    match db::deliveries(&state.db, id).await {
        Ok(Some(log)) => Ok(Json(log)),
        Ok(None) => Err(ApiError::no_such_endpoint()),
        Err(error) => Err(ApiError::internal(&error)),
    }
}
