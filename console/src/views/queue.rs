//! `/review/applications`: the queue: search, filters, order and pages, in the address so a
//! view can be linked and gone back to; rows update in place as applications come and are
//! decided. The keyboard moves through it (`j`/`k`, `Enter`, `/`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use app::api::{QueueFilter, QueueFlag, QueuePage, QueueSort};
use app::domain::{ApplicationState, Category};
use app::i18n::td_string;

use super::queue_table::QueueRows;
use crate::context::use_locale;
use crate::form_query::query_of;
use crate::live::{on_change, use_live_feed};
use crate::parts::Failure;
use crate::query::{queue_filter, queue_query};
use crate::serverfns::review::{queue_change, review_queue};
use crate::text;

#[component]
pub fn QueueView() -> impl IntoView {
    let locale = use_locale();
    let live = use_live_feed();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(queue_filter));
    let page = Resource::new(move || (filter.get(), live.resyncs.get()), |(filter, _)| review_queue(filter));
    view! {
        <Title text=td_string!(locale, review_title) />
        <section class="page">
            <header class="page-header">
                <h1>{td_string!(locale, review_title)}</h1>
                <a class="button small" rel="external" download
                    href=move || format!("/review/export.csv{}", queue_query(&filter.get(), None))>
                    {td_string!(locale, review_export)}
                </a>
            </header>
            <Filters filter />
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! { <Queue page filter=filter.get_untracked() /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
            <Shortcuts />
        </section>
    }
}

/// The filter form: a plain GET form (so it works without the WASM); with it, a change
/// moves to the filtered view at once, with no document load.
#[component]
fn Filters(filter: Memo<QueueFilter>) -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let go = move |ev: &leptos::ev::Event| {
        navigate(&format!("/review/applications{}", query_of(ev)), Default::default());
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
        <form class="filter-bar" method="get" action="/review/applications" role="search" on:submit=submit>
            <label class="field search">
                <span>{td_string!(locale, review_search)}</span>
                <input type="search" name="q" id="queue-search" value=current.q.clone().unwrap_or_default()
                    aria-keyshortcuts="/" placeholder=td_string!(locale, console_search_placeholder) />
            </label>
            <label class="field">
                <span>{td_string!(locale, review_filter_status)}</span>
                <select name="status" on:change=change.clone()>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {ApplicationState::ALL.map(|s| option(s.key(), text::status(locale, s), current.status.map(|v| v.key()))).into_iter().collect_view()}
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
                <span>{td_string!(locale, review_flags)}</span>
                <select name="flag" on:change=change.clone()>
                    <option value="">{td_string!(locale, review_all)}</option>
                    {QueueFlag::ALL.map(|f| option(f.key(), text::queue_flag(locale, f), current.flag.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, review_sort)}</span>
                <select name="sort" on:change=change>
                    {QueueSort::ALL.map(|s| option(s.key(), text::sort(locale, s), current.sort.map(|v| v.key()))).into_iter().collect_view()}
                </select>
            </label>
            <button type="submit" class="button">{td_string!(locale, review_apply_filter)}</button>
        </form>
    }
}

#[component]
fn Queue(page: QueuePage, filter: QueueFilter) -> impl IntoView {
    let locale = use_locale();
    let QueuePage { rows, matching, page: current, pages, totals } = page;
    let rows = RwSignal::new(rows);
    let matching = RwSignal::new(matching);
    let totals = RwSignal::new(totals);
    let selected = RwSignal::new(None::<String>);
    let on_first_page = current == 1;
    let live_filter = filter.clone();
    on_change(move |event| {
        if !event.kind.is_application() {
            return;
        }
        let filter = live_filter.clone();
        leptos::task::spawn_local(async move {
            let Ok(update) = queue_change(filter.clone(), event.reference.clone()).await else { return };
            matching.set(update.matching);
            totals.set(update.totals);
            rows.update(|rows| {
                let at = rows.iter().position(|row| row.reference == event.reference);
                match (at, update.entry) {
                    (Some(at), Some(entry)) => rows[at] = entry,
                    (Some(at), None) => {
                        rows.remove(at);
                    }
                    // A new application belongs on the first page (newest first) or where
                    // its name sorts; other pages learn of it by their counts.
                    (None, Some(entry)) if on_first_page => {
                        rows.insert(0, entry);
                        sort(rows, filter.sort);
                        rows.truncate(QueueFilter::PAGE_SIZE as usize);
                    }
                    (None, _) => {}
                }
            });
        });
    });
    keyboard(rows, selected);
    let status_filtered = filter.status;
    let link = move |to: i64| format!("/review/applications{}", queue_query(&filter, Some(to)));
    let (previous, next) =
        ((current > 1).then(|| link(current - 1)), (current < pages).then(|| link(current + 1)));
    view! {
        <div class="queue-summary">
            <p class="matching" data-matching=move || matching.get().to_string()>
                {move || td_string!(locale, review_matching, matching = matching.get())}
            </p>
            <ul class="status-chips">
                {ApplicationState::ALL.map(|state| {
                    let count = move || totals.with(|t| t.by_status.iter().find(|(s, _)| *s == state).map_or(0, |(_, n)| *n));
                    // The router's links mark any query of this path as current: the chip
                    // of the status filtered on is marked here instead.
                    let chosen = status_filtered == Some(state);
                    view! {
                        <li><a href=format!("/review/applications?status={}", state.key()) aria-current=chosen.then_some("true")>
                            {text::status(locale, state)} " " <span class="chip-count" data-count=state.key()>{count}</span>
                        </a></li>
                    }
                }).into_iter().collect_view()}
            </ul>
        </div>
        <QueueRows rows selected />
        <nav class="pager" aria-label=td_string!(locale, console_pages)>
            {previous.map(|href| view! { <A href=href attr:rel="prev" attr:class="button small">"← " {td_string!(locale, review_previous)}</A> })}
            <span>{format!("{current} / {pages}")}</span>
            {next.map(|href| view! { <A href=href attr:rel="next" attr:class="button small">{td_string!(locale, review_next)} " →"</A> })}
        </nav>
    }
}

fn sort(rows: &mut [app::api::QueueEntry], order: Option<QueueSort>) {
    match order {
        Some(QueueSort::Oldest) => rows.sort_by(|a, b| a.submitted_at.cmp(&b.submitted_at)),
        Some(QueueSort::Company) => rows.sort_by_key(|row| row.legal_name.to_lowercase()),
        Some(QueueSort::Newest) | None => rows.sort_by(|a, b| b.submitted_at.cmp(&a.submitted_at)),
    }
}

/// The queue's keys: `j` / `↓` next, `k` / `↑` previous, `Enter` or `o` opens, `/` searches.
fn keyboard(rows: RwSignal<Vec<app::api::QueueEntry>>, selected: RwSignal<Option<String>>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let navigate = use_navigate();
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            let typing = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
            if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let count = rows.with_untracked(Vec::len);
            let chosen = selected.get_untracked();
            let at = chosen
                .as_ref()
                .and_then(|c| rows.with_untracked(|r| r.iter().position(|row| &row.reference == c)));
            let reference_at = |i: usize| rows.with_untracked(|r| r.get(i).map(|row| row.reference.clone()));
            match ev.key().as_str() {
                "j" | "ArrowDown" if count > 0 => {
                    ev.prevent_default();
                    selected.set(reference_at(at.map_or(0, |i| (i + 1).min(count - 1))));
                }
                "k" | "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    selected.set(reference_at(at.map_or(0, |i| i.saturating_sub(1))));
                }
                "Enter" | "o" => {
                    if let Some(reference) = at.and(chosen) {
                        ev.prevent_default();
                        navigate(&format!("/review/applications/{reference}"), Default::default());
                    }
                }
                "/" => {
                    if let Some(search) = document()
                        .get_element_by_id("queue-search")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        ev.prevent_default();
                        let _ = search.focus();
                    }
                    // The search keeps the focus; the selected row must not take it back.
                    return;
                }
                _ => return,
            }
            // The selected row's link takes the focus (which scrolls it into view).
            if let Some(reference) = selected.get_untracked() {
                let link = document()
                    .query_selector(&format!(
                        "table.queue tbody tr[data-reference=\"{reference}\"] a.row-link"
                    ))
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(link) = link {
                    let _ = link.focus();
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (rows, selected);
}

#[component]
fn Shortcuts() -> impl IntoView {
    let locale = use_locale();
    view! {
        <aside class="shortcuts" aria-label=td_string!(locale, console_shortcuts)>
            <h2>{td_string!(locale, console_shortcuts)}</h2>
            <dl>
                <dt><kbd>"j"</kbd> " " <kbd>"↓"</kbd></dt><dd>{td_string!(locale, console_key_next)}</dd>
                <dt><kbd>"k"</kbd> " " <kbd>"↑"</kbd></dt><dd>{td_string!(locale, console_key_previous)}</dd>
                <dt><kbd>"Enter"</kbd> " " <kbd>"o"</kbd></dt><dd>{td_string!(locale, console_key_open)}</dd>
                <dt><kbd>"/"</kbd></dt><dd>{td_string!(locale, console_key_search)}</dd>
            </dl>
        </aside>
    }
}
