//! `/review/partners/{id}`: one partner: term, the trial's countdown, the roster judged
//! today, a roster update it sent, the actions its state allows, payments, audit checks and
//! history. Live as the application view is: shown in place, typing never touched.

mod actions;
mod records;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use app::api::PartnerFile;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::live::{on_change, on_resync};
use crate::parts::{Failure, SharedRegistrations, Timeline, flag_badge, standing_badge, tone_badge};
use crate::serverfns::partners::review_partner;
use crate::text;

#[component]
pub fn PartnerView() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())));
    let file = Resource::new(
        // Drawn once per record: a resync refreshes it in place (what is typed stays).
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => review_partner(id).await,
                None => Err(app::serverfns::AppError::NotFound),
            }
        },
    );
    view! {
        <section class="page">
            <p class="breadcrumb"><A href="/review/partners">"← " {td_string!(locale, partners_title)}</A></p>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match file.await {
                        Ok(file) => view! { <PartnerPage file /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn PartnerPage(file: PartnerFile) -> impl IntoView {
    let locale = use_locale();
    let opened = RwSignal::new(file.version);
    let id = file.row.id;
    let reference = file.row.reference.clone();
    let title = format!("{} · {}", file.row.legal_name, td_string!(locale, partners_title));
    let current = RwSignal::new(file);
    on_resync(move || {
        leptos::task::spawn_local(async move {
            if let Ok(file) = review_partner(id).await {
                current.set(file);
            }
        });
    });
    on_change(move |event| {
        if event.reference == reference && !event.kind.is_application() {
            leptos::task::spawn_local(async move {
                if let Ok(file) = review_partner(id).await {
                    current.set(file);
                }
            });
        }
    });
    let row = move || current.with(|f| f.row.clone());
    view! {
        <Title text=title />
        <header class="record-header">
            <div>
                <h1>{move || row().legal_name}</h1>
                <p class="record-meta">
                    <A href=move || format!("/review/applications/{}", row().reference) attr:class="reference">{move || row().reference}</A>
                    {move || standing_badge(locale, row().standing)}
                    <span>{move || text::partnership(locale, row().category, row().enterprise_level)}</span>
                    <span class="version" data-version=move || current.with(|f| f.version)>{move || format!("v{}", current.with(|f| f.version))}</span>
                </p>
            </div>
        </header>
        <Show when=move || current.with(|f| f.version) != opened.get()>
            <div class="notice changed" role="status" data-changed="">
                <p>{td_string!(locale, console_partner_changed)} " " <strong>{move || format!("v{}", current.with(|f| f.version))}</strong></p>
                <button type="button" class="button small" on:click=move |_| opened.set(current.with_untracked(|f| f.version))>
                    {td_string!(locale, console_act_on_this_version)}
                </button>
            </div>
        </Show>
        <Show when=move || !row().flags.is_empty()>
            <ul class="flag-strip" data-flags="">
                {move || row().flags.into_iter().map(|f| view! { <li>{flag_badge(text::partner_flag(locale, f), f.key())}</li> }).collect_view()}
            </ul>
        </Show>
        <div class="record-grid">
            <div class="record-main">
                <section class="panel">
                    <h2>{td_string!(locale, partners_col_term)}</h2>
                    <dl class="facts">
                        <dt>{td_string!(locale, partners_col_term)}</dt>
                        <dd data-term-end=move || row().term_end.unwrap_or_default()>
                            {move || match (row().term_start, row().term_end) {
                                (Some(start), Some(end)) => format!("{} – {}", text::date(locale, &start), text::date(locale, &end)),
                                _ => "—".to_owned(),
                            }}
                        </dd>
                        <dt>{td_string!(locale, partners_col_days_left)}</dt>
                        <dd data-days-left=move || row().days_left.map(|d| d.to_string()).unwrap_or_default()>
                            {move || row().days_left.map_or_else(|| "—".to_owned(), |d| d.to_string())}
                        </dd>
                        <dt>{td_string!(locale, partner_tier_verdict)}</dt>
                        <dd data-tier=move || row().tier.key() data-eligible=move || row().eligible.to_string()>
                            {move || text::tier(locale, row().tier)} " "
                            {move || if row().eligible {
                                tone_badge(td_string!(locale, console_meets), "green").into_any()
                            } else {
                                tone_badge(td_string!(locale, console_short), "red").into_any()
                            }}
                            <ul class="shortfalls">{move || row().shortfalls.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}</ul>
                        </dd>
                    </dl>
                </section>
                <records::Countdown current />
                <records::Roster current />
                <actions::PendingRoster current opened />
                <records::Shared current />
                <SharedRegistrations lines=Signal::derive(move || current.with(|f| f.shared_registration.clone())) />
                <records::Payments current />
                <records::AuditChecks current />
            </div>
            <aside class="record-side">
                <actions::Actions current opened />
                <Timeline entries=Signal::derive(move || current.with(|f| f.history.clone())) />
            </aside>
        </div>
    }
}
