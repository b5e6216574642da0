//! The versions the applicant submitted: each with its date, its verdict for the tier asked
//! for, the answer that came with it and what changed since the one before; and what changed
//! between any two. Reloaded when the application gets a new version.

use leptos::prelude::*;

use app::api::{ApplicationReview, VersionChange};
use app::domain::Declaration;
use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::tone_badge;
use crate::serverfns::review::{application_versions, compare_versions};
use crate::text;

#[component]
pub fn Versions(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    let reference = current.with_untracked(|r| r.reference.clone());
    // A new version arrives with a resubmission (the status says so); decisions add none.
    let history_size = Memo::new(move |_| current.with(|r| r.history.len()));
    let key = reference.clone();
    let versions = Resource::new(move || (key.clone(), history_size.get()), |(r, _)| application_versions(r));
    let (from, to) = (RwSignal::new(1_i64), RwSignal::new(1_i64));
    let compared = RwSignal::new(None::<Vec<VersionChange>>);
    let reference = StoredValue::new(reference);
    let compare = move |_| {
        let reference = reference.get_value();
        leptos::task::spawn_local(async move {
            if let Ok(found) = compare_versions(reference, from.get_untracked(), to.get_untracked()).await {
                compared.set(Some(found));
            }
        });
    };
    view! {
        <section class="panel versions" aria-labelledby="versions-title">
            <h2 id="versions-title">{td_string!(locale, console_versions)}</h2>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    let Ok(all) = versions.await else { return view! { <p class="hint">"—"</p> }.into_any() };
                    let last = all.last().map_or(1, |v| v.number);
                    to.set(last);
                    from.set((last - 1).max(1));
                    let numbers: Vec<i64> = all.iter().map(|v| v.number).collect();
                    let options = move |chosen: RwSignal<i64>| numbers.iter().map(|&n| view! {
                        <option value=n.to_string() selected=move || chosen.get() == n>{format!("v{n}")}</option>
                    }).collect_view();
                    view! {
                        <ol class="version-list">
                            {all.into_iter().rev().map(|v| {
                                let tone = if v.requested_eligible { "green" } else { "red" };
                                let verdict = if v.requested_eligible { td_string!(locale, console_meets) } else { td_string!(locale, console_short) };
                                view! {
                                    <li data-version=v.number>
                                        <p>
                                            <strong>{format!("v{}", v.number)}</strong> " · "
                                            <time datetime=v.submitted_at.clone()>{text::time(locale, &v.submitted_at)}</time> " · "
                                            {text::tier(locale, v.requested_tier)} " " {tone_badge(verdict, tone)}
                                        </p>
                                        {v.answer.map(|answer| view! { <blockquote class="prose">{answer}</blockquote> })}
                                        {(v.number > 1).then(|| view! { <Changes changes=v.changes /> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        {(last > 1).then(|| view! {
                            <div class="version-compare">
                                <label>{td_string!(locale, console_compare_from)} " "
                                    <select id="compare-from" on:change=move |ev| from.set(event_target_value(&ev).parse().unwrap_or(1))>{options.clone()(from)}</select>
                                </label>
                                <label>{td_string!(locale, console_compare_to)} " "
                                    <select id="compare-to" on:change=move |ev| to.set(event_target_value(&ev).parse().unwrap_or(1))>{options(to)}</select>
                                </label>
                                <button type="button" class="button small" on:click=compare>{td_string!(locale, console_compare)}</button>
                            </div>
                        })}
                    }.into_any()
                })}
            </Transition>
            {move || compared.get().map(|changes| view! { <div data-compared="">{view! { <Changes changes /> }}</div> })}
        </section>
    }
}

/// Each difference as its field, its value before, and its value after.
#[component]
fn Changes(changes: Vec<VersionChange>) -> impl IntoView {
    let locale = use_locale();
    if changes.is_empty() {
        return view! { <p class="hint">{td_string!(locale, console_no_changes)}</p> }.into_any();
    }
    view! {
        <ul class="changes">
            {changes.into_iter().map(|c| view! {
                <li data-field=c.field.clone()>
                    <span class="change-field">{field(locale, &c.field)}</span> ": "
                    <del>{c.from.unwrap_or_else(|| "—".to_owned())}</del> " → "
                    <ins>{c.to.unwrap_or_else(|| "—".to_owned())}</ins>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A changed field in the reader's words.
fn field(locale: crate::context::Locale, key: &str) -> String {
    let label = match key {
        "category" => td_string!(locale, field_category),
        "enterprise_level" => td_string!(locale, partners_col_level),
        "brand_description" => td_string!(locale, field_brand_description),
        "company.legal_name" => td_string!(locale, field_legal_name),
        "company.registration_number" => td_string!(locale, field_registration_number),
        "company.country" => td_string!(locale, field_country),
        "company.website" => td_string!(locale, field_website),
        "company.contact_name" => td_string!(locale, field_contact_name),
        "company.email" => td_string!(locale, field_email),
        "company.phone" => td_string!(locale, field_phone),
        other => {
            if let Some(id) = other.strip_prefix("engineers.") {
                return format!("{} {id}", td_string!(locale, col_certificate));
            }
            let declaration = other.strip_prefix("declarations.").and_then(Declaration::from_key);
            return declaration.map_or_else(|| other.to_owned(), |d| text::declaration(locale, d).to_owned());
        }
    };
    label.to_owned()
}
