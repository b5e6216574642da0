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
use crate::api::openapi::{BodyRefused, StaffOnly};
use crate::db::{self, WebhookDelivery, WebhookEndpoint};
use crate::notify::endpoints::{self, EndpointError, Registered};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "url": "https://crm.example.com/hooks/partner-portal",
    "secret": "a-long-shared-secret-of-the-receiver",
    "events": ["application.submitted", "application.decided"]
}))]
pub struct NewEndpoint {
    /// An absolute http(s) URL.
    url: String,
    /// Shared with the receiver, which checks each delivery's signature with it.
    secret: String,
    /// Event types to send (`application.submitted`, `application.resubmitted`,
    /// `application.decided`, `partner.activated`, `partner.renewed`, `partner.terminated`);
    /// all when absent.
    #[serde(default)]
    events: Option<Vec<String>>,
}

/// `POST`: registers an endpoint; 201.
#[utoipa::path(
    post, path = "/review/webhooks", operation_id = "register_webhook", tag = "admins", security(("session" = [])),
    request_body = NewEndpoint,
    responses(
        (status = 201, description = "Registered", body = Registered, links(
            ("disable" = (operation_id = "disable_webhook", parameters(("id" = "$response.body#/id")))),
            ("deliveries" = (operation_id = "list_webhook_deliveries", parameters(("id" = "$response.body#/id")))),
        )),
        BodyRefused,
        StaffOnly,
    )
)]
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
#[utoipa::path(
    get, path = "/review/webhooks", operation_id = "list_webhooks", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Every endpoint, without secrets", body = Vec<WebhookEndpoint>), StaffOnly)
)]
pub async fn list(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Vec<WebhookEndpoint>>, ApiError> {
    require(principal, Role::Admin)?;
    db::list_endpoints(&state.db).await.map(Json).map_err(|e| ApiError::internal(&e))
}

/// `DELETE /{id}`: nothing more is sent to it; its log stays. 204, or 404.
#[utoipa::path(
    delete, path = "/review/webhooks/{id}", operation_id = "disable_webhook", tag = "admins", security(("session" = [])),
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses(
        (status = 204, description = "Disabled"),
        StaffOnly,
        (status = 400, description = "The path holds a NUL character", body = ApiError),
        (status = 404, description = "No endpoint has this id", body = ApiError),
    )
)]
pub async fn disable(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let admin = require(principal, Role::Admin)?;
    let id = endpoint_id(&id)?;
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
#[utoipa::path(
    get, path = "/review/webhooks/{id}/deliveries", operation_id = "list_webhook_deliveries", tag = "admins", security(("session" = [])),
    params(("id" = i64, Path, description = "The endpoint's id")),
    responses(
        (status = 200, description = "The newest deliveries, newest first", body = Vec<WebhookDelivery>),
        StaffOnly,
        (status = 400, description = "The path holds a NUL character", body = ApiError),
        (status = 404, description = "No endpoint has this id", body = ApiError),
    )
)]
pub async fn deliveries(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<String>,
) -> Result<Json<Vec<WebhookDelivery>>, ApiError> {
    require(principal, Role::Admin)?;
    let id = endpoint_id(&id)?;
    match db::deliveries(&state.db, id).await {
        Ok(Some(log)) => Ok(Json(log)),
        Ok(None) => Err(ApiError::no_such_endpoint()),
        Err(error) => Err(ApiError::internal(&error)),
    }
}

/// An id that is not a whole number names no endpoint: the same 404 as an unknown one,
/// read after the role check so a caller without it learns nothing.
fn endpoint_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse().map_err(|_| ApiError::no_such_endpoint())
}
