use leptos::prelude::*;

use crate::domain::Tier;
use crate::i18n::{t, use_i18n};

/// A tier's name in the page's language.
#[component]
pub fn TierLabel(tier: Tier) -> impl IntoView {
    let i18n = use_i18n();
    match tier {
        Tier::EnterpriseTrial => t!(i18n, tier_enterprise_trial).into_any(),
        Tier::Enterprise => t!(i18n, tier_enterprise).into_any(),
        Tier::Community => t!(i18n, tier_community).into_any(),
        Tier::Education => t!(i18n, tier_education).into_any(),
        Tier::Brand => t!(i18n, tier_brand).into_any(),
    }
}
