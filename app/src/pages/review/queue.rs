//! `/review`: the dashboard: totals, and the queue with filters, search, sorting and pages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::gate::{StaffBar, StaffOnly};
use crate::api::{QueueEntry, QueueFilter, QueueFlag, QueuePage, QueueSort, QueueTotals};
use crate::domain::{ApplicationState, Category};
use crate::i18n::{t, t_string, use_i18n};
use crate::serverfns::review::review_queue;

const STATUSES: [&str; 5] = ["submitted", "resubmitted", "info_requested", "approved", "rejected"];
const CATEGORIES: [&str; 4] = ["enterprise", "community", "education", "brand"];
const SORTS: [&str; 3] = ["newest", "oldest", "company"];
const FLAGS: [&str; 3] = ["ineligible", "missing_declarations", "shared_certificate"];

/// The filter in the page's query string; unknown values are ignored.
fn filter_from_query(get: impl Fn(&str) -> Option<String>) -> QueueFilter {
    QueueFilter {
        status: get("status").and_then(|v| ApplicationState::from_key(&v)),
        category: get("category").and_then(|v| Category::from_key(&v)),
        flag: get("flag").and_then(|v| QueueFlag::from_key(&v)),
        q: get("q").map(|q| q.chars().take(100).collect()).filter(|q: &String| !q.trim().is_empty()),
        sort: get("sort").and_then(|v| QueueSort::from_key(&v)),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

/// The query string for `filter` on page `page` (for links and the CSV export).
fn query_string(filter: &QueueFilter, page: Option<i64>) -> String {
    let encode =
        |v: &str| percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC).to_string();
    let mut parts = Vec::new();
    for (key, value) in [
        ("status", filter.status.map(|v| v.key())),
        ("category", filter.category.map(|v| v.key())),
        ("flag", filter.flag.map(|v| v.key())),
        ("q", filter.q.as_deref()),
        ("sort", filter.sort.map(|v| v.key())),
    ] {
        if let Some(value) = value {
            parts.push(format!("{key}={}", encode(value)));
        }
    }
    if let Some(page) = page {
        parts.push(format!("page={page}"));
    }
    parts.join("&")
}

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = query.with_untracked(|q| filter_from_query(|key| q.get(key)));
    let export = format!("/review/export.csv?{}", query_string(&filter, None));
    let shown = filter.clone();
    // Awaited directly, not through a Resource: this page is rendered on the server only.
    let filter = StoredValue::new(filter);
    view! {
        <section class="review">
            <StaffBar />
            <h1>{t!(i18n, review_title)}</h1>
            <FilterForm filter=shown.clone() />
            <p><a href=export download>{t!(i18n, review_export)}</a></p>
            <p class="hint" aria-live="polite" data-live-status data-text=t_string!(i18n, review_live_updated)></p>
            <div data-live-region>
                <Suspense>
                    {move || {
                        let shown = shown.clone();
                        Suspend::new(async move {
                            match review_queue(filter.get_value()).await {
                                Ok(page) => view! { <Dashboard page filter=shown /> }.into_any(),
                                Err(error) => view! { <StaffOnly error back_to="/review" /> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            </div>
            <super::LiveScript />
        </section>
    }
}

#[component]
fn FilterForm(filter: QueueFilter) -> impl IntoView {
    let i18n = use_i18n();
    let option = |value: &'static str, chosen: Option<&'static str>| {
        view! { <option value=value selected=chosen == Some(value)>{value}</option> }
    };
    view! {
        <form class="filters" method="get" action="/review" role="search">
            <label for="q">{t!(i18n, review_search)}</label>
            <input id="q" name="q" type="search" value=filter.q.clone().unwrap_or_default() />
            <label for="status">{t!(i18n, review_filter_status)}</label>
            <select id="status" name="status">
                <option value="">{t!(i18n, review_all)}</option>
                {STATUSES.map(|s| option(s, filter.status.map(|v| v.key()))).to_vec()}
            </select>
            <label for="category">{t!(i18n, review_filter_category)}</label>
            <select id="category" name="category">
                <option value="">{t!(i18n, review_all)}</option>
                {CATEGORIES.map(|c| option(c, filter.category.map(|v| v.key()))).to_vec()}
            </select>
            <label for="sort">{t!(i18n, review_sort)}</label>
            <select id="sort" name="sort">{SORTS.map(|s| option(s, filter.sort.map(|v| v.key()))).to_vec()}</select>
            <label for="flag">{t!(i18n, review_flags)}</label>
            <select id="flag" name="flag">
                <option value="">{t!(i18n, review_all)}</option>
                {FLAGS.map(|f| option(f, filter.flag.map(|v| v.key()))).to_vec()}
            </select>
            <button type="submit" class="button small">{t!(i18n, review_apply_filter)}</button>
        </form>
    }
}

#[component]
fn Dashboard(page: QueuePage, filter: QueueFilter) -> impl IntoView {
    let i18n = use_i18n();
    let QueuePage { rows, matching, page: current, pages, totals } = page;
    let QueueTotals { by_status, by_category, weeks } = totals;
    let by_status = by_status.into_iter().map(|(s, n)| (s.key(), n)).collect();
    let by_category = by_category.into_iter().map(|(c, n)| (c.key(), n)).collect();
    let link = |to: i64| format!("/review?{}", query_string(&filter, Some(to)));
    let previous = (current > 1).then(|| link(current - 1));
    let next = (current < pages).then(|| link(current + 1));
    view! {
        <div class="totals">
            <Totals title=t!(i18n, review_filter_status).into_any() counts=by_status />
            <Totals title=t!(i18n, review_filter_category).into_any() counts=by_category />
        </div>
        <super::chart::SubmissionsChart weeks label=t_string!(i18n, review_chart) />
        <p class="hint" data-matching=matching>{t!(i18n, review_matching, matching)}</p>
        <QueueTable rows />
        <nav class="pages" aria-label="pages">
            {previous.map(|href| view! { <a rel="prev" href=href>"← " {t!(i18n, review_previous)}</a> })}
            <span>{format!("{current} / {pages}")}</span>
            {next.map(|href| view! { <a rel="next" href=href>{t!(i18n, review_next)} " →"</a> })}
        </nav>
    }
}

#[component]
fn Totals(title: AnyView, counts: Vec<(&'static str, i64)>) -> impl IntoView {
    view! {
        <section class="total-list">
            <h2>{title}</h2>
            <dl>
                {counts.into_iter().map(|(key, count)| {
                    view! { <dt>{key}</dt><dd data-count=key>{count}</dd> }
                }).collect_view()}
            </dl>
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
                            let (reference, status) = (row.reference.clone(), row.status.key());
                            view! {
                                <tr data-reference=reference data-status=status>
                                    <td><a href=href>{row.reference}</a></td>
                                    <td>{row.legal_name}</td>
                                    <td>{row.requested_tier.key()}</td>
                                    <td>{if row.requested_eligible { "✓" } else { "✗" }}</td>
                                    <td>{status}</td>
                                    <td><time datetime=row.submitted_at.clone()>{super::short_time(&row.submitted_at)}</time></td>
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
