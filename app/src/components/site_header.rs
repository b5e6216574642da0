use leptos::prelude::*;

use super::LanguageSwitch;
use crate::i18n::{t, use_i18n};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#content">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <a class="brand" href="/">{t!(i18n, site_name)}</a>
            <nav class="site-nav">
                <a href="/api/v1/policy">{t!(i18n, nav_policy_api)}</a>
                <LanguageSwitch />
            </nav>
        </header>
    }
}
