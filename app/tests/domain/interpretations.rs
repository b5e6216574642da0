//! The interpretations SPEC.md makes, the declarations, and the nearest upgrade.

use app::domain::{
    ApplicationDraft, Category, Certification, Declaration, EnterpriseLevel, Qualification, Tier,
    current_policy, evaluate,
};

use crate::helpers::{Staff, complete, engineer, shortfalls};

#[test]
fn a_certificate_listed_twice_counts_once_and_is_reported() {
    let mut draft =
        complete(Category::Community, None, Staff { service: 1, development: 1, ..Staff::default() });
    let first = draft.engineers[0].clone();
    draft.engineers.push(first);
    let evaluation = evaluate(&draft, current_policy());
    assert_eq!(evaluation.duplicate_certificate_ids, vec!["BK-0000".to_owned()]);
    assert_eq!(
        shortfalls(&evaluation, Tier::Community),
        vec![("automation_engineers:service".to_owned(), 2, 1)]
    );
}

#[test]
fn contradicting_claims_of_one_certificate_count_for_nothing() {
    let mut draft = complete(Category::Community, None, Staff::default());
    draft.engineers = vec![
        engineer("BK-1", Qualification::Automation(Certification::Service), false),
        engineer("BK-1", Qualification::Development, false),
    ];
    let evaluation = evaluate(&draft, current_policy());
    assert_eq!(
        shortfalls(&evaluation, Tier::Community),
        vec![("automation_engineers:service".to_owned(), 2, 0), ("development_engineers".to_owned(), 1, 0)]
    );
}

#[test]
fn each_category_needs_exactly_its_declarations() {
    let nothing_declared = |category, level| {
        let mut draft =
            complete(category, level, Staff { service: 9, development: 9, lecturers: 1, ..Staff::default() });
        draft.declarations.clear();
        evaluate(&draft, current_policy())
    };
    let needed = |tier: Tier, evaluation: &app::domain::Evaluation| -> Vec<String> {
        shortfalls(evaluation, tier).into_iter().map(|(key, _, _)| key).collect()
    };
    let evaluation = nothing_declared(Category::Enterprise, Some(EnterpriseLevel::Trial));
    let base = ["concept_and_assessment", "no_competitors", "quarterly_checks", "termination_terms"]
        .map(|d| format!("declaration:{d}"));
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().cloned().chain(extra.iter().map(|d| format!("declaration:{d}"))).collect()
    };
    assert_eq!(needed(Tier::EnterpriseTrial, &evaluation), with(&["service_fee", "trial_upgrade"]));
    assert_eq!(needed(Tier::Enterprise, &evaluation), with(&["service_fee"]));
    assert_eq!(needed(Tier::Community, &evaluation), with(&[]));
    assert_eq!(needed(Tier::Education, &evaluation), with(&["lecturers_certified"]));
    assert_eq!(needed(Tier::Brand, &evaluation), with(&[]));
}

#[test]
fn a_brand_partner_describes_the_brand_it_brings() {
    let mut draft = complete(Category::Brand, None, Staff::default());
    draft.brand_description = None;
    let evaluation = evaluate(&draft, current_policy());
    assert_eq!(shortfalls(&evaluation, Tier::Brand), vec![("brand_description".to_owned(), 1, 0)]);
}

#[test]
fn a_trial_applicant_is_shown_what_full_enterprise_still_needs() {
    let draft = complete(
        Category::Enterprise,
        Some(EnterpriseLevel::Trial),
        Staff { service: 3, development: 4, ..Staff::default() },
    );
    let evaluation = evaluate(&draft, current_policy());
    assert_eq!(evaluation.requested, Some(Tier::EnterpriseTrial));
    let upgrade = evaluation.nearest_upgrade.expect("trial has an upgrade");
    assert_eq!(upgrade.to, Tier::Enterprise);
    assert!(!upgrade.eligible);
    let missing: Vec<_> =
        upgrade.shortfalls.iter().map(|s| (s.requirement.to_string(), s.required, s.have)).collect();
    assert_eq!(
        missing,
        vec![("automation_engineers:service".to_owned(), 5, 3), ("development_engineers".to_owned(), 5, 4)]
    );
}

#[test]
fn the_ladder_runs_community_to_trial_to_enterprise_and_stops() {
    let upgrade_of = |category, level| {
        let draft =
            ApplicationDraft { category: Some(category), enterprise_level: level, ..Default::default() };
        evaluate(&draft, current_policy()).nearest_upgrade.map(|u| u.to)
    };
    assert_eq!(upgrade_of(Category::Community, None), Some(Tier::EnterpriseTrial));
    assert_eq!(upgrade_of(Category::Enterprise, Some(EnterpriseLevel::Trial)), Some(Tier::Enterprise));
    assert_eq!(upgrade_of(Category::Enterprise, Some(EnterpriseLevel::Second)), None);
    assert_eq!(upgrade_of(Category::Education, None), None);
    assert_eq!(upgrade_of(Category::Brand, None), None);
}

#[test]
fn an_empty_draft_is_judged_without_a_requested_tier() {
    let evaluation = evaluate(&ApplicationDraft::default(), current_policy());
    assert_eq!(evaluation.requested, None);
    assert_eq!(evaluation.nearest_upgrade, None);
    assert!(Tier::ALL.into_iter().all(|t| !evaluation.results.get(t).eligible));
}

#[test]
fn the_policy_lists_its_tiers_in_their_canonical_order() {
    let policy = current_policy();
    for (index, tier) in Tier::ALL.into_iter().enumerate() {
        assert_eq!(policy.tiers[index].tier, tier);
        assert_eq!(policy.rule(tier).tier, tier);
    }
    assert!(Declaration::ALL.iter().all(|d| !d.text().is_empty()));
}
