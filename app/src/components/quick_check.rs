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

    /// Lecturers are engineers too: more lecturers than engineers cannot be.
    fn too_many_lecturers(self) -> bool {
        self.lecturers > self.service + self.usage + self.development
    }
}

/// A headcount as typed: empty is none; a negative, a fraction, text or more than the most
/// a field accepts is refused.
fn parse_count(raw: &str) -> Option<u32> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Some(0);
    }
    raw.parse::<u32>().ok().filter(|&n| n <= Headcount::MAX_PER_FIELD)
}

/// The landing page's live check: headcounts in, all five verdicts out, computed by the
/// eligibility engine in the browser's WASM on every keystroke. The server passes the page's
/// language in, so the island needs no translation context in the browser.
// An island in the applicants' bundle and on the server; elsewhere (the console's bundle,
// which links this crate for its types) a plain component, so its code is not exported there.
#[cfg_attr(any(feature = "hydrate", feature = "ssr"), island)]
#[cfg_attr(not(any(feature = "hydrate", feature = "ssr")), component)]
pub fn QuickCheck(locale: Locale) -> impl IntoView {
    let counts = RwSignal::new(Headcount::default());
    let too_many_lecturers = move || counts.with(|c| c.too_many_lecturers());
    // The verdicts keep the last possible counts while the typed ones are impossible.
    let evaluation =
        Memo::new(
            move |previous: Option<&Option<Evaluation>>| {
                if too_many_lecturers() { previous.cloned().flatten() } else { counts.get().evaluate() }
            },
        );
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
                    // A refused number keeps the last good one; the browser marks the
                    // field invalid (min, max, whole numbers) and the message beside it shows.
                    on:input=move |ev| {
                        if let Some(n) = parse_count(&event_target_value(&ev)) {
                            counts.update(|c| set(c, n))
                        }
                    }
                />
                <span class="field-error check-range">{td_string!(locale, check_invalid_number)}</span>
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
        <p class="field-error" id="check-impossible" role="alert" hidden=move || !too_many_lecturers()>
            {td_string!(locale, check_too_many_lecturers)}
        </p>
        <p class="hint">{td_string!(locale, check_assumes)}</p>
        <ul class="verdicts" aria-live="polite">
            {Tier::ALL
                .into_iter()
                .map(|tier| view! { <Verdict locale tier evaluation highlighted=false open=true /> })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headcount_is_a_whole_number_from_none_to_the_most_a_field_takes() {
        assert_eq!(parse_count(""), Some(0));
        assert_eq!(parse_count(" 7 "), Some(7));
        assert_eq!(parse_count("99"), Some(99));
        for refused in ["-1", "1.5", "100", "seven"] {
            assert_eq!(parse_count(refused), None, "{refused}");
        }
    }

    #[test]
    fn more_lecturers_than_engineers_is_impossible() {
        let three = Headcount { service: 1, usage: 1, development: 1, lecturers: 3 };
        assert!(!three.too_many_lecturers());
        assert!(Headcount { lecturers: 4, ..three }.too_many_lecturers());
    }
}
