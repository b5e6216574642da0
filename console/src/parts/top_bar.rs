use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use app::i18n::td_string;

use crate::context::{Locale, use_locale, use_staff};
use crate::live::use_live_feed;

/// The console's bar: where one is (the current view marked), the live stream's state, the
/// language, who is signed in, and signing out.
#[component]
pub fn TopBar() -> impl IntoView {
    let locale = use_locale();
    let staff = use_staff();
    let live = use_live_feed();
    let location = use_location();
    let here = move || {
        let (path, query) = (location.pathname.get(), location.search.get());
        let page = if query.is_empty() { path } else { format!("{path}?{query}") };
        utf8_percent_encode(&page, NON_ALPHANUMERIC).to_string()
    };
    let language = move |to: Locale, code: &'static str, label: &'static str| {
        view! {
            <a
                href=move || format!("/lang/{to}?next={}", here())
                rel="external"
                hreflang=code
                lang=code
                aria-current=(locale == to).then_some("true")
            >
                {label}
            </a>
        }
    };
    view! {
        <header class="console-bar">
            <A href="/review" attr:class="console-brand">
                <span class="console-brand-name">{td_string!(locale, site_name)}</span>
                <span class="console-brand-tag">{td_string!(locale, console_name)}</span>
            </A>
            <nav class="console-tabs" aria-label=td_string!(locale, console_nav_label)>
                <A href="/review" exact=true>{td_string!(locale, console_nav_dashboard)}</A>
                <A href="/review/applications">{td_string!(locale, review_nav_applications)}</A>
                <A href="/review/partners">{td_string!(locale, review_nav_partners)}</A>
                <A href="/review/audits">{td_string!(locale, review_nav_audits)}</A>
                <Suspense>
                    {move || staff.is_admin().then(|| view! {
                        <A href="/review/integrations">{td_string!(locale, review_nav_integrations)}</A>
                        <A href="/review/accounts">{td_string!(locale, accounts_title)}</A>
                    })}
                </Suspense>
            </nav>
            <div class="console-tools">
                <span
                    class="live-state"
                    data-live=move || if live.connected.get() { "connected" } else { "connecting" }
                    title=move || if live.connected.get() { td_string!(locale, console_live_on) } else { td_string!(locale, console_live_off) }
                >
                    <span class="live-dot" aria-hidden="true"></span>
                    <span class="live-label">{move || if live.connected.get() { td_string!(locale, console_live) } else { td_string!(locale, console_live_off) }}</span>
                </span>
                <span class="language-switch" role="group" aria-label=td_string!(locale, language_label)>
                    {language(Locale::en, "en", "EN")}
                    {language(Locale::zh, "zh-Hans", "中文")}
                </span>
                <Suspense>
                    {move || staff.0.get().and_then(Result::ok).map(|member| {
                        let role = if member.role.includes(app::staff::Role::Admin) {
                            td_string!(locale, console_role_admin)
                        } else {
                            td_string!(locale, console_role_reviewer)
                        };
                        let (email, title) = (member.email.clone(), member.email);
                        view! {
                            <span class="staff-chip" title=title>
                                <A href="/review/password" attr:class="staff-email" attr:title=td_string!(locale, password_title)>{email}</A>
                                <span class="badge grey">{role}</span>
                            </span>
                        }
                    })}
                </Suspense>
                <form method="post" action="/logout" class="sign-out">
                    <button type="submit" class="button small">{td_string!(locale, logout)}</button>
                </form>
            </div>
        </header>
    }
}
