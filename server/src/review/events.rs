//! `GET /review/events`: the live stream (Server-Sent Events) of the reviewers' pages.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::stream;
use tokio::sync::broadcast::error::RecvError;

use app::api::LiveEvent;
use app::server::Reviewer;

use crate::access::{Plain, RequireRole};
use crate::live::Announcement;
use crate::state::AppState;

/// First a `resync` (the page may have missed events while it was not connected, after a
/// dropped connection say), then one `change` per event; a listener that fell behind gets
/// `resync` again instead of the events it lost.
pub async fn stream_events(_: RequireRole<Reviewer, Plain>, State(state): State<AppState>) -> Response {
    let receiver = state.live.subscribe();
    let first = stream::once(async { Ok::<Event, Infallible>(Event::default().event("resync").data("{}")) });
    let changes = stream::unfold(receiver, |mut receiver| async move {
        let event = match receiver.recv().await {
            Ok(Announcement::Resync) => Event::default().event("resync").data("{}"),
            Ok(Announcement::Change(event)) => change(&event),
            Err(RecvError::Lagged(_)) => Event::default().event("resync").data("{}"),
            Err(RecvError::Closed) => return None,
        };
        Some((Ok::<Event, Infallible>(event), receiver))
    });
    let until_shutdown =
        futures::StreamExt::take_until(futures::StreamExt::chain(first, changes), state.live.closed());
    Sse::new(until_shutdown).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))).into_response()
}

fn change(event: &LiveEvent) -> Event {
    let data = serde_json::to_string(event).unwrap_or_else(|_| "{}".to_owned());
    Event::default().event("change").id(event.id.to_string()).data(data)
}
