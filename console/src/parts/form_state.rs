//! A console form's state while the WASM sends it: pending, and what the server said, by
//! field where it names one. Without the WASM the same form posts as a plain HTML form.

use leptos::prelude::*;

use app::i18n::td_string;
use app::serverfns::AppError;

use crate::context::use_locale;
use crate::text;

#[derive(Debug, Clone, Copy)]
pub struct FormState {
    pub pending: RwSignal<bool>,
    pub error: RwSignal<Option<AppError>>,
}

impl Default for FormState {
    fn default() -> Self {
        Self { pending: RwSignal::new(false), error: RwSignal::new(None) }
    }
}

impl FormState {
    /// Sends `call` unless one is under way; `done` gets its answer.
    pub fn send<T, F>(self, call: F, done: impl FnOnce(T) + 'static)
    where
        T: 'static,
        F: std::future::Future<Output = Result<T, AppError>> + 'static,
    {
        if self.pending.get_untracked() {
            return;
        }
        self.pending.set(true);
        self.error.set(None);
        leptos::task::spawn_local(async move {
            let answer = call.await;
            self.pending.set(false);
            match answer {
                Ok(value) => done(value),
                Err(error) => self.error.set(Some(error)),
            }
        });
    }

    /// The code of the problem the server found with `field`, if any.
    pub fn problem(self, field: &'static str) -> Option<String> {
        self.error.with(|error| match error {
            Some(AppError::Validation(problems)) => {
                problems.iter().find(|p| p.field == field).map(|p| p.code.clone())
            }
            _ => None,
        })
    }
}

/// The message under a field the server refused.
#[component]
pub fn FieldMessage(state: FormState, field: &'static str, #[prop(into)] id: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <span class="field-error" id=id role="status">
            {move || state.problem(field).map(|code| text::problem(locale, &code))}
        </span>
    }
}

/// What the server said of the whole form: stale, refused, not allowed, or our fault.
#[component]
pub fn Outcome(state: FormState) -> impl IntoView {
    let locale = use_locale();
    move || {
        state.error.get().map(|error| {
            let message = match error {
                AppError::Validation(_) => td_string!(locale, console_check_fields).to_owned(),
                AppError::Stale(version) => {
                    format!("{} {version}", td_string!(locale, console_stale))
                }
                AppError::Refused(code) => text::refusal(locale, &code).to_owned(),
                AppError::Forbidden => td_string!(locale, review_forbidden).to_owned(),
                AppError::Unauthenticated => td_string!(locale, console_signed_out).to_owned(),
                AppError::NotFound => td_string!(locale, review_not_found).to_owned(),
                AppError::Transport(_) => td_string!(locale, console_offline).to_owned(),
                AppError::Internal => td_string!(locale, status_error).to_owned(),
            };
            view! { <p class="form-outcome warning" role="alert">{message}</p> }
        })
    }
}
