use leptos::prelude::*;
use leptos_meta::Title;

use app::i18n::td_string;

use crate::context::use_locale;

#[component]
pub fn NotFoundView() -> impl IntoView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=td_string!(locale, not_found_title) />
        <section class="page">
            <h1>{td_string!(locale, not_found_title)}</h1>
            <p>{td_string!(locale, review_not_found)}</p>
        </section>
    }
}
