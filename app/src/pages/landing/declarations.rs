use leptos::prelude::*;

use crate::domain::Declaration;
use crate::i18n::{t, use_i18n};
use crate::phrases::declaration_text;

#[component]
pub fn Declarations() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    view! {
        <section class="declarations" aria-labelledby="declarations-title">
            <h2 id="declarations-title">{t!(i18n, declarations_title)}</h2>
            <ol>
                {Declaration::BASE
                    .into_iter()
                    .map(|declaration| view! { <li>{declaration_text(locale, declaration)}</li> })
                    .collect_view()}
            </ol>
            <p>{t!(i18n, declarations_extra)}</p>
        </section>
    }
}
