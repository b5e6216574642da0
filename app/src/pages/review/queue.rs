//! `/review`: the queue of applications.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::gate::{StaffBar, StaffOnly};
use crate::api::QueueEntry;
use crate::i18n::{t, use_i18n};
use crate::serverfns::review::review_queue;

const STATUSES: [&str; 5] = ["submitted", "resubmitted", "info_requested", "approved", "rejected"];

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let status = query.with_untracked(|q| q.get("status").filter(|s| STATUSES.contains(&s.as_str())));
    let chosen = status.clone().unwrap_or_default();
    let queue = Resource::new_blocking(move || status.clone(), review_queue);
    view! {
        <section class="review">
            <StaffBar />
            <h1>{t!(i18n, review_title)}</h1>
            <form class="filters" method="get" action="/review">
                <label for="status">{t!(i18n, review_filter_status)}</label>
                <select id="status" name="status">
                    <option value="">{t!(i18n, review_all)}</option>
                    {STATUSES.map(|s| view! { <option value=s selected=chosen == s>{s}</option> }).to_vec()}
                </select>
                <button type="submit" class="button small">{t!(i18n, review_apply_filter)}</button>
            </form>
            <Suspense>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(rows) => view! { <QueueTable rows /> }.into_any(),
                        Err(error) => view! { <StaffOnly error back_to="/review" /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn QueueTable(rows: Vec<QueueEntry>) -> impl IntoView {
    let i18n = use_i18n();
    if rows.is_empty() {
        return view! { <p class="hint">{t!(i18n, review_empty)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="queue">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, review_col_reference)}</th>
                        <th scope="col">{t!(i18n, review_col_company)}</th>
                        <th scope="col">{t!(i18n, review_col_requested)}</th>
                        <th scope="col">{t!(i18n, review_col_eligible)}</th>
                        <th scope="col">{t!(i18n, review_col_status)}</th>
                        <th scope="col">{t!(i18n, review_col_submitted)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let href = format!("/review/applications/{}", row.reference);
                            let (reference, status) = (row.reference.clone(), row.status.clone());
                            view! {
                                <tr data-reference=reference data-status=status>
                                    <td><a href=href>{row.reference}</a></td>
                                    <td>{row.legal_name}</td>
                                    <td>{row.requested_tier}</td>
                                    <td>{if row.requested_eligible { "✓" } else { "✗" }}</td>
                                    <td>{row.status}</td>
                                    <td><time datetime=row.submitted_at.clone()>{row.submitted_at.clone()}</time></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
