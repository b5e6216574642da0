//! `/review/partners`: the partner register: standing, term, the roster judged today, flags,
//! the deadlines; filters in the address; rows update in place as partners change.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use app::api::{Due, PartnerCounts, PartnerFilter, PartnerFlagFilter, PartnerRegister, PartnerRow};
use app::domain::Category;
use app::domain::partnership::Standing;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::form_query::query_of;
use crate::live::{on_change, use_live_feed};
use crate::parts::{Failure, StatCard, flag_badge, standing_badge, tone_badge};
use crate::query::{partner_filter, partner_query};
use crate::serverfns::partners::{partner_change, review_partners};
use crate::text;

#[component]
pub fn PartnersView() -> impl IntoView {
    let locale = use_locale();
    let live = use_live_feed();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(partner_filter));
    let register = Resource::new(move || (filter.get(), live.resyncs.get()), |(f, _)| review_partners(f));
    view! {
        <Title text=td_string!(locale, partners_title) />
        <section class="page">
            <header class="page-header">
                <h1>{td_string!(locale, partners_title)}</h1>
                <a class="button small" rel="external" download
                    href=move || format!("/review/partners.csv{}", partner_query(&filter.get()))>
                    {td_string!(locale, partners_export)}
                </a>
            </header>
            <Filters filter />
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match register.await {
                        Ok(register) => view! { <Register register filter=filter.get_untracked() /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Filters(filter: Memo<PartnerFilter>) -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let go = move |ev: &leptos::ev::Event| {
        navigate(&format!("/review/partners{}", query_of(ev)), Default::default())
    };
    let submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(&ev);
        }
    };
    let change = move |ev: leptos::ev::Event| go(&ev);
    let option = move |value: &'static str, label: &'static str, chosen: Option<&'static str>| {
        view! { <option value=value selected=chosen == Some(value)>{label}</option> }
    };
    let current = filter.get_untracked();
    view! {
        <form class="filter-bar" method="get" action="/review/partners" role="search" on:submit=submit>
            <label class="field search">
                <span>{td_string!(locale, review_search)}</span>
                <input type="search" name="q" value=current.q.clone().unwrap_or_default()
                    placeholder=td_string!(locale, console_search_placeholder) />
            </label>
            <label class="field">
                <span>{td_string!(locale, partners_filter_standing)}</span>
                <select name="standing" on:change=change.clone()>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {Standing::ALL.map(|s| option(s.key(), text::standing(locale, s), current.standing.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, review_filter_category)}</span>
                <select name="category" on:change=change.clone()>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {Category::ALL.map(|c| option(c.key(), text::category(locale, c), current.category.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, partners_col_flags)}</span>
                <select name="flag" on:change=change.clone()>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {PartnerFlagFilter::ALL.map(|f| option(f.key(), flag_filter(locale, f), current.flag.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, partners_filter_due)}</span>
                <select name="due" on:change=change>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {Due::ALL.map(|d| option(d.key(), text::due(locale, d), current.due.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <button type="submit" class="button">{td_string!(locale, review_apply_filter)}</button>
        </form>
    }
}

fn flag_filter(locale: crate::context::Locale, flag: PartnerFlagFilter) -> &'static str {
    match flag {
        PartnerFlagFilter::SharedCertificate => {
            text::partner_flag(locale, app::api::PartnerFlag::SharedCertificate)
        }
        PartnerFlagFilter::SharedRegistration => {
            text::partner_flag(locale, app::api::PartnerFlag::SharedRegistration)
        }
        PartnerFlagFilter::Audit => td_string!(locale, console_flag_audit),
        PartnerFlagFilter::Short => text::partner_flag(locale, app::api::PartnerFlag::Short),
        PartnerFlagFilter::NonRenewalProposed => {
            text::partner_flag(locale, app::api::PartnerFlag::NonRenewalProposed)
        }
    }
}

#[component]
fn Register(register: PartnerRegister, filter: PartnerFilter) -> impl IntoView {
    let locale = use_locale();
    let PartnerRegister { rows, by_standing, trials_due, trials_overdue, renewals_due, today } = register;
    let rows = RwSignal::new(rows);
    let counts = RwSignal::new(PartnerCounts { by_standing, trials_due, trials_overdue, renewals_due });
    on_change(move |event| {
        if event.kind.is_application() && event.kind != app::api::LiveKind::Approved {
            return;
        }
        let filter = filter.clone();
        leptos::task::spawn_local(async move {
            let Ok(update) = partner_change(filter, event.reference.clone()).await else { return };
            counts.set(update.counts);
            rows.update(|rows| {
                let at = rows.iter().position(|row| row.reference == event.reference);
                match (at, update.row) {
                    (Some(at), Some(row)) => rows[at] = row,
                    (Some(at), None) => {
                        rows.remove(at);
                    }
                    (None, Some(row)) => rows.push(row),
                    (None, None) => {}
                }
            });
        });
    });
    let standing = move |s: Standing| {
        Signal::derive(move || {
            counts.with(|c| c.by_standing.iter().find(|(k, _)| *k == s).map_or(0, |(_, n)| *n))
        })
    };
    view! {
        <div class="stat-grid">
            <StatCard label=text::standing(locale, Standing::Active) value=standing(Standing::Active) href="/review/partners?standing=active" key="active" tone="green" />
            <StatCard label=text::standing(locale, Standing::AwaitingFee) value=standing(Standing::AwaitingFee) href="/review/partners?standing=awaiting_fee" key="awaiting_fee" tone="amber" />
            <StatCard label=td_string!(locale, partners_renewals_due) value=Signal::derive(move || counts.with(|c| c.renewals_due)) href="/review/partners?due=renewal_due" key="renewal_due" tone="orange" />
            <StatCard label=td_string!(locale, partners_trials_due) value=Signal::derive(move || counts.with(|c| c.trials_due)) href="/review/partners?due=trial_due" key="trial_due" tone="orange" />
            <StatCard label=td_string!(locale, partners_trials_overdue) value=Signal::derive(move || counts.with(|c| c.trials_overdue)) href="/review/partners?due=trial_overdue" key="trial_overdue" tone="red" />
            <StatCard label=text::standing(locale, Standing::Terminated) value=standing(Standing::Terminated) href="/review/partners?standing=terminated" key="terminated" />
        </div>
        <p class="hint">{td_string!(locale, partners_today, date = text::date(locale, &today))}</p>
        <PartnerTable rows />
    }
}

#[component]
fn PartnerTable(rows: RwSignal<Vec<PartnerRow>>) -> impl IntoView {
    let locale = use_locale();
    let (company, partnership, standing, term, days, roster, flags) = (
        td_string!(locale, review_col_company),
        td_string!(locale, console_partnership),
        td_string!(locale, partners_col_standing),
        td_string!(locale, partners_col_term),
        td_string!(locale, partners_col_days_left),
        td_string!(locale, partners_col_roster),
        td_string!(locale, partners_col_flags),
    );
    view! {
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p class="empty">{td_string!(locale, partners_empty)}</p> }>
            <table class="data-table partners">
                <thead>
                    <tr>
                        <th scope="col">{company}</th>
                        <th scope="col">{partnership}</th>
                        <th scope="col">{standing}</th>
                        <th scope="col">{term}</th>
                        <th scope="col" class="number">{days}</th>
                        <th scope="col">{roster}</th>
                        <th scope="col">{flags}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|row| (row.id, row.standing, row.flags.clone(), row.eligible, row.days_left) let(row)>
                        <tr data-partner=row.id data-reference=row.reference.clone() data-standing=row.standing.key()>
                            <td data-label=company>
                                <A href=format!("/review/partners/{}", row.id) attr:class="row-link">{row.legal_name.clone()}</A>
                                <span class="sub">{row.reference.clone()}</span>
                            </td>
                            <td data-label=partnership>{text::partnership(locale, row.category, row.enterprise_level)}</td>
                            <td data-label=standing>{standing_badge(locale, row.standing)}</td>
                            <td data-label=term class="term">
                                {match (&row.term_start, &row.term_end) {
                                    (Some(start), Some(end)) => format!("{} – {}", text::date(locale, start), text::date(locale, end)),
                                    _ => "—".to_owned(),
                                }}
                            </td>
                            <td data-label=days class="number">{row.days_left.map_or_else(|| "—".to_owned(), |d| d.to_string())}</td>
                            <td data-label=roster data-eligible=row.eligible.to_string()>
                                {if row.eligible {
                                    tone_badge(td_string!(locale, console_meets), "green").into_any()
                                } else {
                                    view! {
                                        {tone_badge(td_string!(locale, console_short), "red")}
                                        <ul class="shortfalls">{row.shortfalls.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}</ul>
                                    }.into_any()
                                }}
                            </td>
                            <td data-label=flags>
                                {row.flags.iter().map(|f| flag_badge(text::partner_flag(locale, *f), f.key())).collect_view()}
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
