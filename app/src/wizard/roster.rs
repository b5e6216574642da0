//! `/status/{reference}/roster`'s island: a partner's certified engineers in the wizard's
//! table, with the same live eligibility panel. The page around it is a plain form (token,
//! note, send button, all server-rendered); the island keeps the edited roster in the form's
//! hidden `request` field. It reuses the wizard's parts and hydrates as little as it can,
//! because the applicant's WASM has a budget.

use leptos::prelude::*;

use super::draft::{Step, WizardDraft};
use super::panel::EligibilityPanel;
use super::steps::EngineersStep;
use super::{Resubmitting, WizardContext};
use crate::i18n::Locale;

/// Local storage key of a partner's roster edits.
fn storage_key(reference: &str) -> String {
    format!("partner-portal.roster.{reference}.v1")
}

/// `start` is the partner's application link and roster: the same props type as the
/// wizard's resubmission, so the WASM carries one decoder for both.
// An island in the applicants' bundle and on the server; elsewhere (the console's bundle,
// which links this crate for its types) a plain component, so its code is not exported there.
#[cfg_attr(any(feature = "hydrate", feature = "ssr"), island)]
#[cfg_attr(not(any(feature = "hydrate", feature = "ssr")), component)]
pub fn RosterEditor(locale: Locale, start: Resubmitting) -> impl IntoView {
    let Resubmitting { reference, request, .. } = start;
    let initial = StoredValue::new(WizardDraft { step: Step::Engineers, request, ..Default::default() });
    let (wizard, evaluation, live) =
        WizardContext::start(locale, storage_key(&reference), initial, None, None);
    let draft = wizard.draft;
    // Every rule is shown as soon as it is broken: there is no later page to reach.
    wizard.attempt(Step::Engineers);
    // The whole draft, as local storage keeps it (one serializer for both); the server reads
    // its `request`.
    let request = move || draft.with(|d| serde_json::to_string(d).unwrap_or_default());
    view! {
        <div class="wizard" data-live=move || live.get().to_string()>
            <input type="hidden" name="request" prop:value=request />
            <EngineersStep wizard hidden=Signal::derive(|| false) />
            <EligibilityPanel locale evaluation />
        </div>
    }
}
