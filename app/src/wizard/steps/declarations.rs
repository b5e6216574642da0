use leptos::prelude::*;

use crate::domain::Declaration;
use crate::i18n::td_string;
use crate::phrases::declaration_text;
use crate::wizard::WizardContext;

/// Exactly the ticks the chosen partnership needs, each with its full wording. Every
/// declaration is in the page; the ones the partnership does not need are hidden.
#[component]
pub fn DeclarationsStep(wizard: WizardContext, hidden: Signal<bool>) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    let needed =
        Memo::new(move |_| draft.with(|d| d.request.category.map(|_| d.needed_declarations().to_vec())));
    let chosen = move || needed.with(Option::is_some);
    let tick = move |declaration: Declaration| {
        let id = format!("declarations.{}", declaration.key());
        view! {
            <div
                class="choice declaration"
                hidden=move || !needed.with(|n| n.as_ref().is_some_and(|n| n.contains(&declaration)))
            >
                <input
                    id=id.clone()
                    name=id.clone()
                    type="checkbox"
                    checked={draft.with_untracked(|d| d.request.declarations.answer(declaration) == Some(true))}
                    prop:checked=move || draft.with(|d| d.request.declarations.answer(declaration) == Some(true))
                    on:change=move |ev| {
                        let given = event_target_checked(&ev);
                        draft.update(|d| d.request.declarations.set(declaration, Some(given)))
                    }
                />
                <label for=id>{declaration_text(locale, declaration)}</label>
            </div>
        }
    };
    view! {
        <fieldset class="step step-page" hidden=move || hidden.get()>
            <legend>{td_string!(locale, step_declarations)}</legend>
            <p class="hint" hidden=chosen>{td_string!(locale, declarations_none)}</p>
            <p class="hint" hidden=move || !chosen()>{td_string!(locale, declarations_intro)}</p>
            {Declaration::ALL.into_iter().map(tick).collect_view()}
        </fieldset>
    }
}
