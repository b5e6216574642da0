//! The integrations page's forms (admins): register a webhook endpoint, stop one. Plain HTML
//! forms answered with a redirect back to the page, which says what happened.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Redirect;

use app::server::{Principal, Role};

use super::form::encode;
use crate::notify::endpoints::{self, EndpointError};
use crate::state::AppState;

const PAGE: &str = "/review/integrations";

/// The admin, or where to send whoever is not one.
fn admin_only(principal: Option<Extension<Principal>>) -> Result<Principal, Redirect> {
    match principal {
        None => Err(Redirect::to(&format!("/login?next={}", encode(PAGE)))),
        Some(Extension(staff)) if staff.role.includes(Role::Admin) => Ok(staff),
        Some(Extension(staff)) => {
            tracing::warn!(reviewer = staff.id, "webhook change refused: not an admin");
            Err(Redirect::to(PAGE))
        }
    }
}

/// `POST /review/webhooks`: `url`, `secret`, and `events` once per ticked type (axum's
/// `Form` cannot read repeats).
pub async fn register_webhook(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    body: Bytes,
) -> Redirect {
    let admin = match admin_only(principal) {
        Ok(admin) => admin,
        Err(away) => return away,
    };
    let (mut url, mut secret, mut events) = (String::new(), String::new(), Vec::new());
    for (name, value) in form_urlencoded::parse(&body) {
        match name.as_ref() {
            "url" => url = value.into_owned(),
            "secret" => secret = value.into_owned(),
            "events" => events.push(value.into_owned()),
            _ => {}
        }
    }
    match endpoints::register(&state.db, &state.clock, &admin.email, &url, &secret, &events).await {
        Ok(registered) => {
            tracing::info!(admin = admin.id, endpoint = registered.id, "webhook endpoint registered");
            Redirect::to(&format!("{PAGE}?done=registered"))
        }
        Err(EndpointError::Invalid { field, .. }) => Redirect::to(&format!("{PAGE}?invalid={field}")),
        Err(error) => {
            tracing::error!(%error, "registering a webhook endpoint");
            Redirect::to(&format!("{PAGE}?invalid=storage"))
        }
    }
}

/// `POST /review/webhooks/{id}/disable`.
pub async fn disable_webhook(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<i64>,
) -> Redirect {
    let admin = match admin_only(principal) {
        Ok(admin) => admin,
        Err(away) => return away,
    };
    match endpoints::disable(&state.db, &state.clock, id).await {
        Ok(_) => {
            tracing::info!(admin = admin.id, endpoint = id, "webhook endpoint disabled");
            Redirect::to(&format!("{PAGE}?done=disabled"))
        }
        Err(error) => {
            tracing::error!(%error, "disabling a webhook endpoint");
            Redirect::to(PAGE)
        }
    }
}
