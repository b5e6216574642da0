//! The integrations page's forms (admins): register a webhook endpoint, stop one. Plain HTML
//! forms answered with a redirect back to the page, which says what happened.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Redirect;

use app::api::EventType;
use app::server::Admin;

use crate::access::{self, RequireRole};
use crate::errors::ServiceError;
use crate::forms::{self, with_query};
use crate::notify::endpoints;
use crate::state::AppState;

const PAGE: &str = "/review/integrations";

/// `POST /review/webhooks`: `url`, `secret`, and `events` once per ticked type (axum's
/// `Form` cannot read repeats).
pub async fn register_webhook(
    RequireRole { principal: admin, .. }: RequireRole<Admin, access::Form>,
    State(state): State<AppState>,
    body: Bytes,
) -> Redirect {
    let registered = async {
        let (mut url, mut secret, mut events) = (String::new(), String::new(), Vec::new());
        for (name, value) in form_urlencoded::parse(&body) {
            match name.as_ref() {
                "url" => url = value.into_owned(),
                "secret" => secret = value.into_owned(),
                "events" => events.push(EventType::from_key(&value).ok_or_else(|| {
                    ServiceError::invalid_field("events", "invalid", "is not an event type")
                })?),
                _ => {}
            }
        }
        let events = (!events.is_empty()).then_some(events.as_slice());
        endpoints::register(&state.db, &state.clock, &state.webhooks, &admin, &url, &secret, events).await?;
        Ok(with_query(PAGE, "done=registered"))
    };
    forms::redirect(PAGE, registered.await)
}

/// `POST /review/webhooks/{id}/disable`.
pub async fn disable_webhook(
    RequireRole { principal: admin, .. }: RequireRole<Admin, access::Form>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Redirect {
    let disabled = endpoints::disable(&state.db, &state.clock, &admin, id).await;
    forms::redirect(PAGE, disabled.map(|()| with_query(PAGE, "done=disabled")))
}
