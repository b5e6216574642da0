//! `/api/v1/review/webhooks`: the endpoints other systems are told about events on, and
//! each endpoint's delivery log (admins only).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use app::api::{NewEndpoint, Registered, WebhookDelivery, WebhookEndpoint};
use app::server::Admin;

use crate::access::RequireRole;
use crate::api::ApiError;
use crate::api::json_body::JsonBody;
use crate::api::openapi::{BodyRefused, StaffOnly};
use crate::db;
use crate::errors::{Missing, ServiceError};
use crate::notify::{self, endpoints};
use crate::state::AppState;

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
    RequireRole { principal: admin, .. }: RequireRole<Admin>,
    State(state): State<AppState>,
    JsonBody(endpoint): JsonBody<NewEndpoint>,
) -> Result<(StatusCode, Json<Registered>), ApiError> {
    let events = endpoint.events.as_deref();
    let registered = endpoints::register(
        &state.db,
        &state.clock,
        &state.webhooks,
        &admin,
        &endpoint.url,
        &endpoint.secret,
        events,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(registered)))
}

/// `GET`: every endpoint, disabled ones too, without secrets.
#[utoipa::path(
    get, path = "/review/webhooks", operation_id = "list_webhooks", tag = "admins", security(("session" = [])),
    responses((status = 200, description = "Every endpoint, without secrets", body = Vec<WebhookEndpoint>), StaffOnly)
)]
pub async fn list(
    _: RequireRole<Admin>,
    State(state): State<AppState>,
) -> Result<Json<Vec<WebhookEndpoint>>, ApiError> {
    Ok(Json(db::list_endpoints(&state.db).await.map_err(ServiceError::from)?))
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
    RequireRole { principal: admin, .. }: RequireRole<Admin>,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    endpoints::disable(&state.db, &state.clock, &admin, endpoint_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
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
    _: RequireRole<Admin>,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<WebhookDelivery>>, ApiError> {
    Ok(Json(notify::deliveries(&state.db, endpoint_id(&id)?).await?))
}

/// An id that is not a whole number names no endpoint: the same 404 as an unknown one.
fn endpoint_id(raw: &str) -> Result<i64, ServiceError> {
    raw.parse().map_err(|_| ServiceError::NotFound(Missing::WebhookEndpoint))
}
