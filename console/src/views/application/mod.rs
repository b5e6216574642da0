//! `/review/applications/{reference}`: everything submitted, the red flags, the verdict, the
//! history, and the decision. Live: a change by someone else updates what is shown in place
//! and says so; what the reviewer is typing is never touched, and their decision still names
//! the version they opened, so a decision on a stale version is refused.

mod decisions;
mod facts;
mod versions;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use app::api::ApplicationReview;
use app::domain::ApplicationState;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::live::{on_change, on_resync};
use crate::parts::{Failure, SharedRegistrations, Timeline, status_badge};
use crate::serverfns::review::review_application;
use crate::text;

#[component]
pub fn ApplicationView() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let reference = Memo::new(move |_| params.with(|p| p.get("reference").unwrap_or_default()));
    // Drawn once per reference: a resync refreshes the open file in place (see below).
    let review = Resource::new(move || reference.get(), review_application);
    view! {
        <section class="page">
            <p class="breadcrumb"><A href="/review/applications">"← " {td_string!(locale, review_title)}</A></p>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match review.await {
                        Ok(review) => view! { <ApplicationFile review /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Whether reviewers may still decide.
pub(crate) fn open(state: ApplicationState) -> bool {
    matches!(
        state,
        ApplicationState::Submitted | ApplicationState::Resubmitted | ApplicationState::InfoRequested
    )
}

#[component]
fn ApplicationFile(review: ApplicationReview) -> impl IntoView {
    let locale = use_locale();
    let opened = RwSignal::new(review.version);
    let current = RwSignal::new(review);
    let reference = current.with_untracked(|r| r.reference.clone());
    let watched = reference.clone();
    on_change(move |event| {
        if event.kind.is_application() && event.reference == watched {
            let reference = watched.clone();
            leptos::task::spawn_local(async move {
                if let Ok(review) = review_application(reference).await {
                    current.set(review);
                }
            });
        }
    });
    let resynced = reference.clone();
    on_resync(move || {
        let reference = resynced.clone();
        leptos::task::spawn_local(async move {
            if let Ok(review) = review_application(reference).await {
                current.set(review);
            }
        });
    });
    let changed = move || current.with(|r| r.version) != opened.get();
    let title = current.with_untracked(|r| {
        format!("{} · {}", r.reference, r.company.legal_name.clone().unwrap_or_default())
    });
    view! {
        <Title text=title />
        <header class="record-header">
            <div>
                <h1>{move || current.with(|r| r.company.legal_name.clone().unwrap_or_default())}</h1>
                <p class="record-meta">
                    <span class="reference">{reference.clone()}</span>
                    {move || status_badge(locale, current.with(|r| r.status))}
                    <span>{move || text::tier(locale, current.with(|r| r.requested_tier))}</span>
                    <span class="version" data-version=move || current.with(|r| r.version)>
                        {move || format!("v{}", current.with(|r| r.version))}
                    </span>
                    <time datetime=move || current.with(|r| r.submitted_at.clone())>
                        {move || text::time(locale, &current.with(|r| r.submitted_at.clone()))}
                    </time>
                </p>
            </div>
        </header>
        <Show when=changed>
            <div class="notice changed" role="status" data-changed="">
                <p>
                    {td_string!(locale, console_changed_since_opened)} " "
                    <strong>{move || format!("v{} · {}", current.with(|r| r.version), text::status(locale, current.with(|r| r.status)))}</strong>
                </p>
                <button type="button" class="button small" on:click=move |_| opened.set(current.with_untracked(|r| r.version))>
                    {td_string!(locale, console_decide_on_this_version)}
                </button>
            </div>
        </Show>
        <facts::Flags current />
        <div class="record-grid">
            <div class="record-main">
                <facts::Company current />
                <SharedRegistrations lines=Signal::derive(move || current.with(|r| r.shared_registration.clone())) />
                <facts::Roster current />
                <facts::Declarations current />
                <facts::Verdicts current />
                <versions::Versions current />
            </div>
            <aside class="record-side">
                <decisions::Decisions current opened />
                <Timeline entries=Signal::derive(move || current.with(|r| r.history.clone())) />
            </aside>
        </div>
    }
}
