//! `/`: what the programme offers, what it asks, and a live check of where you stand.

mod benefits;
mod categories;
mod declarations;
mod hero;
mod requirements_table;

use leptos::prelude::*;

use crate::components::QuickCheck;
use crate::i18n::{t, use_i18n};

#[component]
pub fn LandingPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <hero::Hero />
        <categories::Categories />
        <benefits::PublicBenefits />
        <requirements_table::RequirementsTable />
        <section id="quick-check" class="quick-check" aria-labelledby="quick-check-title">
            <h2 id="quick-check-title">{t!(i18n, check_title)}</h2>
            <p>{t!(i18n, check_intro)}</p>
            <QuickCheck locale=i18n.get_locale_untracked() />
        </section>
        <declarations::Declarations />
        <footer class="site-footer">
            <p>{t!(i18n, footer_note)}</p>
        </footer>
    }
}
