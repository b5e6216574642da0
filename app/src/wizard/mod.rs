//! `/apply`: the application wizard, one island. Everything the applicant types stays in the
//! browser (local storage) until submit; eligibility is recomputed in WASM on every change.
//!
//! Size matters here (the applicant's WASM has a budget): every step is rendered once and
//! shown or hidden with the `hidden` attribute, so the browser only hydrates server HTML
//! instead of carrying code to build each page, and nothing is type-erased with `into_any()`.

mod context;
mod draft;
mod fields;
mod flow;
mod panel;
mod roster;
mod steps;
mod still_needed;
mod submit;

use std::collections::BTreeSet;

use leptos::prelude::*;

use serde::{Deserialize, Serialize};

use crate::api::ApplicationRequest;
use crate::domain::HistoryKind;
use crate::i18n::{Locale, td_string, use_i18n};
use crate::serverfns::applications::{application_for_resubmission, get_application_status};
pub use context::WizardContext;
pub use draft::{Step, WizardDraft};
pub use flow::{Leaving, Posted, leave};
use panel::EligibilityPanel;
pub use roster::RosterEditor;
use steps::{CategoryStep, CompanyStep, DeclarationsStep, EngineersStep, ReviewStep};
use still_needed::StillNeededWarning;
use submit::SubmitControls;

#[component]
pub fn ApplyPage() -> impl IntoView {
    let locale = use_i18n().get_locale_untracked();
    let query = leptos_router::hooks::use_query_map();
    let link = query.with_untracked(|q| q.get("resubmit").zip(q.get("token")));
    // Set by the server when a browser without JavaScript posted a step: the draft, with the
    // refusal in the page's words.
    let posted = use_context::<Posted>().map(|Posted { mut draft, failure }| {
        draft.refused = failure.map(|error| submit::failure_text(locale, &error));
        draft
    });
    match link {
        None => view! {
            <section class="apply">
                <h1>{td_string!(locale, apply_title)}</h1>
                <p class="lead">{td_string!(locale, apply_intro)}</p>
                <ApplyWizard locale resubmit=None posted />
            </section>
        }
        .into_any(),
        Some((reference, token)) => view! { <ResubmitPage locale reference token posted /> }.into_any(),
    }
}

/// `/apply?resubmit=REF&token=…`: the stored application in the wizard, to edit and send
/// again after the reviewers asked for more.
#[component]
fn ResubmitPage(
    locale: Locale,
    reference: String,
    token: String,
    posted: Option<WizardDraft>,
) -> impl IntoView {
    // Awaited directly, not through a Resource: the page around the island is server-only.
    let link = StoredValue::new((reference, token));
    let posted = StoredValue::new(posted);
    view! {
        <section class="apply">
            <h1>{td_string!(locale, resubmit_title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    let (reference, token) = link.get_value();
                    let question = reviewers_question(&reference, &token).await;
                    let stored = application_for_resubmission(reference.clone(), token.clone())
                        .await
                        .map(|request| Resubmitting { reference, token, request });
                    match stored {
                        Ok(start) => view! {
                            <p class="lead">{td_string!(locale, resubmit_intro)}</p>
                            {question.map(|asked| view! {
                                <section class="info-request" aria-labelledby="question-title">
                                    <h2 id="question-title">{td_string!(locale, resubmit_question)}</h2>
                                    <blockquote id="reviewers-question">{asked}</blockquote>
                                </section>
                            })}
                            <ApplyWizard locale resubmit=Some(start) posted=posted.get_value() />
                        }
                        .into_any(),
                        Err(_) => view! { <p role="alert">{td_string!(locale, submit_not_allowed_now)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// What the reviewers last asked the applicant, if anything.
async fn reviewers_question(reference: &str, token: &str) -> Option<String> {
    let status = get_application_status(reference.to_owned(), token.to_owned()).await.ok()?;
    status.history.into_iter().rev().find(|e| e.kind == HistoryKind::InfoRequested).and_then(|e| e.note)
}

/// An application being edited to be sent again: which one, its private token, and what
/// was stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resubmitting {
    pub reference: String,
    pub token: String,
    pub request: ApplicationRequest,
}

/// Every control is also a plain form control (a submit button with a name and value, an
/// input with a name and the value typed), so without JavaScript or WASM each step posts to
/// `POST /apply` and the server renders the next one; with WASM every click is handled here
/// and nothing is posted.
// An island in the applicants' bundle and on the server; elsewhere (the console's bundle,
// which links this crate for its types) a plain component, so its code is not exported there.
#[cfg_attr(any(feature = "hydrate", feature = "ssr"), island)]
#[cfg_attr(not(any(feature = "hydrate", feature = "ssr")), component)]
fn ApplyWizard(locale: Locale, resubmit: Option<Resubmitting>, posted: Option<WizardDraft>) -> impl IntoView {
    let (storage_key, initial, resubmitting) = match resubmit {
        Some(Resubmitting { reference, token, request }) => (
            draft::resubmission_key(&reference),
            WizardDraft { request, ..Default::default() },
            Some((reference, token)),
        ),
        None => (draft::NEW_APPLICATION_KEY.to_owned(), WizardDraft::default(), None),
    };
    let initial = StoredValue::new(initial);
    let (wizard, evaluation, live) = WizardContext::start(locale, storage_key, initial, resubmitting, posted);
    let WizardContext { draft, storage_key, attempted, errors, confirming, .. } = wizard;
    let step = Memo::new(move |_| draft.with(|d| d.step));
    let go = move |to: Step| {
        confirming.set(false);
        draft.update(|d| d.step = to)
    };
    let next = move |confirmed: bool| {
        wizard.attempt(step.get_untracked());
        let leaving = errors.with_untracked(|all| draft.with_untracked(|d| leave(d, all, confirmed)));
        match leaving {
            Leaving::To(to) => go(to),
            // Take the applicant to the first field that needs them.
            Leaving::Fix => draft::focus_first_invalid(),
            Leaving::Confirm => confirming.set(true),
            Leaving::Stay => {}
        }
    };
    let back = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if let Some(to) = step.get_untracked().previous() {
            go(to);
        }
    };
    let start_over = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if draft::confirm(td_string!(locale, start_over_confirm)) {
            attempted.set(BTreeSet::new());
            confirming.set(false);
            draft.set(draft::start_over(&storage_key.read_value(), initial.get_value()));
        }
    };
    let total = Step::ALL.len();
    let progress = move || {
        let current = step.get().number();
        td_string!(locale, progress, current = current, total = total).to_string()
    };
    // What the server needs from a post besides the fields: where the applicant was, and
    // the key that makes a repeated submission one application.
    let (posted_step, posted_key) =
        draft.with_untracked(|d| (d.step.key(), d.request.submission_key.clone().unwrap_or_default()));
    view! {
        <div class="wizard" data-live=move || live.get().to_string() data-step=move || step.get().key()>

            <form
                class="wizard-form"
                method="post"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    next(false);
                }
            >
                // The form's default button: Enter in a field means "Next", also without WASM.
                <button type="submit" name="action" value="next" hidden></button>
                <input type="hidden" name="step" value=posted_step />
                <input type="hidden" name="submission_key" value=posted_key />
                <p class="progress" aria-live="polite">{progress}</p>
                <ol class="steps">
                    {Step::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li
                                    aria-current=move || (step.get() == s).then_some("step")
                                    class:done=move || s < step.get()
                                >
                                    // A step already passed can be opened again.
                                    <button
                                        type="submit"
                                        name="go"
                                        value=s.key()
                                        class="step-link"
                                        data-go=s.key()
                                        disabled=move || step.get() <= s
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            go(s)
                                        }
                                    >
                                        {step_name(locale, s)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <CompanyStep wizard hidden=Signal::derive(move || step.get() != Step::Company) />
                <CategoryStep wizard hidden=Signal::derive(move || step.get() != Step::Category) />
                <EngineersStep wizard hidden=Signal::derive(move || step.get() != Step::Engineers) />
                <DeclarationsStep wizard hidden=Signal::derive(move || step.get() != Step::Declarations) />
                <div hidden=move || step.get() != Step::Review>
                    <ReviewStep wizard evaluation />
                    <SubmitControls wizard evaluation />
                </div>
                <StillNeededWarning wizard on_continue=move || next(true) />
                <div class="wizard-actions">
                    <button
                        type="submit"
                        name="action"
                        value="back"
                        class="button"
                        hidden=move || step.get().previous().is_none()
                        on:click=back
                    >
                        {td_string!(locale, back)}
                    </button>
                    <button
                        type="submit"
                        name="action"
                        value="next"
                        class="button primary"
                        hidden=move || step.get() == Step::Review
                    >
                        {td_string!(locale, next)}
                    </button>
                    <button type="submit" name="action" value="start-over" class="button link" on:click=start_over>
                        {td_string!(locale, start_over)}
                    </button>
                </div>
            </form>
            <EligibilityPanel locale evaluation />
        </div>
    }
}

fn step_name(locale: Locale, step: Step) -> &'static str {
    match step {
        Step::Company => td_string!(locale, step_company),
        Step::Category => td_string!(locale, step_category),
        Step::Engineers => td_string!(locale, step_engineers),
        Step::Declarations => td_string!(locale, step_declarations),
        Step::Review => td_string!(locale, step_review),
    }
}
