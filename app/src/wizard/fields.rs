//! Form fields with their error beside them, in the page's language.

use leptos::prelude::*;

use super::WizardContext;
use crate::phrases::error_text;

/// The element id for the message about `field` (a wire path such as `engineers[0].name`).
pub fn error_id(field: &str) -> String {
    format!("{}-error", field.replace(['[', ']', '.'], "-"))
}

/// The message about `field`, if there is one to show; announced when it appears.
#[component]
pub fn FieldMessage(wizard: WizardContext, field: String) -> impl IntoView {
    let id = error_id(&field);
    view! {
        <span class="field-error" id=id role="alert">
            {move || wizard.error_for(&field).map(|error| error_text(wizard.locale, &error)).unwrap_or_default()}
        </span>
    }
}

/// How a text field reads and writes its part of the draft.
#[derive(Clone, Copy)]
pub struct Binding {
    pub get: fn(&super::WizardDraft) -> Option<&String>,
    pub set: fn(&mut super::WizardDraft, String),
}

/// A labelled one-line text input bound to a part of the draft.
#[component]
pub fn TextField(
    wizard: WizardContext,
    /// The wire path of the value, e.g. `company.email`; the input's id and name.
    field: &'static str,
    label: &'static str,
    binding: Binding,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let draft = wizard.draft;
    let invalid = move || wizard.error_for(field).is_some();
    // Also as the attribute, so the server-rendered page (without WASM) shows what was typed.
    let typed = draft.with_untracked(|d| (binding.get)(d).cloned());
    view! {
        <div class="field" class:invalid=invalid>
            <label for=field>{label}</label>
            <input
                id=field
                name=field
                type=kind
                autocomplete=autocomplete
                value=typed
                prop:value=move || draft.with(|d| (binding.get)(d).cloned().unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| (binding.set)(d, text))
                }
                aria-invalid=move || invalid().to_string()
                aria-describedby=error_id(field)
            />
            <FieldMessage wizard field=field.to_owned() />
        </div>
    }
}
