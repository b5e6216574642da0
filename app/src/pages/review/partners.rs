//! `/review/partners`: the partner register — standing, term, the current roster judged by
//! the engine, flags — with filters, the deadline lists and a CSV export.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::gate::{StaffBar, StaffOnly};
use crate::api::{Due, PartnerFilter, PartnerFlagFilter, PartnerRegister, PartnerRow};
use crate::domain::Category;
use crate::domain::partnership::Standing;
use crate::i18n::{t, t_string, use_i18n};
use crate::phrases::date_text;
use crate::serverfns::partners::review_partners;

const STANDINGS: [&str; 5] = ["awaiting_fee", "active", "renewal_due", "not_renewed", "terminated"];
const CATEGORIES: [&str; 4] = ["enterprise", "community", "education", "brand"];
const FLAGS: [&str; 4] = ["shared_certificate", "audit", "short", "non_renewal_proposed"];
const DUES: [&str; 3] = ["trial_due", "trial_overdue", "renewal_due"];

/// The filter in the page's query string; unknown values are ignored.
fn filter_from_query(get: impl Fn(&str) -> Option<String>) -> PartnerFilter {
    PartnerFilter {
        standing: get("standing").and_then(|v| Standing::from_key(&v)),
        category: get("category").and_then(|v| Category::from_key(&v)),
        flag: get("flag").and_then(|v| PartnerFlagFilter::from_key(&v)),
        due: get("due").and_then(|v| Due::from_key(&v)),
        q: get("q").map(|q| q.chars().take(100).collect()).filter(|q: &String| !q.trim().is_empty()),
    }
}

/// The query string for `filter` (links and the CSV export).
pub fn query_string(filter: &PartnerFilter) -> String {
    let encode =
        |v: &str| percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC).to_string();
    [
        ("standing", filter.standing.map(|v| v.key())),
        ("category", filter.category.map(|v| v.key())),
        ("flag", filter.flag.map(|v| v.key())),
        ("due", filter.due.map(|v| v.key())),
        ("q", filter.q.as_deref()),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.map(|v| format!("{key}={}", encode(v))))
    .collect::<Vec<_>>()
    .join("&")
}

#[component]
pub fn ReviewPartnersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = query.with_untracked(|q| filter_from_query(|key| q.get(key)));
    let export = format!("/review/partners.csv?{}", query_string(&filter));
    let shown = filter.clone();
    let filter = StoredValue::new(filter);
    view! {
        <section class="review">
            <StaffBar />
            <h1>{t!(i18n, partners_title)}</h1>
            <FilterForm filter=shown />
            <p><a href=export download>{t!(i18n, partners_export)}</a></p>
            <p class="hint" aria-live="polite" data-live-status data-text=t_string!(i18n, review_live_updated)></p>
            <div data-live-region>
                <Suspense>
                    {move || Suspend::new(async move {
                        match review_partners(filter.get_value()).await {
                            Ok(register) => view! { <Register register /> }.into_any(),
                            Err(error) => view! { <StaffOnly error back_to="/review/partners" /> }.into_any(),
                        }
                    })}
                </Suspense>
            </div>
            <super::LiveScript />
        </section>
    }
}

#[component]
fn FilterForm(filter: PartnerFilter) -> impl IntoView {
    let i18n = use_i18n();
    let options = |values: &[&'static str], chosen: Option<&'static str>| {
        values
            .iter()
            .map(|&value| view! { <option value=value selected=chosen == Some(value)>{value}</option> })
            .collect_view()
    };
    view! {
        <form class="filters" method="get" action="/review/partners" role="search">
            <label for="q">{t!(i18n, review_search)}</label>
            <input id="q" name="q" type="search" value=filter.q.clone().unwrap_or_default() />
            <label for="standing">{t!(i18n, partners_filter_standing)}</label>
            <select id="standing" name="standing">
                <option value="">{t!(i18n, review_all)}</option>
                {options(&STANDINGS, filter.standing.map(|v| v.key()))}
            </select>
            <label for="category">{t!(i18n, review_filter_category)}</label>
            <select id="category" name="category">
                <option value="">{t!(i18n, review_all)}</option>
                {options(&CATEGORIES, filter.category.map(|v| v.key()))}
            </select>
            <label for="flag">{t!(i18n, review_flags)}</label>
            <select id="flag" name="flag">
                <option value="">{t!(i18n, review_all)}</option>
                {options(&FLAGS, filter.flag.map(|v| v.key()))}
            </select>
            <label for="due">{t!(i18n, partners_filter_due)}</label>
            <select id="due" name="due">
                <option value="">{t!(i18n, review_all)}</option>
                {options(&DUES, filter.due.map(|v| v.key()))}
            </select>
            <button type="submit" class="button small">{t!(i18n, review_apply_filter)}</button>
        </form>
    }
}

#[component]
fn Register(register: PartnerRegister) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let PartnerRegister { rows, by_standing, trials_due, trials_overdue, renewals_due, today } = register;
    let today = date_text(locale, &today);
    view! {
        <p class="hint">{t!(i18n, partners_today, date = today)}</p>
        <ul class="deadlines">
            <li><a href="/review/partners?due=trial_due">{t!(i18n, partners_trials_due)}</a> ": " <strong data-count="trial_due">{trials_due}</strong></li>
            <li><a href="/review/partners?due=trial_overdue">{t!(i18n, partners_trials_overdue)}</a> ": " <strong data-count="trial_overdue">{trials_overdue}</strong></li>
            <li><a href="/review/partners?due=renewal_due">{t!(i18n, partners_renewals_due)}</a> ": " <strong data-count="renewal_due">{renewals_due}</strong></li>
        </ul>
        <section class="total-list">
            <h2>{t!(i18n, partners_filter_standing)}</h2>
            <dl>
                {by_standing.into_iter().map(|(standing, count)| {
                    let key = standing.key();
                    view! { <dt>{key}</dt><dd data-count=key>{count}</dd> }
                }).collect_view()}
            </dl>
        </section>
        <PartnerTable rows />
    }
}

#[component]
fn PartnerTable(rows: Vec<PartnerRow>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    if rows.is_empty() {
        return view! { <p class="hint">{t!(i18n, partners_empty)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="queue partners">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, review_col_reference)}</th>
                        <th scope="col">{t!(i18n, review_col_company)}</th>
                        <th scope="col">{t!(i18n, review_filter_category)}</th>
                        <th scope="col">{t!(i18n, partners_col_standing)}</th>
                        <th scope="col">{t!(i18n, partners_col_term)}</th>
                        <th scope="col">{t!(i18n, partners_col_days_left)}</th>
                        <th scope="col">{t!(i18n, partners_col_roster)}</th>
                        <th scope="col">{t!(i18n, partners_col_flags)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let href = format!("/review/partners/{}", row.id);
                        let term = match (&row.term_start, &row.term_end) {
                            (Some(start), Some(end)) => format!("{} – {}", date_text(locale, start), date_text(locale, end)),
                            _ => "—".to_owned(),
                        };
                        let category = match row.enterprise_level {
                            Some(level) => format!("{} ({})", row.category.key(), level.key()),
                            None => row.category.key().to_owned(),
                        };
                        let shortfalls: Vec<&str> = row.shortfalls.iter().map(|s| s.message.as_str()).collect();
                        let roster = if row.eligible { "✓".to_owned() } else { format!("✗ {}", shortfalls.join(" ")) };
                        let flags: Vec<&str> = row.flags.iter().map(|f| f.key()).collect();
                        let (reference, standing) = (row.reference.clone(), row.standing.key());
                        view! {
                            <tr data-partner=row.id data-reference=reference data-standing=standing>
                                <td><a href=href>{row.reference}</a></td>
                                <td>{row.legal_name}</td>
                                <td>{category}</td>
                                <td>{standing}</td>
                                <td>{term}</td>
                                <td>{row.days_left.map(|d| d.to_string()).unwrap_or_default()}</td>
                                <td data-eligible=row.eligible.to_string()>{roster}</td>
                                <td>{flags.join(", ")}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
