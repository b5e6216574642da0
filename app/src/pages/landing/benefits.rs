use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

/// The public rights every partner shares.
#[component]
pub fn PublicBenefits() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="public-benefits" aria-labelledby="public-benefits-title">
            <h2 id="public-benefits-title">{t!(i18n, public_benefits_title)}</h2>
            <ul>
                <li>{t!(i18n, public_benefit_beta)}</li>
                <li>{t!(i18n, public_benefit_planning)}</li>
                <li>{t!(i18n, public_benefit_marketing)}</li>
                <li>{t!(i18n, public_benefit_support)}</li>
            </ul>
        </section>
    }
}
