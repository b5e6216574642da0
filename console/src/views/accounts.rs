//! `/review/accounts` (admins): every staff account, adding one (its one-time set-password
//! link shown once, to copy), disabling and enabling, a new link to reset a password, and
//! the trail of every change with who made it.

use leptos::prelude::*;
use leptos_meta::Title;

use app::api::{Account, OneTimeLink, StaffAccounts};
use app::i18n::td_string;
use app::staff::Role;

use crate::context::{use_locale, use_staff};
use crate::parts::{Failure, FieldMessage, FormState, Outcome, tone_badge};
use crate::serverfns::accounts::{add_account, reset_password, review_accounts, set_account_disabled};
use crate::text;

#[component]
pub fn AccountsView() -> impl IntoView {
    let locale = use_locale();
    let refresh = RwSignal::new(0_u32);
    let link = RwSignal::new(None::<(String, OneTimeLink)>);
    let accounts = Resource::new(move || refresh.get(), |_| review_accounts());
    view! {
        <Title text=td_string!(locale, accounts_title) />
        <section class="page">
            <header class="page-header"><h1>{td_string!(locale, accounts_title)}</h1></header>
            {move || link.get().map(|(email, link)| view! { <LinkNotice email link /> })}
            <div class="record-grid">
                <div class="record-main">
                    <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                        {move || Suspend::new(async move {
                            match accounts.await {
                                Ok(accounts) => view! { <Accounts accounts refresh link /> }.into_any(),
                                Err(error) => view! { <Failure error /> }.into_any(),
                            }
                        })}
                    </Transition>
                </div>
                <aside class="record-side"><AddAccount refresh link /></aside>
            </div>
        </section>
    }
}

/// The one-time link, shown once: whoever has it sets the account's password.
#[component]
fn LinkNotice(email: String, link: OneTimeLink) -> impl IntoView {
    let locale = use_locale();
    let url = format!("{}{}", window().location().origin().unwrap_or_default(), link.path);
    view! {
        <div class="notice done" role="status" data-one-time-link="">
            <p><strong>{td_string!(locale, accounts_link_for)} " " {email}</strong></p>
            <p><code class="one-time-link">{url}</code></p>
            <p class="hint">{td_string!(locale, accounts_link_hint)} " " {text::time(locale, &link.expires_at)}</p>
        </div>
    }
}

#[component]
fn AddAccount(refresh: RwSignal<u32>, link: RwSignal<Option<(String, OneTimeLink)>>) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let (email, role) = (RwSignal::new(String::new()), RwSignal::new(Role::Reviewer));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let address = email.get_untracked();
        state.send(add_account(address.clone(), role.get_untracked()), move |made| {
            email.set(String::new());
            link.set(Some((address, made)));
            refresh.update(|n| *n += 1);
        });
    };
    view! {
        <form class="panel decision" data-action="add-account" on:submit=submit>
            <h2>{td_string!(locale, accounts_add_title)}</h2>
            <label class="field">
                <span>{td_string!(locale, login_email)}</span>
                <input id="account-email" type="email" required maxlength="254" bind:value=email />
                <FieldMessage state field="email" id="account-email-error" />
            </label>
            <label class="field">
                <span>{td_string!(locale, accounts_role)}</span>
                <select id="account-role" on:change=move |ev| {
                    role.set(if event_target_value(&ev) == "admin" { Role::Admin } else { Role::Reviewer })
                }>
                    <option value="reviewer" selected=true>{td_string!(locale, console_role_reviewer)}</option>
                    <option value="admin">{td_string!(locale, console_role_admin)}</option>
                </select>
            </label>
            <Outcome state />
            <button type="submit" class="button primary" disabled=move || state.pending.get()>{td_string!(locale, accounts_add_submit)}</button>
        </form>
    }
}

#[component]
fn Accounts(
    accounts: StaffAccounts,
    refresh: RwSignal<u32>,
    link: RwSignal<Option<(String, OneTimeLink)>>,
) -> impl IntoView {
    let locale = use_locale();
    let StaffAccounts { accounts, trail } = accounts;
    view! {
        <section class="panel">
            <table class="data-table accounts">
                <thead><tr>
                    <th scope="col">{td_string!(locale, login_email)}</th>
                    <th scope="col">{td_string!(locale, accounts_role)}</th>
                    <th scope="col">{td_string!(locale, accounts_state)}</th>
                    <th scope="col"><span class="visually-hidden">{td_string!(locale, console_actions)}</span></th>
                </tr></thead>
                <tbody>
                    {accounts.into_iter().map(|account| view! { <AccountRow account refresh link /> }).collect_view()}
                </tbody>
            </table>
        </section>
        <section class="panel">
            <h2>{td_string!(locale, accounts_trail)}</h2>
            <ol class="timeline" data-staff-trail="">
                {trail.into_iter().map(|e| view! {
                    <li data-kind=e.kind.clone()>
                        <span class="timeline-what">{staff_event(locale, &e.kind)} " · " {e.email}</span>
                        <span class="timeline-who">{e.actor}</span>
                        <time datetime=e.at.clone()>{text::time(locale, &e.at)}</time>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn AccountRow(
    account: Account,
    refresh: RwSignal<u32>,
    link: RwSignal<Option<(String, OneTimeLink)>>,
) -> impl IntoView {
    let locale = use_locale();
    let staff = use_staff();
    let state = FormState::default();
    let Account { id, email, role, disabled, two_factor, .. } = account;
    // An admin does not disable their own account: not offered (the server refuses it too).
    let own = {
        let email = email.clone();
        move || staff.0.get().and_then(Result::ok).is_some_and(|me| me.email == email)
    };
    let (shown, key) = (email.clone(), email.clone());
    let toggle =
        move |_| state.send(set_account_disabled(id, !disabled), move |()| refresh.update(|n| *n += 1));
    let reset = move |_| {
        let email = shown.clone();
        state.send(reset_password(id), move |made| {
            link.set(Some((email, made)));
            refresh.update(|n| *n += 1);
        });
    };
    let role_label = if role.includes(Role::Admin) {
        td_string!(locale, console_role_admin)
    } else {
        td_string!(locale, console_role_reviewer)
    };
    view! {
        <tr data-account=key data-disabled=disabled.to_string()>
            <td data-label=td_string!(locale, login_email)>{email}</td>
            <td data-label=td_string!(locale, accounts_role)>{role_label}</td>
            <td data-label=td_string!(locale, accounts_state)>
                {if disabled { tone_badge(td_string!(locale, accounts_disabled), "grey") } else { tone_badge(td_string!(locale, accounts_active), "green") }}
                {two_factor.then(|| view! { " " {tone_badge(td_string!(locale, accounts_two_factor), "blue")} })}
            </td>
            <td class="actions">
                <button type="button" class="button small" on:click=reset disabled=move || state.pending.get()>{td_string!(locale, accounts_reset)}</button>
                " "
                <Show when=move || !own()>
                    <button type="button" class=if disabled { "button small" } else { "button small danger" } on:click=toggle disabled=move || state.pending.get()>
                        {if disabled { td_string!(locale, accounts_enable) } else { td_string!(locale, accounts_disable) }}
                    </button>
                </Show>
                <Outcome state />
            </td>
        </tr>
    }
}

fn staff_event(locale: crate::context::Locale, kind: &str) -> &'static str {
    match kind {
        "added" => td_string!(locale, accounts_event_added),
        "disabled" => td_string!(locale, accounts_event_disabled),
        "enabled" => td_string!(locale, accounts_event_enabled),
        "password_link_issued" => td_string!(locale, accounts_event_link),
        "password_set" => td_string!(locale, accounts_event_set),
        "password_changed" => td_string!(locale, accounts_event_changed),
        "two_factor_enabled" => td_string!(locale, accounts_event_two_factor),
        "recovery_code_used" => td_string!(locale, accounts_event_recovery_code),
        "two_factor_reset" => td_string!(locale, accounts_event_two_factor_reset),
        _ => td_string!(locale, console_refused_other),
    }
}
