//! Small coloured labels for states, standings and flags.

use leptos::prelude::*;

use app::domain::ApplicationState;
use app::domain::partnership::Standing;

use crate::context::Locale;
use crate::text;

/// A label in one of the stylesheet's tones (`blue`, `green`, `amber`, `red`, `grey`, …).
pub fn tone_badge(label: impl IntoView, tone: &'static str) -> impl IntoView {
    view! { <span class=format!("badge {tone}")>{label}</span> }
}

pub fn status_badge(locale: Locale, state: ApplicationState) -> impl IntoView {
    let tone = match state {
        ApplicationState::Submitted => "blue",
        ApplicationState::Resubmitted => "indigo",
        ApplicationState::InfoRequested => "amber",
        ApplicationState::Approved => "green",
        ApplicationState::Rejected => "grey",
    };
    view! { <span class=format!("badge {tone}") data-state=state.key()>{text::status(locale, state)}</span> }
}

pub fn standing_badge(locale: Locale, standing: Standing) -> impl IntoView {
    let tone = match standing {
        Standing::AwaitingFee => "amber",
        Standing::Active => "green",
        Standing::RenewalDue => "orange",
        Standing::NotRenewed => "grey",
        Standing::Terminated => "red",
    };
    view! { <span class=format!("badge {tone}") data-standing=standing.key()>{text::standing(locale, standing)}</span> }
}

/// A red flag (`key` names it for tests and styling).
pub fn flag_badge(label: &'static str, key: &'static str) -> impl IntoView {
    view! { <span class="badge red flag" data-flag=key>{label}</span> }
}
