use leptos::prelude::*;

use super::Verdict;
use crate::api::{DeclarationsInput, EligibilityRequest, EngineerInput};
use crate::domain::{Certification, Declaration, Evaluation, Tier, Track, current_policy, evaluate};
use crate::i18n::{Locale, td_string};

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
/// eligibility engine in the browser's WASM on every keystroke. The server passes the page's
/// language in, so the island needs no translation context in the browser.
#[island]
pub fn QuickCheck(locale: Locale) -> impl IntoView {
    let counts = RwSignal::new(Headcount::default());
    let evaluation = Memo::new(move |_| counts.get().evaluate());
    // Effects run only in the browser: this marks the island as hydrated (and live).
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let field = move |id: &'static str,
                      label: &'static str,
                      set: fn(&mut Headcount, u32),
                      get: fn(&Headcount) -> u32| {
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
            {field("check-service", td_string!(locale, check_service), |c, n| c.service = n, |c| c.service)}
            {field("check-usage", td_string!(locale, check_usage), |c, n| c.usage = n, |c| c.usage)}
            {field("check-development", td_string!(locale, check_development), |c, n| c.development = n, |c| c.development)}
            {field("check-lecturers", td_string!(locale, check_lecturers), |c, n| c.lecturers = n, |c| c.lecturers)}
        </form>
        <p class="hint">{td_string!(locale, check_assumes)}</p>
        <ul class="verdicts" aria-live="polite">
            {Tier::ALL
                .into_iter()
                .map(|tier| view! { <Verdict locale tier evaluation highlighted=false /> })
                .collect_view()}
        </ul>
    }
}
