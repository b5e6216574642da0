//! Moving between the wizard's steps: the rules the WASM wizard and the server-rendered one
//! (for a browser without JavaScript or WASM) both follow, so the two cannot disagree.

use super::draft::{Step, WizardDraft};
use crate::domain::{Declaration, FieldError};
use crate::serverfns::AppError;

/// Where "Next" leads from the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaving {
    To(Step),
    /// The step has errors to fix first.
    Fix,
    /// The step still lacks something the applicant may add later: ask before going on.
    Confirm,
    /// The last step: there is no next one.
    Stay,
}

/// "Next" from the draft's step, given the draft's errors; `confirmed` once the applicant
/// chose to go on with what the step still lacks.
pub fn leave(draft: &WizardDraft, errors: &[FieldError], confirmed: bool) -> Leaving {
    let here = draft.step;
    if errors.iter().any(|error| here.owns(&error.field)) {
        return Leaving::Fix;
    }
    if !confirmed && still_needed(draft).is_some() {
        return Leaving::Confirm;
    }
    here.next().map_or(Leaving::Stay, Leaving::To)
}

/// What the current step lacks that the partnership asked for will need, though the step
/// may be left without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StillNeeded {
    Engineers,
    Declarations(Vec<Declaration>),
}

pub fn still_needed(draft: &WizardDraft) -> Option<StillNeeded> {
    match draft.step {
        Step::Engineers if draft.request.engineers.is_empty() && draft.needs_engineers() => {
            Some(StillNeeded::Engineers)
        }
        Step::Declarations => {
            let missing: Vec<Declaration> = draft
                .needed_declarations()
                .iter()
                .copied()
                .filter(|&declaration| draft.request.declarations.answer(declaration) != Some(true))
                .collect();
            (!missing.is_empty()).then_some(StillNeeded::Declarations(missing))
        }
        _ => None,
    }
}

/// In the context of the wizard page the server renders after a post from a browser without
/// JavaScript or WASM: the draft as posted (with what to show about it), and why a
/// submission was refused. Server-side only; the island gets the draft, the refusal in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Posted {
    pub draft: WizardDraft,
    pub failure: Option<AppError>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::EngineerInput;
    use crate::domain::Category;

    fn at(step: Step) -> WizardDraft {
        let mut draft = WizardDraft { step, ..Default::default() };
        draft.request.category = Some(Category::Community);
        draft
    }

    #[test]
    fn an_error_on_the_step_keeps_the_applicant_there() {
        let errors = [FieldError::new("company.email", "required", "is required")];
        assert_eq!(leave(&at(Step::Company), &errors, false), Leaving::Fix);
        // An error that belongs to a later step does not.
        assert_eq!(leave(&at(Step::Category), &errors, false), Leaving::To(Step::Engineers));
    }

    #[test]
    fn an_empty_roster_is_asked_about_once_then_let_through() {
        let draft = at(Step::Engineers);
        assert_eq!(still_needed(&draft), Some(StillNeeded::Engineers));
        assert_eq!(leave(&draft, &[], false), Leaving::Confirm);
        assert_eq!(leave(&draft, &[], true), Leaving::To(Step::Declarations));
        let mut listed = draft;
        listed.request.engineers.push(EngineerInput::default());
        assert_eq!(leave(&listed, &[], false), Leaving::To(Step::Declarations));
    }

    #[test]
    fn a_brand_partnership_is_not_asked_for_engineers() {
        let mut draft = at(Step::Engineers);
        draft.request.category = Some(Category::Brand);
        assert_eq!(leave(&draft, &[], false), Leaving::To(Step::Declarations));
    }

    #[test]
    fn the_declarations_not_ticked_are_named() {
        let mut draft = at(Step::Declarations);
        let needed = draft.needed_declarations().to_vec();
        assert!(!needed.is_empty(), "the Community partnership asks for declarations");
        assert_eq!(still_needed(&draft), Some(StillNeeded::Declarations(needed.clone())));
        draft.request.declarations.set(needed[0], Some(true));
        assert_eq!(
            still_needed(&draft),
            Some(StillNeeded::Declarations(needed[1..].to_vec())).filter(|_| needed.len() > 1)
        );
        for &declaration in &needed {
            draft.request.declarations.set(declaration, Some(true));
        }
        assert_eq!(leave(&draft, &[], false), Leaving::To(Step::Review));
    }

    #[test]
    fn the_last_step_has_no_next() {
        assert_eq!(leave(&at(Step::Review), &[], false), Leaving::Stay);
    }
}
