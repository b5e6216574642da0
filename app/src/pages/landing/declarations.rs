use leptos::prelude::*;

use crate::components::DeclarationText;
use crate::domain::Declaration;
use crate::i18n::{t, use_i18n};

#[component]
pub fn Declarations() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="declarations" aria-labelledby="declarations-title">
            <h2 id="declarations-title">{t!(i18n, declarations_title)}</h2>
            <ol>
                {Declaration::BASE
                    .into_iter()
                    .map(|declaration| view! { <li><DeclarationText declaration /></li> })
                    .collect_view()}
            </ol>
            <p>{t!(i18n, declarations_extra)}</p>
        </section>
    }
}
