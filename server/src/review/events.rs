//! `GET /review/events`: the live stream (Server-Sent Events) of the reviewers' pages.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::stream;
use tokio::sync::broadcast::error::RecvError;
use tower_sessions::Session;

use app::api::LiveEvent;
use app::server::Reviewer;

use crate::access::{Plain, RequireRole};
use crate::guards;
use crate::live::Announcement;
use crate::sessions::still_signed_in;
use crate::state::AppState;

/// How often an open stream checks that its session still signs its staff member in: a
/// stream ends within this long of signing out, the session expiring or the account being
/// disabled.
const SESSION_CHECK: Duration = Duration::from_secs(10);

/// What a stream waits on next.
enum Next {
    Announced(Result<Announcement, RecvError>),
    CheckSession,
}

/// First a `resync` (the page may have missed events while it was not connected, after a
/// dropped connection say), then one `change` per event; a listener that fell behind gets
/// `resync` again instead of the events it lost. The stream ends with its session, and an
/// account holds at most five open (429 beyond).
pub async fn stream_events(
    RequireRole { principal, .. }: RequireRole<Reviewer, Plain>,
    State(state): State<AppState>,
    session: Session,
) -> Response {
    let (Some(session_id), Some(slot)) = (session.id(), state.live_streams.take(principal.id)) else {
        tracing::warn!(reviewer = principal.id, "live stream refused: too many open");
        return guards::too_many(SESSION_CHECK);
    };
    let receiver = state.live.subscribe();
    let mut checks = tokio::time::interval(SESSION_CHECK);
    checks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    checks.reset();
    let first = stream::once(async { Ok::<Event, Infallible>(Event::default().event("resync").data("{}")) });
    let watched = (receiver, checks, state.clone(), slot);
    let changes = stream::unfold(watched, move |(mut receiver, mut checks, state, slot)| async move {
        loop {
            let next = tokio::select! {
                announced = receiver.recv() => Next::Announced(announced),
                _ = checks.tick() => Next::CheckSession,
            };
            let event = match next {
                Next::CheckSession if still_signed_in(&state, session_id, principal.id).await => continue,
                Next::CheckSession => {
                    tracing::info!(reviewer = principal.id, "live stream closed: the session ended");
                    return None;
                }
                Next::Announced(Ok(Announcement::Resync) | Err(RecvError::Lagged(_))) => {
                    Event::default().event("resync").data("{}")
                }
                Next::Announced(Ok(Announcement::Change(event))) => change(&event),
                Next::Announced(Err(RecvError::Closed)) => return None,
            };
            return Some((Ok::<Event, Infallible>(event), (receiver, checks, state, slot)));
        }
    });
    let until_shutdown =
        futures::StreamExt::take_until(futures::StreamExt::chain(first, changes), state.live.closed());
    Sse::new(until_shutdown).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))).into_response()
}

fn change(event: &LiveEvent) -> Event {
    let data = serde_json::to_string(event).unwrap_or_else(|_| "{}".to_owned());
    Event::default().event("change").id(event.id.to_string()).data(data)
}
