use leptos::prelude::*;

use crate::domain::{Evaluation, Shortfall, Tier};
use crate::i18n::{Locale, td_string};
use crate::phrases::{shortfall_text, tier_name};

/// One tier's verdict: a summary line (the tier, eligible or not, and when folded the first
/// thing missing), then the fee and each shortfall in the page's language. Used inside
/// islands, so it renders plain strings and keeps one static shape.
#[component]
pub fn Verdict(
    locale: Locale,
    tier: Tier,
    evaluation: Memo<Option<Evaluation>>,
    /// The partnership the applicant asked for: marked, and shown first.
    #[prop(into)]
    highlighted: Signal<bool>,
    /// Unfolded (the reader can still fold and unfold it).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let shortfalls = move || {
        evaluation.with(|e| e.as_ref().map(|e| e.results.get(tier).shortfalls.clone()).unwrap_or_default())
    };
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
            <details open=move || open.get()>
                <summary>
                    <span class="verdict-tier">{tier_name(locale, tier)}</span>
                    <span class="requested-tag" hidden=move || !highlighted.get()>
                        {td_string!(locale, panel_requested)}
                    </span>
                    <span class="verdict-badge">
                        {move || if eligible() { td_string!(locale, eligible) } else { td_string!(locale, not_eligible) }}
                    </span>
                    <span class="verdict-gist">{move || gist(locale, &shortfalls())}</span>
                </summary>
                <p class="fee" hidden=move || !fee()>{td_string!(locale, fee_applies)}</p>
                <ul class="shortfalls">
                    {move || {
                        shortfalls()
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
            </details>
        </li>
    }
}

/// A folded verdict's one line: the first thing missing (the list shows them all).
fn gist(locale: Locale, shortfalls: &[Shortfall]) -> String {
    shortfalls.first().map(|first| shortfall_text(locale, first)).unwrap_or_default()
}
