//! Live events for the reviewers' pages: every submission, resubmission and decision is
//! announced to every open dashboard, which then fetches what changed (events carry ids,
//! never data).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use tokio::sync::broadcast;

/// Events a slow listener may fall behind by before it is told to resynchronise.
const BACKLOG: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiveEvent {
    pub id: u64,
    /// `submitted`, `resubmitted`, `approved`, `rejected` or `info_requested`.
    pub kind: String,
    pub reference: String,
}

/// The in-process fan-out (one instance; several instances share PostgreSQL's later).
#[derive(Debug, Clone)]
pub struct LiveEvents {
    sender: broadcast::Sender<LiveEvent>,
    next_id: Arc<AtomicU64>,
}

impl Default for LiveEvents {
    fn default() -> Self {
        let (sender, _) = broadcast::channel(BACKLOG);
        Self { sender, next_id: Arc::new(AtomicU64::new(1)) }
    }
}

impl LiveEvents {
    pub fn publish(&self, kind: &str, reference: &str) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        // No listener is not an error: nobody has a dashboard open.
        let _ = self.sender.send(LiveEvent { id, kind: kind.to_owned(), reference: reference.to_owned() });
    }

    pub fn subscribe(&self) -> broadcast::Receiver<LiveEvent> {
        self.sender.subscribe()
    }
}
