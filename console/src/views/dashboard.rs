//! `/review`: the programme at a glance: applications by status and category, submissions
//! per week, the newest applications, and the partners' deadlines. Live.

use leptos::prelude::*;
use leptos_meta::Title;

use app::api::{Dashboard, PartnerFilter, QueueFilter};
use app::domain::ApplicationState;
use app::domain::partnership::Standing;
use app::i18n::td_string;

use super::queue_table::QueueRows;
use crate::context::use_locale;
use crate::live::{on_change, use_live_feed};
use crate::parts::{Failure, StatCard, WeeklyChart};
use crate::serverfns::partners::partner_change;
use crate::serverfns::review::{queue_change, review_dashboard};

#[component]
pub fn DashboardView() -> impl IntoView {
    let locale = use_locale();
    let live = use_live_feed();
    let dashboard = Resource::new(move || live.resyncs.get(), |_| review_dashboard());
    view! {
        <Title text=td_string!(locale, console_nav_dashboard) />
        <section class="page">
            <header class="page-header">
                <h1>{td_string!(locale, console_nav_dashboard)}</h1>
                <p class="page-lead">{td_string!(locale, console_dashboard_lead)}</p>
            </header>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match dashboard.await {
                        Ok(data) => view! { <DashboardBody data /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Newest applications the dashboard lists.
const LATEST: usize = 8;

#[component]
fn DashboardBody(data: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let data = RwSignal::new(data);
    // A change fetches the one application (or partner) it names, and the counts.
    on_change(move |event| {
        let reference = event.reference.clone();
        if event.kind.is_application() {
            leptos::task::spawn_local(async move {
                if let Ok(update) = queue_change(QueueFilter::default(), reference.clone()).await {
                    data.update(|d| {
                        d.totals = update.totals;
                        d.latest.retain(|row| row.reference != reference);
                        if let Some(entry) = update.entry {
                            d.latest.insert(0, entry);
                            d.latest.sort_by(|a, b| b.submitted_at.cmp(&a.submitted_at));
                            d.latest.truncate(LATEST);
                        }
                    });
                }
            });
        } else {
            leptos::task::spawn_local(async move {
                if let Ok(update) = partner_change(PartnerFilter::default(), reference).await {
                    data.update(|d| d.partners = update.counts);
                }
            });
        }
    });
    let status_count = move |state: ApplicationState| {
        Signal::derive(move || {
            data.with(|d| d.totals.by_status.iter().find(|(s, _)| *s == state).map_or(0, |(_, n)| *n))
        })
    };
    let standing_count = move |standing: Standing| {
        Signal::derive(move || {
            data.with(|d| d.partners.by_standing.iter().find(|(s, _)| *s == standing).map_or(0, |(_, n)| *n))
        })
    };
    let total = Signal::derive(move || data.with(|d| d.totals.by_status.iter().map(|(_, n)| n).sum::<i64>()));
    let status_card = move |state: ApplicationState, tone: &'static str| {
        view! {
            <StatCard
                label=crate::text::status(locale, state)
                value=status_count(state)
                href=format!("/review/applications?status={}", state.key())
                key=state.key()
                tone
            />
        }
    };
    view! {
        <div class="stat-grid" aria-label=td_string!(locale, review_nav_applications)>
            <StatCard label=td_string!(locale, console_total) value=total href="/review/applications" key="total" />
            {status_card(ApplicationState::Submitted, "blue")}
            {status_card(ApplicationState::Resubmitted, "indigo")}
            {status_card(ApplicationState::InfoRequested, "amber")}
            {status_card(ApplicationState::Approved, "green")}
            {status_card(ApplicationState::Rejected, "grey")}
        </div>
        <div class="dashboard-grid">
            <section class="panel">
                <WeeklyChart
                    weeks=Signal::derive(move || data.with(|d| d.totals.weeks.clone()))
                    totals=Signal::derive(move || data.with(|d| d.totals.by_category.clone()))
                />
            </section>
            <section class="panel">
                <h2>{td_string!(locale, console_partner_deadlines)}</h2>
                <div class="stat-grid compact">
                    <StatCard label=crate::text::standing(locale, Standing::AwaitingFee) value=standing_count(Standing::AwaitingFee)
                        href="/review/partners?standing=awaiting_fee" key="awaiting_fee" tone="amber" />
                    <StatCard label=td_string!(locale, partners_trials_due) value=Signal::derive(move || data.with(|d| d.partners.trials_due))
                        href="/review/partners?due=trial_due" key="trial_due" tone="orange" />
                    <StatCard label=td_string!(locale, partners_trials_overdue) value=Signal::derive(move || data.with(|d| d.partners.trials_overdue))
                        href="/review/partners?due=trial_overdue" key="trial_overdue" tone="red" />
                    <StatCard label=td_string!(locale, partners_renewals_due) value=Signal::derive(move || data.with(|d| d.partners.renewals_due))
                        href="/review/partners?due=renewal_due" key="renewal_due" tone="orange" />
                    <StatCard label=crate::text::standing(locale, Standing::Active) value=standing_count(Standing::Active)
                        href="/review/partners?standing=active" key="active" tone="green" />
                </div>
            </section>
        </div>
        <section class="panel">
            <header class="panel-header">
                <h2>{td_string!(locale, console_latest)}</h2>
                <a href="/review/applications" class="panel-link">{td_string!(locale, console_see_all)}</a>
            </header>
            <QueueRows rows=Signal::derive(move || data.with(|d| d.latest.clone())) selected=RwSignal::new(None) />
        </section>
    }
}
