use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <NotFoundStatus />
        <section class="not-found">
            <h1>{t!(i18n, not_found_title)}</h1>
            <p>{t!(i18n, not_found_text)}</p>
            <p><a href="/">{t!(i18n, back_home)}</a></p>
        </section>
    }
}

/// Makes the page being rendered answer 404. Renders nothing; does nothing in the browser.
#[component]
pub fn NotFoundStatus() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
}
