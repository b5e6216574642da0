use leptos::prelude::*;

use crate::domain::{Category, EnterpriseLevel};
use crate::i18n::td_string;
use crate::wizard::WizardContext;
use crate::wizard::fields::{FieldMessage, error_id};

/// The partnership applied for, the Enterprise level asked for, and a Brand partner's brand.
#[component]
pub fn CategoryStep(wizard: WizardContext, hidden: Signal<bool>) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    let category = move || draft.with(|d| d.request.category);
    let choose_category = move |chosen: Category| {
        draft.update(|d| {
            d.request.category = Some(chosen);
            // A level belongs to Enterprise applications only, a brand to Brand ones.
            if chosen != Category::Enterprise {
                d.request.enterprise_level = None;
            }
            if chosen != Category::Brand {
                d.request.brand_description = None;
            }
        })
    };
    // The choices as the page was rendered with them (the server's, without WASM).
    let (chosen, level) = draft.with_untracked(|d| (d.request.category, d.request.enterprise_level));
    let category_option = move |value: Category, label: &'static str| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="category"
                    value=value.key()
                    checked={chosen == Some(value)}
                    prop:checked=move || category() == Some(value)
                    on:change=move |_| choose_category(value)
                />
                {label}
            </label>
        }
    };
    let level_option = move |value: EnterpriseLevel, label: &'static str| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="enterprise_level"
                    value=value.key()
                    checked={level == Some(value)}
                    prop:checked=move || draft.with(|d| d.request.enterprise_level == Some(value))
                    on:change=move |_| draft.update(|d| d.request.enterprise_level = Some(value))
                />
                {label}
            </label>
        }
    };
    view! {
        <div class="step-page" hidden=move || hidden.get()>
            <fieldset class="step" aria-describedby=error_id("category")>
                <legend>{td_string!(locale, field_category)}</legend>
                {category_option(Category::Enterprise, td_string!(locale, category_enterprise))}
                {category_option(Category::Community, td_string!(locale, category_community))}
                {category_option(Category::Education, td_string!(locale, category_education))}
                {category_option(Category::Brand, td_string!(locale, category_brand))}
                <FieldMessage wizard field="category".to_owned() />
            </fieldset>
            <fieldset
                class="step"
                aria-describedby=error_id("enterprise_level")
                hidden=move || category() != Some(Category::Enterprise)
            >
                <legend>{td_string!(locale, field_level)}</legend>
                <p class="hint">{td_string!(locale, level_help)}</p>
                {level_option(EnterpriseLevel::Trial, td_string!(locale, level_trial))}
                {level_option(EnterpriseLevel::Third, td_string!(locale, level_third))}
                {level_option(EnterpriseLevel::Second, td_string!(locale, level_second))}
                {level_option(EnterpriseLevel::First, td_string!(locale, level_first))}
                <FieldMessage wizard field="enterprise_level".to_owned() />
            </fieldset>
            <div class="field" hidden=move || category() != Some(Category::Brand)>
                <label for="brand_description">{td_string!(locale, field_brand_description)}</label>
                <textarea
                    id="brand_description"
                    name="brand_description"
                    rows="4"
                    prop:value=move || draft.with(|d| d.request.brand_description.clone().unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        draft.update(|d| d.request.brand_description = Some(text))
                    }
                    aria-invalid=move || wizard.error_for("brand_description").is_some().to_string()
                    aria-describedby=error_id("brand_description")
                >
                    {draft.with_untracked(|d| d.request.brand_description.clone().unwrap_or_default())}
                </textarea>
                <FieldMessage wizard field="brand_description".to_owned() />
            </div>
        </div>
    }
}
