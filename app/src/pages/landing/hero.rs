use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

#[component]
pub fn Hero() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="hero">
            <h1>{t!(i18n, hero_title)}</h1>
            <p class="lead">{t!(i18n, hero_lead)}</p>
            <p class="actions">
                <a class="button primary" href="/apply">{t!(i18n, start_application)}</a>
                <a class="button" href="#quick-check">{t!(i18n, hero_start)}</a>
                <a class="button" href="#requirements">{t!(i18n, hero_requirements)}</a>
            </p>
        </section>
    }
}
