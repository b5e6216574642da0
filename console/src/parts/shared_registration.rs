//! Other companies that gave the same registration number (unified social credit code):
//! on the application and on the partner, each linking to the other record.

use leptos::prelude::*;
use leptos_router::components::A;

use app::api::{SharedRegistrationLine, SharedWith};
use app::i18n::td_string;

use crate::context::use_locale;
use crate::text;

#[component]
pub fn SharedRegistrations(lines: Signal<Vec<SharedRegistrationLine>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || lines.with(|l| !l.is_empty())>
            <section class="panel" data-shared-registration="">
                <h2>{td_string!(locale, console_flag_shared_registration)}</h2>
                <p>
                    <code>{move || lines.with(|l| l.first().map(|s| s.registration_number.clone()))}</code>
                    " — " {td_string!(locale, console_registration_shared)}
                </p>
                <ul class="plain-list">
                    {move || lines.get().into_iter().map(|s| {
                        let href = match (s.other_kind, s.other_partner) {
                            (SharedWith::Partner, Some(id)) => format!("/review/partners/{id}"),
                            _ => format!("/review/applications/{}", s.other_reference),
                        };
                        view! {
                            <li>
                                {text::shared_with(locale, s.other_kind)} " "
                                <A href=href attr:class="flag-link">{s.other_reference}</A> " " {s.other_name}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
