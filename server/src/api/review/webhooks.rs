//! `/api/v1/review/webhooks`: the endpoints other systems are told about events on, and
//! each endpoint's delivery log (admins only).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::json_body::JsonBody;
use crate::db::{self, WebhookDelivery, WebhookEndpoint};
use crate::notify::EVENT_TYPES;
use crate::state::AppState;

const MIN_SECRET_CHARS: usize = 16;
const MAX_SECRET_CHARS: usize = 200;
const MAX_URL_CHARS: usize = 2000;

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

#[derive(Debug, Serialize)]
pub struct Registered {
    id: i64,
    url: String,
    events: String,
}

/// `POST`: registers an endpoint; 201.
pub async fn register(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    JsonBody(endpoint): JsonBody<NewEndpoint>,
) -> Result<(StatusCode, Json<Registered>), ApiError> {
    let admin = require(principal, Role::Admin)?;
    let url = checked_url(&endpoint.url)?;
    let secret_chars = endpoint.secret.chars().count();
    if !(MIN_SECRET_CHARS..=MAX_SECRET_CHARS).contains(&secret_chars)
        || endpoint.secret.chars().any(char::is_control)
    {
        return Err(ApiError::invalid_field(
            "secret".to_owned(),
            format!(
                "must be {MIN_SECRET_CHARS} to {MAX_SECRET_CHARS} characters, none of them control characters"
            ),
        ));
    }
    let events = match endpoint.events {
        None => "*".to_owned(),
        Some(events) if !events.is_empty() && events.iter().all(|e| EVENT_TYPES.contains(&e.as_str())) => {
            events.join(",")
        }
        Some(_) => {
            return Err(ApiError::invalid_field(
                "events".to_owned(),
                format!("must list some of: {}", EVENT_TYPES.join(", ")),
            ));
        }
    };
    let now = state.clock.now_rfc3339().map_err(|e| ApiError::internal(&e))?;
    let id = db::insert_endpoint(&state.db, &url, &endpoint.secret, &events, &admin.email, &now)
        .await
        .map_err(|e| ApiError::internal(&e))?;
    tracing::info!(admin = admin.id, endpoint = id, "webhook endpoint registered");
    Ok((StatusCode::CREATED, Json(Registered { id, url, events })))
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
    let now = state.clock.now_rfc3339().map_err(|e| ApiError::internal(&e))?;
    match db::disable_endpoint(&state.db, id, &now).await {
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

/// An absolute `http` or `https` URL, as given.
fn checked_url(raw: &str) -> Result<String, ApiError> {
    let invalid =
        || ApiError::invalid_field("url".to_owned(), "must be an http:// or https:// address".to_owned());
    let url = raw.trim();
    if url.chars().count() > MAX_URL_CHARS || url.chars().any(char::is_control) {
        return Err(invalid());
    }
    let parsed = reqwest::Url::parse(url).map_err(|_| invalid())?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(invalid());
    }
    Ok(url.to_owned())
}
