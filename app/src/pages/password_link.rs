//! `/account/password?token=…`: a staff member sets their password with the one-time link an
//! admin gave them. A plain form posting to `POST /account/password`: no WASM needed.

use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

use crate::i18n::{t, use_i18n};

#[component]
pub fn PasswordLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let (token, invalid, expired, failed) = query.with_untracked(|q| {
        (
            q.get("token").unwrap_or_default(),
            q.get("invalid"),
            q.get("refused").is_some(),
            q.get("failed").is_some(),
        )
    });
    let problem = invalid.map(|field| match field.as_str() {
        "confirm" => t!(i18n, password_link_mismatch).into_any(),
        _ => t!(i18n, password_link_too_short).into_any(),
    });
    view! {
        // The token is in the address: it must not leave with a link followed from here.
        <Meta name="referrer" content="no-referrer" />
        <section class="login">
            <h1>{t!(i18n, password_link_title)}</h1>
            {expired.then(|| view! { <p class="warning" role="alert">{t!(i18n, password_link_expired)}</p> })}
            {problem.map(|p| view! { <p class="warning" role="alert">{p}</p> })}
            {failed.then(|| view! { <p class="warning" role="alert">{t!(i18n, login_unavailable)}</p> })}
            <form class="login-form" method="post" action="/account/password">
                <input type="hidden" name="token" value=token />
                <div class="field">
                    <label for="new-password">{t!(i18n, password_link_new)}</label>
                    <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                    <p class="hint">{t!(i18n, password_link_hint)}</p>
                </div>
                <div class="field">
                    <label for="confirm-password">{t!(i18n, password_link_confirm)}</label>
                    <input id="confirm-password" name="confirm" type="password" autocomplete="new-password" minlength="12" required />
                </div>
                <button type="submit" class="button primary">{t!(i18n, password_link_submit)}</button>
            </form>
        </section>
    }
}
