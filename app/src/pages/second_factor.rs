//! The second step of a staff sign-in: a code from the authenticator app (`/login/code`),
//! setting one up (`/login/enrol`), and the recovery codes shown once
//! (`/login/recovery-codes`). Plain forms posting to the same paths: no WASM needed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{t, t_string, use_i18n};
use crate::staff::{SecondFactorStep, second_factor_step};

/// The step expired or was never started: back to the password.
#[component]
fn StartAgain() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="login">
            <h1>{t!(i18n, second_factor_title)}</h1>
            <p class="warning" role="alert">{t!(i18n, second_factor_expired)}</p>
            <p><a class="button primary" href="/login">{t!(i18n, second_factor_start_again)}</a></p>
        </section>
    }
}

#[component]
fn Failed() -> impl IntoView {
    let i18n = use_i18n();
    let failed = use_query_map().with_untracked(|q| q.get("failed").is_some());
    failed.then(|| view! { <p class="warning" role="alert">{t!(i18n, second_factor_failed)}</p> })
}

#[component]
fn CodeField() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="code">{t!(i18n, second_factor_code)}</label>
            <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                maxlength="40" spellcheck="false" autocapitalize="off" required autofocus />
        </div>
    }
}

#[component]
pub fn SecondFactorCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(SecondFactorStep::Code { email }) = second_factor_step() else {
        return view! { <StartAgain /> }.into_any();
    };
    view! {
        <section class="login">
            <h1>{t!(i18n, second_factor_title)}</h1>
            <p class="hint">{t!(i18n, second_factor_code_intro)} " " <strong>{email}</strong></p>
            <Failed />
            <form class="login-form" method="post" action="/login/code">
                <CodeField />
                <p class="hint">{t!(i18n, second_factor_recovery_hint)}</p>
                <button type="submit" class="button primary">{t!(i18n, second_factor_submit)}</button>
            </form>
        </section>
    }
    .into_any()
}

/// The key in groups of four, as authenticator apps show it, for typing in by hand.
fn grouped(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

#[component]
pub fn EnrolPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(SecondFactorStep::Enrol { email, secret }) = second_factor_step() else {
        return view! { <StartAgain /> }.into_any();
    };
    let key = grouped(&secret);
    view! {
        <section class="login enrol">
            <h1>{t!(i18n, enrol_title)}</h1>
            <p class="hint">{t!(i18n, enrol_intro)} " " <strong>{email}</strong></p>
            <Failed />
            <ol class="enrol-steps">
                <li>
                    <p>{t!(i18n, enrol_scan)}</p>
                    <img class="enrol-qr" src="/login/enrol/qr.svg" width="220" height="220" alt=move || t_string!(i18n, enrol_qr_alt) />
                    <p class="hint">{t!(i18n, enrol_key)}</p>
                    <code class="enrol-key" data-secret=secret>{key}</code>
                </li>
                <li>
                    <form class="login-form" method="post" action="/login/enrol">
                        <CodeField />
                        <button type="submit" class="button primary">{t!(i18n, enrol_submit)}</button>
                    </form>
                </li>
            </ol>
        </section>
    }
    .into_any()
}

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(SecondFactorStep::RecoveryCodes { codes }) = second_factor_step() else {
        return view! { <StartAgain /> }.into_any();
    };
    view! {
        <section class="login recovery">
            <h1>{t!(i18n, recovery_title)}</h1>
            <p>{t!(i18n, recovery_intro)}</p>
            <ul class="recovery-codes">
                {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
            </ul>
            <form class="login-form" method="post" action="/login/recovery-codes">
                <button type="submit" class="button primary">{t!(i18n, recovery_kept)}</button>
            </form>
        </section>
    }
    .into_any()
}
