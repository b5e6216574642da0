//! After signing: terms, the trial's deadline, renewals, level changes, audit findings.

use std::collections::BTreeMap;

use app::domain::partnership::{
    EngineerFinding, LevelRefusal, PartnerStatus, Quarter, RenewalRefusal, SampleSize, Standing, Term,
    audit_finding, check_level_change, check_renewal, non_renewal_proposed, standing, trial_countdown,
};
use app::domain::{Category, EnterpriseLevel, Tier, current_policy};
use time::macros::date;

use crate::helpers::{Staff, complete};

fn trial(service: u32, development: u32) -> app::domain::ApplicationDraft {
    complete(
        Category::Enterprise,
        Some(EnterpriseLevel::Trial),
        Staff { service, development, ..Staff::default() },
    )
}

const TERM: Term = Term { start: date!(2026 - 01 - 15), end: date!(2027 - 01 - 15) };

#[test]
fn a_term_lasts_one_year_and_a_renewal_adds_one() {
    assert_eq!(Term::starting(date!(2026 - 11 - 26)).end, date!(2027 - 11 - 26));
    assert_eq!(Term::starting(date!(2028 - 02 - 29)).end, date!(2029 - 02 - 28));
    assert_eq!(TERM.renewed(), Term { start: date!(2027 - 01 - 15), end: date!(2028 - 01 - 15) });
}

#[test]
fn an_active_partner_is_due_for_renewal_sixty_days_before_its_term_ends() {
    let active = |today| standing(PartnerStatus::Active, Some(TERM), today);
    assert_eq!(active(date!(2026 - 11 - 15)), Standing::Active, "61 days left");
    assert_eq!(active(date!(2026 - 11 - 16)), Standing::RenewalDue, "60 days left");
    assert_eq!(active(date!(2027 - 02 - 01)), Standing::RenewalDue, "overdue is still due");
    assert_eq!(standing(PartnerStatus::Terminated, Some(TERM), date!(2027 - 01 - 01)), Standing::Terminated);
    assert_eq!(standing(PartnerStatus::AwaitingFee, None, date!(2027 - 01 - 01)), Standing::AwaitingFee);
}

#[test]
fn the_trial_countdown_counts_days_and_what_is_missing_for_five_and_five() {
    let countdown = trial_countdown(TERM, date!(2026 - 12 - 16), &trial(4, 5), current_policy());
    assert_eq!(countdown.days_left, 30);
    assert!(countdown.due && !countdown.overdue && !countdown.propose_non_renewal);
    let numbers: Vec<(u32, u32)> = countdown.numbers.iter().map(|m| (m.have, m.required)).collect();
    assert_eq!(numbers, [(4, 5), (5, 5)]);
    assert_eq!(countdown.missing.len(), 1);
    assert_eq!((countdown.missing[0].required, countdown.missing[0].have), (5, 4));

    let far = trial_countdown(TERM, date!(2026 - 03 - 01), &trial(4, 5), current_policy());
    assert!(!far.due && !far.overdue);
}

#[test]
fn a_trial_short_at_the_end_of_its_year_is_proposed_for_non_renewal() {
    let policy = current_policy();
    let after = date!(2027 - 01 - 15);
    let short = trial_countdown(TERM, after, &trial(5, 4), policy);
    assert!(short.overdue && short.propose_non_renewal);
    let full = trial_countdown(TERM, after, &trial(5, 5), policy);
    assert!(full.overdue && !full.propose_non_renewal);
    let active = PartnerStatus::Active;
    assert!(non_renewal_proposed(active, Some(TERM), after, Tier::EnterpriseTrial, &trial(5, 4), policy));
    assert!(!non_renewal_proposed(
        active,
        Some(TERM),
        date!(2027 - 01 - 14),
        Tier::EnterpriseTrial,
        &trial(5, 4),
        policy
    ));
}

#[test]
fn renewing_is_blocked_with_the_exact_shortfalls_and_otherwise_adds_a_year() {
    let policy = current_policy();
    let today = date!(2026 - 12 - 20);
    let enterprise = |service, development| {
        complete(
            Category::Enterprise,
            Some(EnterpriseLevel::Third),
            Staff { service, development, ..Staff::default() },
        )
    };
    let renew = |roster: &app::domain::ApplicationDraft| {
        check_renewal(PartnerStatus::Active, Some(TERM), today, Tier::Enterprise, roster, policy)
    };
    assert_eq!(renew(&enterprise(5, 5)), Ok(TERM.renewed()));
    let Err(RenewalRefusal::Shortfalls(missing)) = renew(&enterprise(5, 3)) else {
        panic!("must be blocked")
    };
    assert_eq!(missing.iter().map(|s| (s.required, s.have)).collect::<Vec<_>>(), [(5, 3)]);

    let early = check_renewal(
        PartnerStatus::Active,
        Some(TERM),
        date!(2026 - 06 - 01),
        Tier::Enterprise,
        &enterprise(5, 5),
        policy,
    );
    assert!(matches!(early, Err(RenewalRefusal::NotDue { .. })));
    let trial_ready =
        check_renewal(PartnerStatus::Active, Some(TERM), today, Tier::EnterpriseTrial, &trial(5, 5), policy);
    assert_eq!(trial_ready, Err(RenewalRefusal::StillTrial));
    let ended = check_renewal(
        PartnerStatus::Terminated,
        Some(TERM),
        today,
        Tier::Enterprise,
        &enterprise(5, 5),
        policy,
    );
    assert_eq!(ended, Err(RenewalRefusal::NotActive));
}

#[test]
fn leaving_trial_needs_the_full_enterprise_numbers() {
    let policy = current_policy();
    let change = |roster: &app::domain::ApplicationDraft, from, to| {
        check_level_change(Category::Enterprise, PartnerStatus::Active, Some(from), to, roster, policy)
    };
    use EnterpriseLevel::{First, Third, Trial};
    assert!(matches!(change(&trial(4, 5), Trial, Third), Err(LevelRefusal::Shortfalls(s)) if s.len() == 1));
    assert_eq!(change(&trial(5, 5), Trial, Third), Ok(()));
    assert_eq!(change(&trial(5, 5), Third, First), Ok(()));
    assert_eq!(change(&trial(5, 5), Third, Third), Err(LevelRefusal::Unchanged));
    let community = complete(Category::Community, None, Staff { usage: 3, ..Staff::default() });
    assert_eq!(
        check_level_change(Category::Community, PartnerStatus::Active, None, Third, &community, policy),
        Err(LevelRefusal::NotEnterprise)
    );
}

#[test]
fn an_audit_counts_confirmed_engineers_only_and_only_a_false_certificate_is_deception() {
    let policy = current_policy();
    let roster = trial(3, 3);
    let ids: Vec<String> = roster.engineers.iter().map(|e| e.certificate_id.as_str().to_owned()).collect();
    let all = |finding| ids.iter().map(|id| (id.clone(), finding)).collect::<BTreeMap<_, _>>();
    let passed = audit_finding(&roster, &all(EngineerFinding::Confirmed), Tier::EnterpriseTrial, policy);
    assert_eq!((passed.key(), passed.flagged()), ("passed", false));

    // One engineer has left: the numbers fall short, and that is no breach.
    let mut one_left = all(EngineerFinding::Confirmed);
    one_left.insert(ids[0].clone(), EngineerFinding::Left);
    let short = audit_finding(&roster, &one_left, Tier::EnterpriseTrial, policy);
    assert_eq!((short.key(), short.flagged()), ("shortfall", true));
    assert_eq!((short.left.clone(), short.unverified.len()), (vec![ids[0].clone()], 0));
    assert_eq!(short.numbers.iter().map(|m| (m.have, m.required)).collect::<Vec<_>>(), [(2, 3), (3, 3)]);

    // A false certificate is deception, whatever the numbers.
    let mut one_false = all(EngineerFinding::Confirmed);
    one_false.insert(ids[5].clone(), EngineerFinding::FalseCertificate);
    let deceived = audit_finding(&roster, &one_false, Tier::EnterpriseTrial, policy);
    assert_eq!((deceived.key(), deceived.flagged()), ("deception", true));
    assert_eq!(deceived.unverified, [ids[5].clone()]);

    // An engineer with no finding is not counted.
    let mut unanswered = all(EngineerFinding::Confirmed);
    unanswered.remove(&ids[1]);
    assert_eq!(audit_finding(&roster, &unanswered, Tier::EnterpriseTrial, policy).key(), "shortfall");
}

#[test]
fn a_sample_size_is_a_count_or_a_percentage_rounded_up_and_never_more_than_there_are() {
    assert_eq!(SampleSize::Count(5).of(3), 3);
    assert_eq!(SampleSize::Count(2).of(30), 2);
    assert_eq!(SampleSize::Percent(10).of(31), 4);
    assert_eq!(SampleSize::Percent(10).of(1), 1);
    assert_eq!(SampleSize::Percent(500).of(7), 7);
    assert_eq!(SampleSize::Percent(10).of(0), 0);
}

#[test]
fn quarters_are_written_and_read_as_year_and_number() {
    let q = Quarter::containing(date!(2026 - 11 - 26));
    assert_eq!(q.to_string(), "2026-Q4");
    assert_eq!(q.previous().to_string(), "2026-Q3");
    assert_eq!(Quarter { year: 2027, number: 1 }.previous().to_string(), "2026-Q4");
    assert_eq!(Quarter::parse("2026-Q4"), Some(q));
    assert_eq!(Quarter::parse("2026-Q5"), None);
    assert_eq!(Quarter::parse("Q4"), None);
}
