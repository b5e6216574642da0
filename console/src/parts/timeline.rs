use leptos::prelude::*;

use app::api::HistoryEntry;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::text;

/// A record's history, newest first: what, who, when, why.
#[component]
pub fn Timeline(#[prop(into)] entries: Signal<Vec<HistoryEntry>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="panel">
            <h2>{td_string!(locale, review_audit)}</h2>
            <ol class="timeline">
                {move || entries.get().into_iter().rev().map(|entry| {
                    // The system's entries are worded from their values; a person's words are quoted.
                    let (line, quote) = match &entry.detail {
                        Some(detail) => {
                            let (line, quote) = text::history_detail(locale, detail);
                            (Some(line), quote)
                        }
                        None => (None, entry.note.clone()),
                    };
                    view! {
                        <li data-kind=entry.kind.key()>
                            <span class="timeline-what">
                                {text::history(locale, entry.kind)}
                                {entry.version.map(|v| view! { " " <span class="version-tag" data-on-version=v title=td_string!(locale, console_on_version)>{format!("v{v}")}</span> })}
                            </span>
                            <span class="timeline-who">{text::actor(locale, &entry.actor)}</span>
                            <time datetime=entry.at.clone()>{text::time(locale, &entry.at)}</time>
                            {line.map(|line| view! { <span class="timeline-detail">{line}</span> })}
                            {quote.map(|note| view! { <blockquote>{note}</blockquote> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
