use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use tower_sessions::SessionStore;
use tower_sessions::session::Id;

use super::ABSOLUTE_TIMEOUT_HOURS;
use crate::db;
use crate::state::AppState;
use app::server::{Principal, Role};

/// What a session holds once someone signed in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct SignedIn {
    pub reviewer_id: i64,
    /// Unix seconds.
    pub since: i64,
    /// Signed in with a second factor too. Sessions from before two-factor sign-in read
    /// as without one.
    #[serde(default)]
    pub second_factor: bool,
}

/// Signs `reviewer_id` in on `session`, under a new session id (no fixation).
pub(super) async fn complete_sign_in(
    session: &Session,
    reviewer_id: i64,
    second_factor: bool,
) -> Result<(), tower_sessions::session::Error> {
    let since = time::OffsetDateTime::now_utc().unix_timestamp();
    session.cycle_id().await?;
    session.insert(SIGNED_IN, SignedIn { reviewer_id, since, second_factor }).await
}

pub(super) const SIGNED_IN: &str = "signed_in";

/// Middleware: puts the signed-in [`Principal`] into the request's extensions when the
/// session names an account that is still active and the session is within its absolute
/// lifetime. Anything else leaves the request anonymous.
pub async fn resolve_principal(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if let Some(session) = request.extensions().get::<Session>().cloned() {
        if let Some(principal) = principal_of(&state, &session).await {
            request.extensions_mut().insert(principal);
        }
        if let Some(step) = super::second_factor::step_of(&session).await {
            request.extensions_mut().insert(step);
        }
    }
    next.run(request).await
}

async fn principal_of(state: &AppState, session: &Session) -> Option<Principal> {
    let signed_in: SignedIn = session.get(SIGNED_IN).await.ok().flatten()?;
    match judge(state, &signed_in).await {
        Judged::Valid(principal) => Some(principal),
        Judged::Ended => {
            let _ = session.flush().await;
            None
        }
        Judged::NoRights => None,
    }
}

enum Judged {
    Valid(Principal),
    /// Past its absolute lifetime, the account disabled, or the credentials changed since.
    Ended,
    /// Signed in without the second factor the role now needs (or the account unreadable).
    NoRights,
}

async fn judge(state: &AppState, signed_in: &SignedIn) -> Judged {
    let age = time::OffsetDateTime::now_utc().unix_timestamp() - signed_in.since;
    if age > ABSOLUTE_TIMEOUT_HOURS * 3600 {
        // Past the absolute cap: the session ends whatever its activity.
        return Judged::Ended;
    }
    let Ok(Some(account)) = db::find_reviewer(&state.db, signed_in.reviewer_id).await else {
        return Judged::NoRights;
    };
    // A disabled account, or a session from before the password changed, ends here.
    if account.disabled || signed_in.since < account.credentials_changed_at {
        return Judged::Ended;
    }
    let Some(role) = Role::from_key(&account.role) else { return Judged::NoRights };
    // A role that needs a second factor has no rights from a session signed in without one
    // (from before the rule, or before STAFF_2FA=required): it signs in again.
    if !signed_in.second_factor && state.two_factor.required_for(role) {
        return Judged::NoRights;
    }
    Judged::Valid(Principal { id: account.id, email: account.email, role })
}

/// Whether the session `id` still signs `reviewer_id` in, read afresh from the store (not
/// from a request's copy): for the live stream, which outlives the request that opened it.
/// Signed out, expired, the account disabled or its credentials changed: `false`.
pub async fn still_signed_in(state: &AppState, id: Id, reviewer_id: i64) -> bool {
    let Ok(Some(record)) = state.sessions.load(&id).await else { return false };
    if record.expiry_date <= time::OffsetDateTime::now_utc() {
        return false;
    }
    let Some(signed_in) =
        record.data.get(SIGNED_IN).and_then(|value| serde_json::from_value::<SignedIn>(value.clone()).ok())
    else {
        return false;
    };
    signed_in.reviewer_id == reviewer_id && matches!(judge(state, &signed_in).await, Judged::Valid(_))
}
