use leptos::prelude::*;

use super::TierLabel;
use crate::api::{DeclarationsInput, EligibilityRequest, EngineerInput};
use crate::domain::{
    Certification, Declaration, Evaluation, Requirement, Shortfall, Tier, Track, current_policy, evaluate,
};
use crate::i18n::{t, use_i18n};

/// Headcounts typed into the quick check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Headcount {
    pub service: u32,
    pub usage: u32,
    pub development: u32,
    pub lecturers: u32,
}

impl Headcount {
    /// Most engineers one field accepts; the engine itself takes any roster.
    const MAX_PER_FIELD: u32 = 99;

    /// The roster these counts describe, with every declaration given, as the wire request
    /// an outside tool would send to `POST /api/v1/eligibility` for the same numbers.
    pub fn as_request(self) -> EligibilityRequest {
        let row = |i: u32, track, certification| EngineerInput {
            name: None,
            certificate_id: Some(format!("QUICK-{i}")),
            track: Some(track),
            certification,
            lecturer: i < self.lecturers,
        };
        let kinds = (0..self.service)
            .map(|_| (Track::Automation, Some(Certification::Service)))
            .chain((0..self.usage).map(|_| (Track::Automation, Some(Certification::Usage))))
            .chain((0..self.development).map(|_| (Track::Development, None)));
        let mut declarations = DeclarationsInput::default();
        Declaration::ALL.into_iter().for_each(|d| declarations.set(d, Some(true)));
        EligibilityRequest {
            engineers: (0..).zip(kinds).map(|(i, (track, cert))| row(i, track, cert)).collect(),
            declarations,
            brand_description: Some("(assumed)".to_owned()),
            ..Default::default()
        }
    }

    fn evaluate(self) -> Option<Evaluation> {
        self.as_request().parse().ok().map(|draft| evaluate(&draft, current_policy()))
    }
}

fn parse_count(raw: &str) -> u32 {
    raw.trim().parse::<u32>().unwrap_or(0).min(Headcount::MAX_PER_FIELD)
}

/// The landing page's live check: headcounts in, all five verdicts out, computed by the
/// eligibility engine in the browser's WASM on every keystroke.
#[island]
pub fn QuickCheck() -> impl IntoView {
    let i18n = use_i18n();
    let counts = RwSignal::new(Headcount::default());
    let evaluation = Memo::new(move |_| counts.get().evaluate());
    // Effects run only in the browser: this marks the island as hydrated (and live).
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let field =
        move |id: &'static str, label: AnyView, set: fn(&mut Headcount, u32), get: fn(&Headcount) -> u32| {
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <input
                        id=id
                        name=id
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max=Headcount::MAX_PER_FIELD
                        prop:value=move || get(&counts.get()).to_string()
                        on:input=move |ev| counts.update(|c| set(c, parse_count(&event_target_value(&ev))))
                    />
                </div>
            }
        };
    view! {
        <form
            class="quick-check-form"
            data-live=move || live.get().to_string()
            on:submit=|ev| ev.prevent_default()
        >
            {field("check-service", t!(i18n, check_service).into_any(), |c, n| c.service = n, |c| c.service)}
            {field("check-usage", t!(i18n, check_usage).into_any(), |c, n| c.usage = n, |c| c.usage)}
            {field("check-development", t!(i18n, check_development).into_any(), |c, n| c.development = n, |c| c.development)}
            {field("check-lecturers", t!(i18n, check_lecturers).into_any(), |c, n| c.lecturers = n, |c| c.lecturers)}
        </form>
        <p class="hint">{t!(i18n, check_assumes)}</p>
        <ul class="verdicts" aria-live="polite">
            {Tier::ALL
                .into_iter()
                .map(|tier| view! { <Verdict tier evaluation /> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn Verdict(tier: Tier, evaluation: Memo<Option<Evaluation>>) -> impl IntoView {
    let i18n = use_i18n();
    let result = move || evaluation.get().map(|e| e.results.get(tier).clone());
    let eligible = move || result().is_some_and(|r| r.eligible);
    view! {
        <li class="verdict" class:eligible=eligible data-tier=tier.key() data-eligible=move || eligible().to_string()>
            <span class="verdict-tier"><TierLabel tier /></span>
            <span class="verdict-badge">
                {move || if eligible() { t!(i18n, eligible).into_any() } else { t!(i18n, not_eligible).into_any() }}
            </span>
            {move || result().filter(|r| r.fee).map(|_| view! { <span class="fee">{t!(i18n, fee_applies)}</span> })}
            <ul class="shortfalls">
                {move || {
                    result()
                        .map(|r| r.shortfalls)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|s| view! { <ShortfallLine shortfall=s /> })
                        .collect_view()
                }}
            </ul>
        </li>
    }
}

/// A shortfall in the page's language, built from its numbers (the engine's own message is
/// English, for API clients).
#[component]
pub fn ShortfallLine(shortfall: Shortfall) -> impl IntoView {
    let i18n = use_i18n();
    let Shortfall { requirement, required, have, .. } = shortfall;
    let text = match requirement {
        Requirement::AutomationEngineers(Certification::Service) => {
            t!(i18n, short_automation_service, have, required).into_any()
        }
        Requirement::AutomationEngineers(Certification::Usage) => {
            t!(i18n, short_automation_usage, have, required).into_any()
        }
        Requirement::DevelopmentEngineers => t!(i18n, short_development, have, required).into_any(),
        Requirement::Lecturers => t!(i18n, short_lecturers, have, required).into_any(),
        Requirement::Declaration(_) => t!(i18n, short_declaration).into_any(),
        Requirement::BrandDescription => t!(i18n, short_brand_description).into_any(),
    };
    view! {
        <li
            data-requirement=requirement.to_string()
            data-required=required
            data-have=have
        >
            {text}
        </li>
    }
}
