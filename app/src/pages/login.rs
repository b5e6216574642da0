//! `/login`: staff sign in. A plain form posting to `POST /login`: no WASM needed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{t, use_i18n};
use crate::staff::current_principal;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let (password_set, password_changed) =
        query.with_untracked(|q| (q.get("password_set").is_some(), q.get("password_changed").is_some()));
    let (failed, unavailable, signed_out, next) = query.with_untracked(|q| {
        (
            q.get("failed").is_some(),
            q.get("unavailable").is_some(),
            q.get("signed_out").is_some(),
            crate::local_path::local_path_or(q.get("next").as_deref(), "/review").to_owned(),
        )
    });
    view! {
        <section class="login">
            <h1>{t!(i18n, login_title)}</h1>
            {current_principal().map(|p| view! {
                <p class="hint">{t!(i18n, login_signed_in_as)} " " <strong>{p.email}</strong> " · " <a href="/review">{t!(i18n, review_title)}</a></p>
            })}
            {failed.then(|| view! { <p class="warning" role="alert">{t!(i18n, login_failed)}</p> })}
            {unavailable.then(|| view! { <p class="warning" role="alert">{t!(i18n, login_unavailable)}</p> })}
            {signed_out.then(|| view! { <p class="hint" role="status">{t!(i18n, login_signed_out)}</p> })}
            {password_set.then(|| view! { <p class="hint" role="status">{t!(i18n, login_password_set)}</p> })}
            {password_changed.then(|| view! { <p class="hint" role="status">{t!(i18n, login_password_changed)}</p> })}
            <form class="login-form" method="post" action="/login">
                <input type="hidden" name="next" value=next />
                <div class="field">
                    <label for="email">{t!(i18n, login_email)}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required />
                </div>
                <div class="field">
                    <label for="password">{t!(i18n, login_password)}</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required />
                </div>
                <button type="submit" class="button primary">{t!(i18n, login_submit)}</button>
            </form>
        </section>
    }
}
