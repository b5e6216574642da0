//! The wizard's state, and its copy in the browser's local storage.

use serde::{Deserialize, Serialize};

use crate::api::ApplicationRequest;
use crate::domain::{Declaration, Tier, TierRule, current_policy};

/// The wizard's pages, in order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    #[default]
    Company,
    Category,
    Engineers,
    Declarations,
    Review,
}

impl Step {
    pub const ALL: [Step; 5] =
        [Self::Company, Self::Category, Self::Engineers, Self::Declarations, Self::Review];

    /// The step's name in markup (`data-step`), for tests and styles.
    pub fn key(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Category => "category",
            Self::Engineers => "engineers",
            Self::Declarations => "declarations",
            Self::Review => "review",
        }
    }

    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn next(self) -> Option<Step> {
        Self::ALL.get(self as usize + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Self::ALL[i])
    }

    /// Whether an error at `field` (a wire path) belongs to this page.
    pub fn owns(self, field: &str) -> bool {
        match self {
            Self::Company => field.starts_with("company."),
            Self::Category => matches!(field, "category" | "enterprise_level" | "brand_description"),
            Self::Engineers => field.starts_with("engineers"),
            Self::Declarations => field.starts_with("declarations"),
            Self::Review => true,
        }
    }
}

/// Everything the applicant has entered, and where they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WizardDraft {
    pub step: Step,
    pub request: ApplicationRequest,
    /// When sending again after the reviewers asked for more: the applicant's answer.
    #[serde(default)]
    pub answer: String,
    /// The next three are set only on a page the server rendered after a post without
    /// JavaScript (`flow::Posted`), and never kept in the browser's storage: show the
    /// errors of the step tried, ask before going on, why a submission was refused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_errors: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confirming: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

impl WizardDraft {
    /// The rule of the partnership chosen, once one is.
    fn requested_rule(&self) -> Option<&'static TierRule> {
        let category = self.request.category?;
        Some(current_policy().rule(Tier::requested(category, self.request.enterprise_level)))
    }

    /// The declarations the partnership chosen asks for (none before one is chosen).
    pub fn needed_declarations(&self) -> &'static [Declaration] {
        self.requested_rule().map(|rule| rule.declarations).unwrap_or_default()
    }

    /// Whether the partnership chosen counts certified engineers (a Brand partnership does not).
    pub fn needs_engineers(&self) -> bool {
        self.requested_rule().is_some_and(|rule| {
            rule.automation_engineers.is_some_and(|staff| staff.required > 0)
                || rule.development_engineers > 0
                || rule.lecturers > 0
        })
    }

    /// The request to send: declarations the chosen partnership does not ask for are left
    /// out, so a tick given before the applicant changed category is not stored as given.
    pub fn for_submission(&self) -> ApplicationRequest {
        let mut request = self.request.clone();
        let needed = self.needed_declarations();
        for declaration in Declaration::ALL {
            if !needed.contains(&declaration) {
                request.declarations.set(declaration, None);
            }
        }
        request
    }
}

/// Local storage key of a new application; bump the version when the draft's shape changes
/// incompatibly.
pub const NEW_APPLICATION_KEY: &str = "partner-portal.application-draft.v1";

/// Local storage key of the edits to an application being sent again.
pub fn resubmission_key(reference: &str) -> String {
    format!("partner-portal.resubmission.{reference}.v1")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft saved under `key`, if any (browser only; a damaged one is ignored).
fn load(key: &str) -> Option<WizardDraft> {
    let text = storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

pub fn save(key: &str, draft: &WizardDraft) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        // A full or disabled storage only loses the resume feature, never the page.
        let _ = storage.set_item(key, &text);
    }
}

pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        // Nothing to undo if storage is unavailable: there was nothing saved either.
        let _ = storage.remove_item(key);
    }
}

/// The draft saved under `key`, or `initial`; either way with a submission key, made once
/// per application so a retried or repeated submit is recognised by the server.
pub fn load_or_start(key: &str, initial: WizardDraft) -> WizardDraft {
    let mut draft = load(key).unwrap_or(initial);
    if draft.request.submission_key.is_none() {
        draft.request.submission_key = new_submission_key();
    }
    draft
}

/// `initial` again (with a new submission key); the saved draft is deleted.
pub fn start_over(key: &str, initial: WizardDraft) -> WizardDraft {
    clear(key);
    load_or_start(key, initial)
}

/// A fresh submission key: a random UUID from the browser's cryptographic generator.
fn new_submission_key() -> Option<String> {
    web_sys::window()?.crypto().ok().map(|crypto| crypto.random_uuid())
}

/// Opens `url` (the status page, after a submission).
pub fn go_to(url: &str) {
    if let Some(window) = web_sys::window() {
        // If the browser refuses, the applicant stays on the review page, submission stored.
        let _ = window.location().set_href(url);
    }
}

/// Asks the applicant to confirm (the browser's own dialog, which screen readers announce).
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|window| window.confirm_with_message(question).ok()).unwrap_or(false)
}

/// Moves the keyboard focus to the first field marked invalid on the visible page, once the
/// marks are drawn.
pub fn focus_first_invalid() {
    leptos::prelude::request_animation_frame(|| {
        let first = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| {
                document.query_selector(".step-page:not([hidden]) [aria-invalid=\"true\"]").ok().flatten()
            })
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
        if let Some(element) = first {
            let _ = element.focus();
        }
    });
}
