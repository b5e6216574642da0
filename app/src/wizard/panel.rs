use leptos::prelude::*;

use crate::components::Verdict;
use crate::domain::{Evaluation, Tier};
use crate::i18n::{Locale, td_string};
use crate::phrases::tier_name;

/// The live eligibility panel beside every step, recomputed in the browser on each change:
/// the partnership asked for first and unfolded, every other one folded to a line.
#[component]
pub fn EligibilityPanel(locale: Locale, evaluation: Memo<Option<Evaluation>>) -> impl IntoView {
    let requested = move || evaluation.with(|e| e.as_ref().and_then(|e| e.requested));
    // A step up is worth mentioning only once the partnership asked for is met.
    let upgrade = move || {
        evaluation.with(|e| {
            e.as_ref()
                .filter(|e| e.requested.is_some_and(|tier| e.results.get(tier).eligible))
                .and_then(|e| e.nearest_upgrade.clone())
        })
    };
    let upgrade_text = move || {
        upgrade()
            .map(|upgrade| {
                let ready = if upgrade.eligible { td_string!(locale, panel_upgrade_ready) } else { "" };
                format!("{} {} {ready}", td_string!(locale, panel_upgrade), tier_name(locale, upgrade.to))
            })
            .unwrap_or_default()
    };
    let duplicates = move || {
        evaluation.with(|e| e.as_ref().map(|e| e.duplicate_certificate_ids.join(", ")).unwrap_or_default())
    };
    view! {
        <aside class="eligibility-panel" aria-labelledby="panel-title">
            <h2 id="panel-title">{td_string!(locale, panel_title)}</h2>
            <p class="hint" hidden=move || requested().is_some()>{td_string!(locale, panel_choose)}</p>
            <p class="duplicates" id="panel-duplicates" role="status" hidden=move || duplicates().is_empty()>
                {move || td_string!(locale, panel_duplicates, ids = duplicates()).to_string()}
            </p>
            <ul class="verdicts" aria-live="polite">
                {Tier::ALL
                    .into_iter()
                    .map(|tier| {
                        let highlighted = Signal::derive(move || requested() == Some(tier));
                        view! { <Verdict locale tier evaluation highlighted open=highlighted /> }
                    })
                    .collect_view()}
            </ul>
            <p
                class="upgrade"
                aria-live="polite"
                hidden=move || upgrade().is_none()
                data-upgrade=move || upgrade().map(|u| u.to.key())
            >
                {upgrade_text}
            </p>
        </aside>
    }
}
