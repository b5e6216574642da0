//! LISTEN/NOTIFY between instances sharing one PostgreSQL database.
//!
//! sqlx's `PgListener` reconnects by itself, but what was NOTIFYed while it was away is lost
//! (sqlx#447, #1102). So whenever the listener's connection fails, this instance tells its
//! own listeners to resynchronise: their pages fetch everything again and miss nothing.

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::mpsc;

use super::{Change, LiveEvents};

/// The channel every instance listens on.
pub const CHANNEL: &str = "portal_live";

/// Tries to NOTIFY one change before giving up on it (and logging so).
const NOTIFY_ATTEMPTS: u32 = 5;

/// Starts the notifier and the listener; returns where to queue changes to NOTIFY.
pub(super) fn start(pool: PgPool, local: LiveEvents) -> mpsc::UnboundedSender<Change> {
    let (relay, queue) = mpsc::unbounded_channel();
    tokio::spawn(notify_changes(pool.clone(), queue, local.clone()));
    tokio::spawn(listen(pool, local));
    relay
}

async fn notify_changes(pool: PgPool, mut queue: mpsc::UnboundedReceiver<Change>, local: LiveEvents) {
    while let Some(change) = queue.recv().await {
        let Ok(payload) = serde_json::to_string(&change) else { continue };
        let mut attempt = 0;
        loop {
            attempt += 1;
            match sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(&payload).execute(&pool).await {
                Ok(_) => break,
                Err(error) if attempt < NOTIFY_ATTEMPTS && !pool.is_closed() => {
                    tracing::warn!(%error, attempt, "NOTIFY failed; retrying");
                    tokio::time::sleep(backoff(attempt)).await;
                }
                Err(error) => {
                    // The other instances cannot hear it; at least this one's pages catch up.
                    tracing::error!(%error, kind = change.kind.key(), "NOTIFY failed; the change is not announced");
                    local.resync();
                    break;
                }
            }
        }
    }
}

async fn listen(pool: PgPool, local: LiveEvents) {
    let mut attempt = 0;
    loop {
        match listen_until_lost(&pool, &local).await {
            Ok(()) => return,
            Err(error) if pool.is_closed() => {
                tracing::debug!(%error, "live listener stopped with the pool");
                return;
            }
            Err(error) => {
                attempt += 1;
                tracing::warn!(%error, attempt, "live listener lost PostgreSQL; reconnecting");
                tokio::time::sleep(backoff(attempt)).await;
            }
        }
    }
}

/// Delivers notifications until the connection fails. Every (re)connection, once it
/// listens again, is followed by a resync: whatever was NOTIFYed while nobody listened is
/// fetched again by the pages.
async fn listen_until_lost(pool: &PgPool, local: &LiveEvents) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    local.resync();
    loop {
        match listener.try_recv().await? {
            Some(notification) => match serde_json::from_str::<Change>(notification.payload()) {
                Ok(change) => local.deliver(change),
                Err(error) => tracing::warn!(%error, "a live notification that is not ours"),
            },
            // The listener has already reconnected and listens again (its eager reconnect).
            None => {
                tracing::warn!("live listener's connection dropped and was re-established; resynchronising");
                local.resync();
            }
        }
    }
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(100 * 2_u64.pow(attempt.min(6)))
}
