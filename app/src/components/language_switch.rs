use leptos::prelude::*;
use leptos_router::hooks::use_location;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use crate::i18n::{Locale, t_string, use_i18n};

/// Plain links to the server's `/lang/{locale}` route, which remembers the choice in the
/// language cookie and comes back to this very page (query included: a status link keeps its
/// token): works with or without JavaScript, and keeps language switching out of the WASM.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || {
        let (path, query) = (location.pathname.get(), location.search.get());
        let page = if query.is_empty() { path } else { format!("{path}?{query}") };
        utf8_percent_encode(&page, NON_ALPHANUMERIC).to_string()
    };
    let link = move |locale: Locale, code: &'static str, label: &'static str| {
        let current = move || i18n.get_locale() == locale;
        view! {
            <a
                href=move || format!("/lang/{locale}?next={}", here())
                hreflang=code
                lang=code
                aria-current=move || current().then_some("true")
            >
                {label}
            </a>
        }
    };
    view! {
        <span class="language-switch" role="group" aria-label=move || t_string!(i18n, language_label)>
            {link(Locale::en, "en", "English")}
            {link(Locale::zh, "zh-Hans", "中文")}
        </span>
    }
}
