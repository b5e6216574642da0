//! `/review/audits`: the quarterly random audits, and (admins) drawing the next one.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use app::api::{AuditsOverview, SampleRequest};
use app::i18n::td_string;

use crate::context::{use_locale, use_staff};
use crate::live::{on_change, use_live_feed};
use crate::parts::{Failure, FieldMessage, FormState, Outcome};
use crate::serverfns::audits::{review_audits, start_audit};
use crate::text;

#[component]
pub fn AuditsView() -> impl IntoView {
    let locale = use_locale();
    let live = use_live_feed();
    let refresh = RwSignal::new(0_u32);
    on_change(move |event| {
        if matches!(event.kind, app::api::LiveKind::AuditStarted | app::api::LiveKind::AuditChecked) {
            refresh.update(|n| *n += 1);
        }
    });
    let overview = Resource::new(move || (live.resyncs.get(), refresh.get()), |_| review_audits());
    view! {
        <Title text=td_string!(locale, audits_title) />
        <section class="page">
            <header class="page-header"><h1>{td_string!(locale, audits_title)}</h1></header>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match overview.await {
                        Ok(overview) => view! { <Audits overview /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Audits(overview: AuditsOverview) -> impl IntoView {
    let locale = use_locale();
    let staff = use_staff();
    let AuditsOverview { audits, current_quarter, previous_quarter, active_partners } = overview;
    let (quarter, started, population, sampled, checked, flagged) = (
        td_string!(locale, audits_quarter),
        td_string!(locale, audits_col_started),
        td_string!(locale, audits_col_population),
        td_string!(locale, audits_col_sampled),
        td_string!(locale, audits_col_checked),
        td_string!(locale, audits_col_flagged),
    );
    view! {
        <div class="record-grid">
            <div class="record-main">
                <section class="panel">
                    <p class="hint">{td_string!(locale, audits_active, count = active_partners)}</p>
                    {if audits.is_empty() {
                        view! { <p class="empty">{td_string!(locale, audits_empty)}</p> }.into_any()
                    } else {
                        view! {
                            <table class="data-table audits">
                                <thead><tr>
                                    <th scope="col">{quarter}</th><th scope="col">{started}</th>
                                    <th scope="col" class="number">{population}</th><th scope="col" class="number">{sampled}</th>
                                    <th scope="col" class="number">{checked}</th><th scope="col" class="number">{flagged}</th>
                                </tr></thead>
                                <tbody>
                                    {audits.into_iter().map(|a| { let quarter_key = a.quarter.clone(); view! {
                                        <tr data-quarter=quarter_key>
                                            <td data-label=quarter><A href=format!("/review/audits/{}", a.id) attr:class="row-link">{a.quarter.clone()}</A></td>
                                            <td data-label=started><time datetime=a.started_at.clone()>{text::time(locale, &a.started_at)}</time> <span class="sub">{a.started_by}</span></td>
                                            <td data-label=population class="number">{a.population}</td>
                                            <td data-label=sampled class="number">{a.sampled}</td>
                                            <td data-label=checked class="number">{format!("{} / {}", a.checked, a.sampled)}</td>
                                            <td data-label=flagged class="number">{a.flagged}</td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    }}
                </section>
            </div>
            <aside class="record-side">
                <Suspense>
                    {move || if staff.is_admin() {
                        view! { <StartAudit current=current_quarter.clone() previous=previous_quarter.clone() /> }.into_any()
                    } else {
                        view! { <p class="hint panel">{td_string!(locale, audits_admin_only)}</p> }.into_any()
                    }}
                </Suspense>
            </aside>
        </div>
    }
}

#[component]
fn StartAudit(current: String, previous: String) -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let state = FormState::default();
    let quarter = RwSignal::new(current.clone());
    let kind = RwSignal::new("percent".to_owned());
    let size = RwSignal::new("10".to_owned());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(n) = size.get_untracked().trim().parse::<u32>() else {
            state.error.set(Some(app::serverfns::AppError::Validation(vec![app::serverfns::FieldProblem {
                field: "size".to_owned(),
                code: "invalid_format".to_owned(),
                message: "not a number".to_owned(),
            }])));
            return;
        };
        let sample =
            if kind.get_untracked() == "count" { SampleRequest::Count(n) } else { SampleRequest::Percent(n) };
        let navigate = navigate.clone();
        state.send(start_audit(quarter.get_untracked(), sample), move |id| {
            navigate(&format!("/review/audits/{id}"), Default::default());
        });
    };
    view! {
        <form method="post" action="/review/audits" class="panel decision" data-action="start-audit" on:submit=submit>
            <h2>{td_string!(locale, audits_start_title)}</h2>
            <label class="field">
                <span>{td_string!(locale, audits_quarter)}</span>
                <select id="quarter" name="quarter" prop:value=move || quarter.get() on:change=move |ev| quarter.set(event_target_value(&ev))>
                    <option value=current.clone() selected>{current.clone()}</option>
                    <option value=previous.clone()>{previous.clone()}</option>
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, audits_size_kind)}</span>
                <select id="size-kind" name="size_kind" prop:value=move || kind.get() on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="percent" selected>{td_string!(locale, audits_size_percent)}</option>
                    <option value="count">{td_string!(locale, audits_size_count)}</option>
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, audits_size)}</span>
                <input id="size" name="size" type="number" min="1" max="1000" required bind:value=size />
                <FieldMessage state field="size" id="size-error" />
            </label>
            <Outcome state />
            <button type="submit" class="button primary" disabled=move || state.pending.get()>{td_string!(locale, audits_start_submit)}</button>
        </form>
    }
}
