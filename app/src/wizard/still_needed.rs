//! The question "Next" asks on a step that still lacks something the partnership will need
//! (no engineers listed, declarations not ticked): the applicant may add it now or go on.

use leptos::prelude::*;

use super::WizardContext;
use super::flow::{StillNeeded, still_needed};
use crate::i18n::td_string;
use crate::phrases::declaration_name;

#[component]
pub fn StillNeededWarning(wizard: WizardContext, on_continue: impl Fn() + Copy + 'static) -> impl IntoView {
    let (locale, draft, confirming) = (wizard.locale, wizard.draft, wizard.confirming);
    // Gone as soon as the applicant adds what was missing.
    let needed = Memo::new(move |_| confirming.get().then(|| draft.with(still_needed)).flatten());
    let text = move || match needed.get() {
        Some(StillNeeded::Engineers) => td_string!(locale, still_needed_engineers).to_owned(),
        Some(StillNeeded::Declarations(missing)) => {
            let mut names = String::new();
            for declaration in missing {
                if !names.is_empty() {
                    names.push_str("; ");
                }
                names.push_str(declaration_name(locale, declaration));
            }
            td_string!(locale, still_needed_declarations, names = names).to_string()
        }
        None => String::new(),
    };
    view! {
        <div class="warning" id="still-needed" role="alert" hidden=move || needed.with(Option::is_none)>
            <p>{text}</p>
            <button
                type="submit"
                name="action"
                value="next-anyway"
                class="button"
                on:click=move |ev| {
                    ev.prevent_default();
                    on_continue()
                }
            >
                {td_string!(locale, still_needed_continue)}
            </button>
        </div>
    }
}
