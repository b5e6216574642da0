use leptos::prelude::*;

use crate::domain::{Evaluation, current_policy};
use crate::i18n::td_string;
use crate::phrases::tier_name;
use crate::wizard::WizardContext;

/// Everything entered, once more, before the applicant submits.
#[component]
pub fn ReviewStep(wizard: WizardContext, evaluation: Memo<Option<Evaluation>>) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    let company = move |pick: fn(&crate::api::CompanyInput) -> &Option<String>| {
        move || draft.with(|d| pick(&d.request.company).clone().unwrap_or_default())
    };
    let requested = move || evaluation.with(|e| e.as_ref().and_then(|e| e.requested));
    let engineers = move || {
        let count = draft.with(|d| d.request.engineers.len());
        td_string!(locale, review_engineers, count = count).to_string()
    };
    let declarations = move || {
        let needed = requested().map(|tier| current_policy().rule(tier).declarations).unwrap_or_default();
        let given = draft
            .with(|d| needed.iter().filter(|&&n| d.request.declarations.answer(n) == Some(true)).count());
        let needed = needed.len();
        td_string!(locale, review_declarations_given, given = given, needed = needed).to_string()
    };
    view! {
        <section class="step review">
            <h2>{td_string!(locale, step_review)}</h2>
            <p class="hint">{td_string!(locale, review_intro)}</p>
            <dl class="status-facts">
                <dt>{td_string!(locale, field_legal_name)}</dt>
                <dd>{company(|c| &c.legal_name)}</dd>
                <dt>{td_string!(locale, field_registration_number)}</dt>
                <dd>{company(|c| &c.registration_number)}</dd>
                <dt>{td_string!(locale, field_country)}</dt>
                <dd>{company(|c| &c.country)}</dd>
                <dt>{td_string!(locale, field_website)}</dt>
                <dd>{company(|c| &c.website)}</dd>
                <dt>{td_string!(locale, field_contact_name)}</dt>
                <dd>{company(|c| &c.contact_name)}</dd>
                <dt>{td_string!(locale, field_email)}</dt>
                <dd>{company(|c| &c.email)}</dd>
                <dt>{td_string!(locale, field_phone)}</dt>
                <dd>{company(|c| &c.phone)}</dd>
                <dt>{td_string!(locale, field_category)}</dt>
                <dd data-review="category">{move || requested().map(|tier| tier_name(locale, tier)).unwrap_or_default()}</dd>
                <dt>{td_string!(locale, step_engineers)}</dt>
                <dd data-review="engineers">{engineers}</dd>
                <dt>{td_string!(locale, step_declarations)}</dt>
                <dd data-review="declarations">{declarations}</dd>
            </dl>
        </section>
    }
}
