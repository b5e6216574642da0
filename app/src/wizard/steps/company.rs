use leptos::prelude::*;

use crate::i18n::td_string;
use crate::wizard::WizardContext;
use crate::wizard::fields::{Binding, TextField};

/// Who is applying, and how to reach them.
#[component]
pub fn CompanyStep(wizard: WizardContext, hidden: Signal<bool>) -> impl IntoView {
    let locale = wizard.locale;
    // One binding per field; plain function pointers, so the field component is built once.
    macro_rules! bind {
        ($name:ident) => {
            Binding {
                get: |d| d.request.company.$name.as_ref(),
                set: |d, text| d.request.company.$name = Some(text),
            }
        };
    }
    view! {
        <fieldset class="step step-page" hidden=move || hidden.get()>
            <legend>{td_string!(locale, step_company)}</legend>
            <TextField wizard field="company.legal_name" label=td_string!(locale, field_legal_name) binding=bind!(legal_name) autocomplete="organization" />
            <TextField wizard field="company.registration_number" label=td_string!(locale, field_registration_number) binding=bind!(registration_number) />
            <TextField wizard field="company.country" label=td_string!(locale, field_country) binding=bind!(country) autocomplete="country-name" />
            <TextField wizard field="company.website" label=td_string!(locale, field_website) binding=bind!(website) kind="url" autocomplete="url" />
            <TextField wizard field="company.contact_name" label=td_string!(locale, field_contact_name) binding=bind!(contact_name) autocomplete="name" />
            <TextField wizard field="company.email" label=td_string!(locale, field_email) binding=bind!(email) kind="email" autocomplete="email" />
            <TextField wizard field="company.phone" label=td_string!(locale, field_phone) binding=bind!(phone) kind="tel" autocomplete="tel" />
        </fieldset>
    }
}
