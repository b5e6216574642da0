//! What a plain form's answer says (the forms post without WASM too, and the server sends
//! the reader back with `done=`, `invalid=`, `conflict=1`, `refused=` or `failed=1`; see
//! `server::forms`), in the reader's language, above the view it came back to.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use app::i18n::td_string;

use crate::context::use_locale;
use crate::text;

#[component]
pub fn FormAnswer() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    move || {
        query.with(|q| {
            let (message, tone) = if let Some(done) = q.get("done") {
                let text = match done.as_str() {
                    "registered" => td_string!(locale, integrations_done_registered),
                    "disabled" => td_string!(locale, integrations_done_disabled),
                    _ => td_string!(locale, partner_done),
                };
                (text.to_owned(), "notice")
            } else if let Some(field) = q.get("invalid") {
                (format!("{} ({field})", td_string!(locale, console_check_fields)), "warning")
            } else if q.get("conflict").is_some() {
                (td_string!(locale, partner_conflict).to_owned(), "warning")
            } else if let Some(code) = q.get("refused") {
                (text::refusal(locale, &code).to_owned(), "warning")
            } else if q.get("failed").is_some() {
                (td_string!(locale, status_error).to_owned(), "warning")
            } else {
                return None;
            };
            Some(view! { <p class=format!("form-answer {tone}") role="status" data-form-answer="">{message}</p> })
        })
    }
}
