use std::time::Duration;

use leptos::prelude::*;

use super::{WizardContext, draft};
use crate::api::{ApplicationCreated, ApplicationRequest, Resubmission};
use crate::domain::Evaluation;
use crate::i18n::{Locale, td_string};
use crate::serverfns::AppError;
use crate::serverfns::applications::submit_application;

/// Waits before each automatic retry of a submission that did not reach the server
/// (about half a minute in all): a server restarting or a connection dropping for a moment
/// costs the applicant nothing. The submission key makes every retry safe.
const RETRY_DELAYS_MS: [u64; 6] = [1000, 2000, 4000, 8000, 8000, 8000];

/// The submit button, the warning for an application short of its partnership, and what
/// went wrong if the server refused. A double click sends one request (the button is
/// disabled while it runs) and the submission key makes any retry safe.
#[component]
pub fn SubmitControls(wizard: WizardContext, evaluation: Memo<Option<Evaluation>>) -> impl IntoView {
    let (locale, draft) = (wizard.locale, wizard.draft);
    let confirmed = RwSignal::new(false);
    let short = move || {
        evaluation.with(|e| {
            e.as_ref().is_some_and(|e| e.requested.is_some_and(|tier| !e.results.get(tier).eligible))
        })
    };
    let submit = Action::new_local(|(request, resubmission): &(ApplicationRequest, Option<Resubmission>)| {
        submit_application(request.clone(), resubmission.clone())
    });
    // Set in the click handler itself, so a second click of a double click, arriving before
    // the page re-renders, already finds a request under way.
    let sending = RwSignal::new(false);
    let retries = StoredValue::new(0);
    let retrying = RwSignal::new(false);
    let dispatch = move || {
        let resubmission = wizard.resubmitting.get_value().map(|(reference, token)| Resubmission {
            reference,
            token,
            answer: draft.with_untracked(|d| d.answer.clone()),
        });
        submit.dispatch((draft.with_untracked(|d| d.for_submission()), resubmission));
    };
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(ApplicationCreated { status_url, .. })) => {
            draft::clear(&wizard.storage_key.read_value());
            draft::go_to(&status_url);
        }
        Some(Err(AppError::Transport(_))) if retries.get_value() < RETRY_DELAYS_MS.len() => {
            let wait = RETRY_DELAYS_MS[retries.get_value()];
            retries.update_value(|n| *n += 1);
            retrying.set(true);
            // The draft cannot change meanwhile (the button is disabled), so sending it again
            // sends the same application under the same key.
            set_timeout(dispatch, Duration::from_millis(wait));
        }
        Some(Err(_)) => {
            retrying.set(false);
            sending.set(false);
        }
        None => {}
    });
    let send = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if !sending.get_untracked() && (confirmed.get_untracked() || !short()) {
            sending.set(true);
            retries.set_value(0);
            dispatch();
        }
    };
    // This page's own attempt, or else the one the server refused when posted without WASM.
    let failure = move || {
        submit.value().with(|v| match v {
            Some(result) => result.as_ref().err().map(|e| failure_text(locale, e)),
            None => wizard.posted_failure.get_value(),
        })
    };
    let resubmitting = wizard.resubmitting.with_value(Option::is_some);
    view! {
        <div class="field" hidden=!resubmitting>
            <label for="answer">{td_string!(locale, resubmit_answer)}</label>
            <textarea
                id="answer"
                name="answer"
                rows="5"
                prop:value=move || draft.with(|d| d.answer.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| d.answer = text)
                }
            >
                {draft.with_untracked(|d| d.answer.clone())}
            </textarea>
        </div>
        <div class="warning" role="alert" hidden=move || !short()>
            <p>{td_string!(locale, ineligible_warning)}</p>

            <label class="choice">
                <input
                    id="confirm-ineligible"
                    name="confirm_ineligible"
                    type="checkbox"
                    prop:checked=move || confirmed.get()
                    on:change=move |ev| confirmed.set(event_target_checked(&ev))
                />
                {td_string!(locale, ineligible_confirm)}
            </label>
        </div>
        <p class="hint" id="answer-needed" hidden=move || !resubmitting || draft.with(|d| !d.answer.trim().is_empty())>
            {td_string!(locale, resubmit_answer_needed)}
        </p>
        <p class="notice" role="status" id="submit-retrying" hidden=move || !retrying.get()>
            {td_string!(locale, submit_retrying)}
        </p>
        <p class="warning" role="alert" id="submit-failure" hidden=move || retrying.get() || failure().is_none()>
            {move || failure().unwrap_or_default()}
        </p>
        <button
            type="submit"
            name="action"
            value="submit"
            id="submit-application"
            class="button primary"
            prop:disabled=move || {
                sending.get() || (short() && !confirmed.get())
                    || (resubmitting && draft.with(|d| d.answer.trim().is_empty()))
            }
            on:click=send
        >
            {move || match (sending.get(), resubmitting) {
                (true, _) => td_string!(locale, submitting),
                (false, true) => td_string!(locale, resubmit_submit),
                (false, false) => td_string!(locale, submit),
            }}
        </button>
    }
}

/// What went wrong, in words: the server's field problems listed, transport trouble as
/// "try again" (the draft and its submission key are kept, so retrying is safe).
pub(super) fn failure_text(locale: Locale, error: &AppError) -> String {
    match error {
        AppError::Validation(problems) => {
            let listed: Vec<String> =
                problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect();
            format!("{} {}", td_string!(locale, submit_fix_fields), listed.join("; "))
        }
        AppError::Transport(_) => td_string!(locale, submit_failed_network).to_owned(),
        AppError::Refused { .. } | AppError::Stale { .. } => {
            td_string!(locale, submit_not_allowed_now).to_owned()
        }
        AppError::NotFound | AppError::Internal | AppError::Unauthenticated | AppError::Forbidden => {
            td_string!(locale, submit_failed).to_owned()
        }
    }
}
