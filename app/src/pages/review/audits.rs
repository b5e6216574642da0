//! `/review/audits`: the quarterly random audits, and (admins) starting the next one.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::gate::{StaffBar, StaffOnly};
use crate::api::AuditsOverview;
use crate::i18n::{t, use_i18n};
use crate::serverfns::partners::review_audits;
use crate::staff::Role;

#[component]
pub fn ReviewAuditsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="review">
            <StaffBar />
            <h1>{t!(i18n, audits_title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match review_audits().await {
                        Ok(overview) => view! { <Audits overview /> }.into_any(),
                        Err(error) => view! { <StaffOnly error back_to="/review/audits" /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Audits(overview: AuditsOverview) -> impl IntoView {
    let i18n = use_i18n();
    let admin = crate::staff::current_principal().is_some_and(|p| p.role.includes(Role::Admin));
    let refused = use_query_map().with_untracked(|q| q.get("refused"));
    let AuditsOverview { audits, current_quarter, previous_quarter, active_partners } = overview;
    view! {
        {refused.map(|reason| view! { <p class="warning" role="status">{t!(i18n, partner_refused)} " " {reason}</p> })}
        <p class="hint">{t!(i18n, audits_active, count = active_partners)}</p>
        {if admin {
            view! {
                <form method="post" action="/review/audits" class="decision" data-action="start-audit">
                    <h2>{t!(i18n, audits_start_title)}</h2>
                    <label for="quarter">{t!(i18n, audits_quarter)}</label>
                    <select id="quarter" name="quarter">
                        <option value=current_quarter.clone() selected>{current_quarter.clone()}</option>
                        <option value=previous_quarter.clone()>{previous_quarter.clone()}</option>
                    </select>
                    <label for="size-kind">{t!(i18n, audits_size_kind)}</label>
                    <select id="size-kind" name="size_kind">
                        <option value="percent" selected>{t!(i18n, audits_size_percent)}</option>
                        <option value="count">{t!(i18n, audits_size_count)}</option>
                    </select>
                    <label for="size">{t!(i18n, audits_size)}</label>
                    <input id="size" name="size" type="number" min="1" max="1000" value="10" required />
                    <button type="submit" class="button primary">{t!(i18n, audits_start_submit)}</button>
                </form>
            }.into_any()
        } else {
            view! { <p class="hint">{t!(i18n, audits_admin_only)}</p> }.into_any()
        }}
        {if audits.is_empty() {
            view! { <p class="hint">{t!(i18n, audits_empty)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="queue audits">
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, audits_quarter)}</th>
                                <th scope="col">{t!(i18n, audits_col_started)}</th>
                                <th scope="col">{t!(i18n, audits_col_population)}</th>
                                <th scope="col">{t!(i18n, audits_col_sampled)}</th>
                                <th scope="col">{t!(i18n, audits_col_checked)}</th>
                                <th scope="col">{t!(i18n, audits_col_flagged)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {audits.into_iter().map(|a| {
                                let href = format!("/review/audits/{}", a.id);
                                let quarter = a.quarter.clone();
                                view! {
                                    <tr data-quarter=quarter>
                                        <td><a href=href>{a.quarter}</a></td>
                                        <td><time datetime=a.started_at.clone()>{super::short_time(&a.started_at)}</time> " — " {a.started_by}</td>
                                        <td>{a.population}</td>
                                        <td>{a.sampled}</td>
                                        <td>{a.checked}</td>
                                        <td>{a.flagged}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}
