//! Live events for the reviewers' pages: every submission, resubmission, decision and
//! partner change is announced to every open dashboard, which then fetches what changed
//! (events carry ids, never data).
//!
//! One instance (SQLite) fans out in process. Several instances on PostgreSQL fan out
//! through LISTEN/NOTIFY ([`postgres`]): a change is NOTIFYed, and every instance, the one
//! that made it included, hears it and passes it to its own listeners.

mod postgres;
mod slots;

pub use slots::{MAX_STREAMS_PER_ACCOUNT, StreamSlot, StreamSlots};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, mpsc, watch};

use app::api::{LiveEvent, LiveKind};

/// Events a slow listener may fall behind by before it is told to resynchronise.
const BACKLOG: usize = 256;

/// What a listener hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    Change(LiveEvent),
    /// Fetch everything again: events may have been missed (a dropped connection to
    /// PostgreSQL, say).
    Resync,
}

/// What is announced: ids only. Also the NOTIFY payload between instances.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Change {
    kind: LiveKind,
    reference: String,
}

#[derive(Debug, Clone)]
pub struct LiveEvents {
    sender: broadcast::Sender<Announcement>,
    next_id: Arc<AtomicU64>,
    /// With PostgreSQL: the queue of changes to NOTIFY (delivered locally once heard back).
    relay: Option<mpsc::UnboundedSender<Change>>,
    /// Set when the server shuts down: open streams end, so their connections close and a
    /// graceful shutdown is not held up by dashboards that would stay open for days.
    closing: Arc<watch::Sender<bool>>,
}

impl Default for LiveEvents {
    /// In-process fan-out: one instance.
    fn default() -> Self {
        let (sender, _) = broadcast::channel(BACKLOG);
        let (closing, _) = watch::channel(false);
        Self { sender, next_id: Arc::new(AtomicU64::new(1)), relay: None, closing: Arc::new(closing) }
    }
}

impl LiveEvents {
    /// Fan-out across instances through PostgreSQL's LISTEN/NOTIFY on `pool`'s database.
    pub fn over_postgres(pool: sqlx::PgPool) -> Self {
        let local = Self::default();
        let relay = postgres::start(pool, local.clone());
        Self { relay: Some(relay), ..local }
    }

    pub fn publish(&self, kind: LiveKind, reference: &str) {
        let change = Change { kind, reference: reference.to_owned() };
        match &self.relay {
            Some(relay) => {
                if relay.send(change).is_err() {
                    // Only after shutdown: the notifier task ends with the server.
                    tracing::warn!(kind = kind.key(), "live event not sent: the notifier has stopped");
                }
            }
            None => self.deliver(change),
        }
    }

    /// Tells every listener of this instance to fetch everything again.
    pub fn resync(&self) {
        // No listener is not an error: nobody has a dashboard open.
        let _ = self.sender.send(Announcement::Resync);
    }

    fn deliver(&self, change: Change) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let event = LiveEvent { id, kind: change.kind, reference: change.reference };
        let _ = self.sender.send(Announcement::Change(event));
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Announcement> {
        self.sender.subscribe()
    }

    /// Ends every open stream (the server is shutting down).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Completes once [`LiveEvents::close`] has been called.
    pub fn closed(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut closing = self.closing.subscribe();
        async move {
            // An error means the sender is gone with the server: closed all the same.
            let _ = closing.wait_for(|closed| *closed).await;
        }
    }
}
