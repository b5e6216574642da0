//! What every step of the wizard (and the roster editor) shares: the draft, its errors, and
//! which of them to show.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::draft::{self, Step, WizardDraft};
use crate::domain::{Evaluation, FieldError, current_policy, evaluate};
use crate::i18n::Locale;

/// What every step needs: the draft, and which errors to show.
#[derive(Clone, Copy)]
pub struct WizardContext {
    pub locale: Locale,
    pub draft: RwSignal<WizardDraft>,
    /// Sending an application again after the reviewers asked for more: reference, token.
    pub resubmitting: StoredValue<Option<(String, String)>>,
    /// Where the draft is kept in the browser.
    pub storage_key: StoredValue<String>,
    pub(super) errors: Memo<Vec<FieldError>>,
    pub(super) attempted: RwSignal<BTreeSet<Step>>,
    /// "Next" was pressed on a step that still lacks something: ask before going on.
    pub confirming: RwSignal<bool>,
    /// Why the server did not take a submission posted without JavaScript, in words.
    pub posted_failure: StoredValue<Option<String>>,
}

impl WizardContext {
    /// The draft (resumed from the browser's storage once hydrated, unless the server
    /// rendered a posted one, and saved on every change), its errors, and the live verdict;
    /// the flag turns true once the draft is live.
    pub(super) fn start(
        locale: Locale,
        storage_key: String,
        initial: StoredValue<WizardDraft>,
        resubmitting: Option<(String, String)>,
        posted: Option<WizardDraft>,
    ) -> (Self, Memo<Option<Evaluation>>, RwSignal<bool>) {
        let storage_key = StoredValue::new(storage_key);
        let resume = posted.is_none();
        let mut start = posted.unwrap_or_else(|| initial.get_value());
        // What the server said about a posted draft is shown, not kept.
        let mut attempted = BTreeSet::new();
        if std::mem::take(&mut start.show_errors) {
            // One by one: collecting into a set would bring a sort into the WASM.
            for step in Step::ALL {
                attempted.insert(step);
            }
        }
        let confirming = std::mem::take(&mut start.confirming);
        let failure = start.refused.take();
        let draft = RwSignal::new(start);
        let live = RwSignal::new(false);
        // Browser only (effects never run on the server): resume the saved draft, then keep it.
        Effect::new(move |_| {
            if resume {
                draft.set(draft::load_or_start(&storage_key.read_value(), initial.get_value()));
            }
            live.set(true);
        });
        Effect::new(move |_| {
            let current = draft.get();
            if live.get_untracked() {
                draft::save(&storage_key.read_value(), &current);
            }
        });
        // The panel keeps its last verdict while a field is momentarily invalid.
        let evaluation = Memo::new(move |previous: Option<&Option<Evaluation>>| {
            match draft.with(|d| d.request.eligibility()).parse() {
                Ok(parsed) => Some(evaluate(&parsed, current_policy())),
                Err(_) => previous.cloned().flatten(),
            }
        });
        let errors =
            Memo::new(move |_| draft.with(|d| d.request.parse().err().map(|e| e.0).unwrap_or_default()));
        let wizard = Self {
            locale,
            draft,
            resubmitting: StoredValue::new(resubmitting),
            storage_key,
            errors,
            attempted: RwSignal::new(attempted),
            confirming: RwSignal::new(confirming),
            posted_failure: StoredValue::new(failure),
        };
        (wizard, evaluation, live)
    }

    /// From now on, `step`'s errors are shown.
    pub(super) fn attempt(&self, step: Step) {
        self.attempted.update(|steps| {
            steps.insert(step);
        });
    }

    /// The error to show at `field` (a wire path such as `engineers[0].name`): once the
    /// applicant has tried to leave its page, except a duplicate certificate, shown at once.
    pub fn error_for(&self, field: &str) -> Option<FieldError> {
        self.errors.with(|all| all.iter().find(|e| e.field == field).cloned()).filter(|error| {
            error.code == "duplicate" || self.attempted.with(|steps| steps.iter().any(|s| s.owns(field)))
        })
    }
}
