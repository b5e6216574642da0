//! Invariants over every roster, checked with proptest.

use app::api::{DeclarationsInput, EligibilityRequest, EngineerInput};
use app::domain::{
    ApplicationDraft, Category, Certification, CertifiedEngineer, Declaration, EnterpriseLevel, Evaluation,
    Qualification, Tier, Track, current_policy, evaluate,
};
use proptest::prelude::*;

use crate::helpers::engineer;

fn qualification() -> impl Strategy<Value = Qualification> {
    prop_oneof![
        Just(Qualification::Automation(Certification::Service)),
        Just(Qualification::Automation(Certification::Usage)),
        Just(Qualification::Development),
    ]
}

/// Engineers drawn from a small pool of IDs, so rosters often repeat a certificate.
fn certified_engineer() -> impl Strategy<Value = CertifiedEngineer> {
    (0u8..12, qualification(), any::<bool>())
        .prop_map(|(id, q, lecturer)| engineer(&format!("POOL-{id}"), q, lecturer))
}

fn draft() -> impl Strategy<Value = ApplicationDraft> {
    (
        proptest::option::of(prop_oneof![
            Just(Category::Enterprise),
            Just(Category::Community),
            Just(Category::Education),
            Just(Category::Brand)
        ]),
        proptest::option::of(prop_oneof![
            Just(EnterpriseLevel::Trial),
            Just(EnterpriseLevel::Third),
            Just(EnterpriseLevel::First)
        ]),
        proptest::collection::vec(certified_engineer(), 0..20),
        proptest::collection::btree_set(proptest::sample::select(Declaration::ALL.to_vec()), 0..8),
    )
        .prop_map(|(category, enterprise_level, engineers, declarations)| ApplicationDraft {
            category,
            enterprise_level,
            engineers,
            declarations,
            brand_description: None,
        })
}

/// For every tier: `after` is at least as eligible as `before`, shortfall by shortfall.
fn at_least_as_eligible(after: &Evaluation, before: &Evaluation) -> Result<(), TestCaseError> {
    for tier in Tier::ALL {
        let (a, b) = (after.results.get(tier), before.results.get(tier));
        prop_assert!(a.eligible || !b.eligible, "{tier:?} lost eligibility");
        for shortfall in &a.shortfalls {
            let earlier = b.shortfalls.iter().find(|s| s.requirement == shortfall.requirement);
            prop_assert!(
                earlier.is_some_and(|e| e.have <= shortfall.have),
                "{tier:?}: {shortfall:?} is new or worse"
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn adding_a_certified_engineer_never_lowers_eligibility(
        draft in draft(),
        qualification in qualification(),
        lecturer in any::<bool>(),
        position in any::<prop::sample::Index>(),
    ) {
        let before = evaluate(&draft, current_policy());
        let mut grown = draft.clone();
        let at = position.index(grown.engineers.len() + 1);
        grown.engineers.insert(at, engineer("NEW-CERT-1", qualification, lecturer));
        let after = evaluate(&grown, current_policy());
        at_least_as_eligible(&after, &before)?;
    }

    #[test]
    fn a_duplicated_certificate_id_never_raises_eligibility(
        draft in draft(),
        which in any::<prop::sample::Index>(),
        qualification in qualification(),
        lecturer in any::<bool>(),
        position in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!draft.engineers.is_empty());
        let before = evaluate(&draft, current_policy());
        let original = &draft.engineers[which.index(draft.engineers.len())];
        let mut copy = engineer(original.certificate_id.as_str(), qualification, lecturer);
        copy.name = original.name.clone();
        let mut padded = draft.clone();
        padded.engineers.insert(position.index(padded.engineers.len() + 1), copy);
        let after = evaluate(&padded, current_policy());
        at_least_as_eligible(&before, &after)?;
        prop_assert!(!after.duplicate_certificate_ids.is_empty());
    }

    #[test]
    fn no_input_makes_parsing_or_evaluation_panic(
        category in proptest::option::of(prop_oneof![Just(Category::Enterprise), Just(Category::Brand)]),
        rows in proptest::collection::vec(
            (proptest::option::of(".{0,120}"), proptest::option::of(".{0,80}"),
             proptest::option::of(prop_oneof![Just(Track::Automation), Just(Track::Development)]),
             proptest::option::of(prop_oneof![Just(Certification::Service), Just(Certification::Usage)]),
             any::<bool>()),
            0..30),
        ticks in proptest::collection::vec(proptest::option::of(any::<bool>()), 7),
        brand in proptest::option::of(".{0,2100}"),
    ) {
        let mut declarations = DeclarationsInput::default();
        for (declaration, tick) in Declaration::ALL.into_iter().zip(ticks) {
            declarations.set(declaration, tick);
        }
        let request = EligibilityRequest {
            category,
            enterprise_level: None,
            engineers: rows
                .into_iter()
                .map(|(name, certificate_id, track, certification, lecturer)| EngineerInput {
                    name, certificate_id, track, certification, lecturer,
                })
                .collect(),
            declarations,
            brand_description: brand,
        };
        if let Ok(draft) = request.parse() {
            let evaluation = evaluate(&draft, current_policy());
            prop_assert_eq!(evaluation.policy_version, current_policy().version);
        }
    }
}
