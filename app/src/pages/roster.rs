//! `/status/{reference}/roster?token=…`: a partner updates its certified engineers, with the
//! wizard's table and live eligibility panel; a reviewer confirms the change.

use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::i18n::{td_string, use_i18n};
use crate::serverfns::applications::partner_roster;
use crate::wizard::{Resubmitting, RosterEditor};

#[component]
pub fn RosterPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let params = use_params_map();
    let query = use_query_map();
    let reference = params.with_untracked(|p| p.get("reference").unwrap_or_default());
    let (token, invalid) = query.with_untracked(|q| (q.get("token").unwrap_or_default(), q.get("invalid")));
    // Awaited directly, not through a Resource: the page around the island is server-only.
    let link = StoredValue::new((reference, token));
    view! {
        <Meta name="referrer" content="no-referrer" />
        <section class="apply">
            <h1>{td_string!(locale, roster_title)}</h1>
            {invalid.map(|field| view! { <p class="warning" role="alert">{td_string!(locale, roster_invalid)} " " {field}</p> })}
            <Suspense>
                {move || Suspend::new(async move {
                    let (reference, token) = link.get_value();
                    match partner_roster(reference.clone(), token.clone()).await {
                        Ok(found) => {
                            let action = format!("/status/{reference}/roster");
                            view! {
                                <p class="lead">{td_string!(locale, roster_intro)}</p>
                                {found.pending.then(|| view! { <p class="hint">{td_string!(locale, roster_pending_note)}</p> })}
                                <form class="roster-update" method="post" action=action>
                                    <input type="hidden" name="token" value=token />
                                    // The form's default button (Enter in a field): sending, not
                                    // the roster's first Remove or Add button.
                                    <button type="submit" hidden></button>
                                    <RosterEditor locale start=Resubmitting { reference, token: String::new(), request: found.request } />
                                    <label for="roster-note">{td_string!(locale, roster_note)}</label>
                                    <textarea id="roster-note" name="note" rows="3" maxlength="2000"></textarea>
                                    <p><button type="submit" class="button primary">{td_string!(locale, roster_send)}</button></p>
                                </form>
                            }
                            .into_any()
                        }
                        Err(_) => view! {
                            <crate::pages::NotFoundStatus />
                            <p role="alert">{td_string!(locale, roster_not_allowed)}</p>
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
