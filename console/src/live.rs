//! The live stream of changes (`/review/events`), heard once for the whole console: gloo-net's
//! EventSource in the browser, nothing on the server. Views watch [`LiveFeed`] and fetch what
//! changed; the browser reconnects by itself, and a `resync` after a reconnection tells every
//! view to fetch its data again.

use leptos::prelude::*;

use app::api::LiveEvent;

#[derive(Debug, Clone, Copy)]
pub struct LiveFeed {
    /// The newest change.
    pub last: RwSignal<Option<LiveEvent>>,
    /// Counts every change heard (a view reacting to each, even two alike).
    pub changes: RwSignal<u64>,
    /// Counts resynchronisations after the first connection: fetch everything again.
    pub resyncs: RwSignal<u64>,
    pub connected: RwSignal<bool>,
}

pub fn provide_live_feed() {
    let feed = LiveFeed {
        last: RwSignal::new(None),
        changes: RwSignal::new(0),
        resyncs: RwSignal::new(0),
        connected: RwSignal::new(false),
    };
    provide_context(feed);
    #[cfg(feature = "hydrate")]
    listen(feed);
}

pub fn use_live_feed() -> LiveFeed {
    expect_context::<LiveFeed>()
}

/// Runs `react` for every change heard from now on (in the browser: the server hears none).
pub fn on_change(react: impl Fn(LiveEvent) + 'static) {
    let feed = use_live_feed();
    Effect::watch(
        move || feed.changes.get(),
        move |_, _, _| {
            if let Some(event) = feed.last.get_untracked() {
                react(event);
            }
        },
        false,
    );
}

/// Listens until the browser gives up on the stream (it retries a dropped connection by
/// itself; it stops on an error answer, a session that ended say), then listens again
/// after a pause. The stream's first `resync` after a reconnection refreshes every view.
/// Runs `react` after every resynchronisation (the stream reconnected, so changes may have
/// been missed). Views with forms refresh their record in place with it rather than being
/// drawn again, which would lose what is typed.
pub fn on_resync(react: impl Fn() + 'static) {
    let feed = use_live_feed();
    Effect::watch(move || feed.resyncs.get(), move |_, _, _| react(), false);
}

#[cfg(feature = "hydrate")]
fn listen(feed: LiveFeed) {
    listen_from(feed, false);
}

#[cfg(feature = "hydrate")]
fn listen_from(feed: LiveFeed, reconnecting: bool) {
    use futures::StreamExt;
    use gloo_net::eventsource::futures::EventSource;

    let again = move || set_timeout(move || listen_from(feed, true), std::time::Duration::from_secs(3));
    let Ok(mut source) = EventSource::new("/review/events") else { return again() };
    let (Ok(changes), Ok(resyncs)) = (source.subscribe("change"), source.subscribe("resync")) else {
        return again();
    };
    leptos::task::spawn_local(async move {
        let mut events = futures::stream::select(changes, resyncs);
        let mut first = !reconnecting;
        while let Some(Ok((kind, message))) = events.next().await {
            if kind == "resync" {
                feed.connected.set(true);
                if !std::mem::take(&mut first) {
                    feed.resyncs.update(|n| *n += 1);
                }
                continue;
            }
            let data = message.data().as_string().unwrap_or_default();
            if let Ok(event) = serde_json::from_str::<LiveEvent>(&data) {
                feed.last.set(Some(event));
                feed.changes.update(|n| *n += 1);
            }
        }
        feed.connected.set(false);
        drop(events);
        source.close();
        again();
    });
}
