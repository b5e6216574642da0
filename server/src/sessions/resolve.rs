use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

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
}

pub(super) const SIGNED_IN: &str = "signed_in";

/// Middleware: puts the signed-in [`Principal`] into the request's extensions when the
/// session names an account that is still active and the session is within its absolute
/// lifetime. Anything else leaves the request anonymous.
pub async fn resolve_principal(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if let Some(session) = request.extensions().get::<Session>().cloned()
        && let Some(principal) = principal_of(&state, &session).await
    {
        request.extensions_mut().insert(principal);
    }
    next.run(request).await
}

async fn principal_of(state: &AppState, session: &Session) -> Option<Principal> {
    let signed_in: SignedIn = session.get(SIGNED_IN).await.ok().flatten()?;
    let age = time::OffsetDateTime::now_utc().unix_timestamp() - signed_in.since;
    if age > ABSOLUTE_TIMEOUT_HOURS * 3600 {
        // Past the absolute cap: the session ends whatever its activity.
        let _ = session.flush().await;
        return None;
    }
    let account = db::find_reviewer(&state.db, signed_in.reviewer_id).await.ok().flatten()?;
    // A disabled account, or a session from before the password changed, ends here.
    if account.disabled || signed_in.since < account.credentials_changed_at {
        let _ = session.flush().await;
        return None;
    }
    let role = Role::from_key(&account.role)?;
    Some(Principal { id: account.id, email: account.email, role })
}
