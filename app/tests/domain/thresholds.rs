//! The programme's table, row by row: at each threshold, one below and one above, for
//! Service- and Usage-certified Automation Engineers and for Development Engineers.

use app::domain::Tier;

use crate::helpers::{Staff, judge, shortfalls};

fn staff(service: u32, usage: u32, development: u32, lecturers: u32) -> Staff {
    Staff { service, usage, development, lecturers }
}

/// Service-certified Automation, Usage-certified Automation, Development, lecturers.
type Headcount = (u32, u32, u32, u32);

/// (tier, staff, eligible?)
const CASES: &[(Tier, Headcount, bool)] = &[
    // Enterprise (Trial): 3 Service-certified Automation, 3 Development.
    (Tier::EnterpriseTrial, (3, 0, 3, 0), true),
    (Tier::EnterpriseTrial, (2, 0, 3, 0), false),
    (Tier::EnterpriseTrial, (3, 0, 2, 0), false),
    (Tier::EnterpriseTrial, (4, 0, 4, 0), true),
    (Tier::EnterpriseTrial, (2, 1, 3, 0), false),
    (Tier::EnterpriseTrial, (0, 3, 3, 0), false),
    // Enterprise (Third/Second/First): 5 and 5.
    (Tier::Enterprise, (5, 0, 5, 0), true),
    (Tier::Enterprise, (4, 0, 5, 0), false),
    (Tier::Enterprise, (5, 0, 4, 0), false),
    (Tier::Enterprise, (6, 0, 6, 0), true),
    (Tier::Enterprise, (4, 1, 5, 0), false),
    (Tier::Enterprise, (0, 5, 5, 0), false),
    // Community: 2 Service-certified Automation, 1 Development.
    (Tier::Community, (2, 0, 1, 0), true),
    (Tier::Community, (1, 0, 1, 0), false),
    (Tier::Community, (2, 0, 0, 0), false),
    (Tier::Community, (3, 0, 2, 0), true),
    (Tier::Community, (1, 1, 1, 0), false),
    (Tier::Community, (0, 2, 1, 0), false),
    // Education: 1 Usage-certified Automation, 1 Development, and a lecturer.
    (Tier::Education, (0, 1, 1, 1), true),
    (Tier::Education, (0, 0, 1, 1), false),
    (Tier::Education, (0, 1, 0, 1), false),
    (Tier::Education, (0, 2, 2, 2), true),
    (Tier::Education, (1, 0, 1, 1), true),
    (Tier::Education, (0, 1, 1, 0), false),
    // Brand: no minimum numbers.
    (Tier::Brand, (0, 0, 0, 0), true),
    (Tier::Brand, (1, 1, 1, 0), true),
];

#[test]
fn every_row_of_the_programme_table_decides_as_the_overview_says() {
    for &(tier, (service, usage, development, lecturers), expected) in CASES {
        let evaluation = judge(staff(service, usage, development, lecturers));
        let result = evaluation.results.get(tier);
        assert_eq!(
            result.eligible, expected,
            "{tier:?} with {service} service / {usage} usage / {development} development / {lecturers} lecturers: {:?}",
            result.shortfalls
        );
        assert_eq!(result.shortfalls.is_empty(), expected);
    }
}

#[test]
fn a_shortfall_names_the_requirement_and_both_numbers() {
    let evaluation = judge(staff(2, 0, 4, 0));
    assert_eq!(
        shortfalls(&evaluation, Tier::EnterpriseTrial),
        vec![("automation_engineers:service".to_owned(), 3, 2)]
    );
    assert_eq!(
        shortfalls(&evaluation, Tier::Enterprise),
        vec![("automation_engineers:service".to_owned(), 5, 2), ("development_engineers".to_owned(), 5, 4)]
    );
    let message = &evaluation.results.enterprise_trial.shortfalls[0].message;
    assert_eq!(message, "Needs 1 more Service-certified O&M Automation Engineer (has 2 of 3).");
}

#[test]
fn only_the_enterprise_tiers_carry_a_fee() {
    let evaluation = judge(Staff::default());
    for tier in Tier::ALL {
        let fee = matches!(tier, Tier::EnterpriseTrial | Tier::Enterprise);
        assert_eq!(evaluation.results.get(tier).fee, fee, "{tier:?}");
    }
}

#[test]
fn the_education_usage_requirement_counts_usage_and_service_holders() {
    let evaluation = judge(staff(0, 0, 1, 0));
    assert_eq!(
        shortfalls(&evaluation, Tier::Education),
        vec![("automation_engineers:usage".to_owned(), 1, 0), ("lecturers".to_owned(), 1, 0)]
    );
}
