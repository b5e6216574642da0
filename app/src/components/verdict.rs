use leptos::prelude::*;

use crate::domain::{Evaluation, Tier};
use crate::i18n::{Locale, td_string};
use crate::phrases::{shortfall_text, tier_name};

/// One tier's verdict: eligible or not, the fee, and each shortfall in the page's language.
/// Used inside islands, so it renders plain strings and keeps one static shape.
#[component]
pub fn Verdict(
    locale: Locale,
    tier: Tier,
    evaluation: Memo<Option<Evaluation>>,
    #[prop(into)] highlighted: Signal<bool>,
) -> impl IntoView {
    let result = move || evaluation.with(|e| e.as_ref().map(|e| e.results.get(tier).clone()));
    let eligible = move || evaluation.with(|e| e.as_ref().is_some_and(|e| e.results.get(tier).eligible));
    let fee = move || evaluation.with(|e| e.as_ref().is_some_and(|e| e.results.get(tier).fee));
    view! {
        <li
            class="verdict"
            class:eligible=eligible
            class:requested=move || highlighted.get()
            data-tier=tier.key()
            data-eligible=move || eligible().to_string()
        >
            <span class="verdict-tier">{tier_name(locale, tier)}</span>
            <span class="requested-tag" hidden=move || !highlighted.get()>
                {td_string!(locale, panel_requested)}
            </span>
            <span class="verdict-badge">
                {move || if eligible() { td_string!(locale, eligible) } else { td_string!(locale, not_eligible) }}
            </span>
            <span class="fee" hidden=move || !fee()>{td_string!(locale, fee_applies)}</span>
            <ul class="shortfalls">
                {move || {
                    result()
                        .map(|r| r.shortfalls)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li
                                    data-requirement=s.requirement.to_string()
                                    data-required=s.required
                                    data-have=s.have
                                >
                                    {shortfall_text(locale, &s)}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </li>
    }
}
