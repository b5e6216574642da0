//! `/review/password`: every staff member changes their own password (the current one
//! first); they then sign in again with the new one, here and everywhere else.

use leptos::prelude::*;
use leptos_meta::Title;

use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::{FieldMessage, FormState, Outcome};
use crate::serverfns::accounts::change_own_password;

#[component]
pub fn PasswordView() -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let (current, new, confirm) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let mismatch = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if new.get_untracked() != confirm.get_untracked() {
            mismatch.set(true);
            return;
        }
        mismatch.set(false);
        state.send(change_own_password(current.get_untracked(), new.get_untracked()), |()| {
            // Every session of the account ended with the change, this one too.
            let _ = window().location().set_href("/login?password_changed=1");
        });
    };
    view! {
        <Title text=td_string!(locale, password_title) />
        <section class="page">
            <header class="page-header"><h1>{td_string!(locale, password_title)}</h1></header>
            <form class="panel decision narrow" data-action="change-password" on:submit=submit>
                <label class="field">
                    <span>{td_string!(locale, password_current)}</span>
                    <input id="current-password" type="password" autocomplete="current-password" required bind:value=current />
                    <FieldMessage state field="current_password" id="current-password-error" />
                </label>
                <label class="field">
                    <span>{td_string!(locale, password_link_new)}</span>
                    <input id="new-password" type="password" autocomplete="new-password" minlength="12" required bind:value=new />
                    <FieldMessage state field="password" id="new-password-error" />
                    <span class="hint">{td_string!(locale, password_link_hint)}</span>
                </label>
                <label class="field">
                    <span>{td_string!(locale, password_link_confirm)}</span>
                    <input id="confirm-password" type="password" autocomplete="new-password" minlength="12" required bind:value=confirm />
                    <Show when=move || mismatch.get()>
                        <span class="field-error" role="status">{td_string!(locale, password_link_mismatch)}</span>
                    </Show>
                </label>
                <Outcome state />
                <button type="submit" class="button primary" disabled=move || state.pending.get()>{td_string!(locale, password_change_submit)}</button>
            </form>
        </section>
    }
}
