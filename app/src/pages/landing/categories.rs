use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

/// The four categories with their descriptions and exclusive benefits (from the overview).
#[component]
pub fn Categories() -> impl IntoView {
    let i18n = use_i18n();
    let card = |title: AnyView, text: AnyView, benefits: AnyView| {
        view! {
            <article class="card">
                <h3>{title}</h3>
                <p>{text}</p>
                <h4>{t!(i18n, exclusive_benefits)}</h4>
                <p class="benefits">{benefits}</p>
            </article>
        }
    };
    view! {
        <section class="categories" aria-labelledby="categories-title">
            <h2 id="categories-title">{t!(i18n, categories_title)}</h2>
            <div class="cards">
                {card(
                    t!(i18n, category_enterprise).into_any(),
                    t!(i18n, category_enterprise_text).into_any(),
                    t!(i18n, benefit_technical).into_any(),
                )}
                {card(
                    t!(i18n, category_community).into_any(),
                    t!(i18n, category_community_text).into_any(),
                    t!(i18n, benefit_technical).into_any(),
                )}
                {card(
                    t!(i18n, category_education).into_any(),
                    t!(i18n, category_education_text).into_any(),
                    t!(i18n, benefit_education).into_any(),
                )}
                {card(
                    t!(i18n, category_brand).into_any(),
                    t!(i18n, category_brand_text).into_any(),
                    t!(i18n, benefit_brand).into_any(),
                )}
            </div>
        </section>
    }
}
