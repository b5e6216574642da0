//! A table of applications, for the queue and the dashboard. At 720 px and less each row
//! becomes a card (the stylesheet reads each cell's `data-label`).

use leptos::prelude::*;
use leptos_router::components::A;

use app::api::QueueEntry;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::{flag_badge, status_badge, tone_badge};
use crate::text;

#[component]
pub fn QueueRows(
    #[prop(into)] rows: Signal<Vec<QueueEntry>>,
    /// The application the keyboard is on, if any (by reference: live rows move).
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let (reference, company, requested, eligible, status, submitted) = (
        td_string!(locale, review_col_reference),
        td_string!(locale, review_col_company),
        td_string!(locale, review_col_requested),
        td_string!(locale, review_col_eligible),
        td_string!(locale, review_col_status),
        td_string!(locale, review_col_submitted),
    );
    view! {
        <Show
            when=move || rows.with(|rows| !rows.is_empty())
            fallback=move || view! { <p class="empty">{td_string!(locale, review_empty)}</p> }
        >
            <table class="data-table queue">
                <thead>
                    <tr>
                        <th scope="col">{reference}</th>
                        <th scope="col">{company}</th>
                        <th scope="col">{requested}</th>
                        <th scope="col">{eligible}</th>
                        <th scope="col">{status}</th>
                        <th scope="col">{submitted}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|row| (row.reference.clone(), row.version)
                        let(row)
                    >
                        {
                        let row_reference = row.reference.clone();
                        let mine = row.reference.clone();
                        let chosen = Memo::new(move |_| selected.with(|s| s.as_deref() == Some(mine.as_str())));
                        view! {
                        <tr
                            data-reference=row_reference.clone()
                            data-status=row.status.key()
                            class:selected=move || chosen.get()
                            aria-selected=move || chosen.get().then_some("true")
                        >
                            <td data-label=reference>
                                <A href=format!("/review/applications/{}", row.reference) attr:class="row-link reference">{row.reference.clone()}</A>
                            </td>
                            <td data-label=company class="company">
                                {row.legal_name.clone()}
                                {row.flags.iter().map(|&flag| view! { " " {flag_badge(text::queue_flag(locale, flag), flag.key())} }).collect_view()}
                            </td>
                            <td data-label=requested>{text::tier(locale, row.requested_tier)}</td>
                            <td data-label=eligible>
                                {if row.requested_eligible {
                                    tone_badge(td_string!(locale, console_meets), "green").into_any()
                                } else {
                                    tone_badge(td_string!(locale, console_short), "red").into_any()
                                }}
                            </td>
                            <td data-label=status>{status_badge(locale, row.status)}</td>
                            <td data-label=submitted>
                                <time datetime=row.submitted_at.clone()>{text::time(locale, &row.submitted_at)}</time>
                            </td>
                        </tr>
                        }
                        }
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
