use time::Date;

use super::{PartnerStatus, Term};
use crate::domain::{
    ApplicationDraft, Category, EnterpriseLevel, Measure, Policy, Shortfall, Tier, evaluate, measure,
};

/// Where a Trial partner stands against its one-year deadline (overview: "must upgrade to an
/// official Enterprise Edition Technology Partner within one year, otherwise it will not be renewed").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialCountdown {
    /// Negative once the year is over.
    pub days_left: i64,
    /// The full Enterprise staff numbers against what the roster has.
    pub numbers: Vec<Measure>,
    /// What keeps it from the full Enterprise numbers.
    pub missing: Vec<Shortfall>,
    /// The deadline is within the due window and has not passed.
    pub due: bool,
    pub overdue: bool,
    /// The year is over and the numbers are short: propose not to renew.
    pub propose_non_renewal: bool,
}

pub fn trial_countdown(
    term: Term,
    today: Date,
    roster: &ApplicationDraft,
    policy: &Policy,
) -> TrialCountdown {
    let missing = evaluate(roster, policy).results.enterprise.shortfalls;
    let overdue = term.has_ended(today);
    TrialCountdown {
        days_left: term.days_left(today),
        numbers: measure(roster, policy, Tier::Enterprise).into_iter().filter(Measure::is_staff).collect(),
        due: term.is_due(today) && !overdue,
        overdue,
        propose_non_renewal: overdue && !missing.is_empty(),
        missing,
    }
}

/// Why a partner cannot be renewed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenewalRefusal {
    /// Only an active partner is renewed (one awaiting its fee has no term yet).
    NotActive,
    /// Renewal opens when the term ends within the due window.
    NotDue { days_left: i64 },
    /// A trial is not renewed as a trial: with the full Enterprise numbers, move it to its
    /// level first, then renew.
    StillTrial,
    /// It no longer qualifies under the current policy.
    Shortfalls(Vec<Shortfall>),
}

/// The next term if `status`, `term` and the roster allow a renewal today. The requirements
/// "must be met before renewal", so the roster is judged under the current `policy`.
pub fn check_renewal(
    status: PartnerStatus,
    term: Option<Term>,
    today: Date,
    tier: Tier,
    roster: &ApplicationDraft,
    policy: &Policy,
) -> Result<Term, RenewalRefusal> {
    let term = match (status, term) {
        (PartnerStatus::Active, Some(term)) => term,
        _ => return Err(RenewalRefusal::NotActive),
    };
    if !term.is_due(today) {
        return Err(RenewalRefusal::NotDue { days_left: term.days_left(today) });
    }
    let results = evaluate(roster, policy).results;
    let (judged, trial) = match tier {
        Tier::EnterpriseTrial => (results.enterprise, true),
        other => (results.get(other).clone(), false),
    };
    match (judged.eligible, trial) {
        (false, _) => Err(RenewalRefusal::Shortfalls(judged.shortfalls)),
        (true, true) => Err(RenewalRefusal::StillTrial),
        (true, false) => Ok(term.renewed()),
    }
}

/// An active partner whose term is over and who no longer qualifies is proposed for
/// non-renewal; a reviewer confirms it.
pub fn non_renewal_proposed(
    status: PartnerStatus,
    term: Option<Term>,
    today: Date,
    tier: Tier,
    roster: &ApplicationDraft,
    policy: &Policy,
) -> bool {
    term.is_some_and(|t| t.has_ended(today))
        && matches!(
            check_renewal(status, term, today, tier, roster, policy),
            Err(RenewalRefusal::Shortfalls(_))
        )
}

/// Why an Enterprise partner's level cannot change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LevelRefusal {
    NotEnterprise,
    /// The cooperation has ended.
    Ended,
    Unchanged,
    /// Leaving Trial needs the full Enterprise numbers.
    Shortfalls(Vec<Shortfall>),
}

pub fn check_level_change(
    category: Category,
    status: PartnerStatus,
    from: Option<EnterpriseLevel>,
    to: EnterpriseLevel,
    roster: &ApplicationDraft,
    policy: &Policy,
) -> Result<(), LevelRefusal> {
    if category != Category::Enterprise {
        return Err(LevelRefusal::NotEnterprise);
    }
    if status.ended() {
        return Err(LevelRefusal::Ended);
    }
    if from == Some(to) {
        return Err(LevelRefusal::Unchanged);
    }
    if from == Some(EnterpriseLevel::Trial) {
        let full = evaluate(roster, policy).results.enterprise;
        if !full.eligible {
            return Err(LevelRefusal::Shortfalls(full.shortfalls));
        }
    }
    Ok(())
}
