//! A stored application measured against the policy in force now: what a reviewer sees
//! beside the verdict it was submitted with, and what an approval must meet.

use app::api::{ApplicationRequest, TierLine};
use app::domain::{Evaluation, Tier, current_policy, evaluate};

/// The engine's verdict on `request` under today's policy; `None` when the stored record
/// no longer parses (a row written by an older build with a rule since tightened).
pub fn evaluate_now(request: &ApplicationRequest, reference: &str) -> Option<Evaluation> {
    let mut request = request.clone();
    // Parsing needs a well-formed key; the key plays no part in the verdict.
    request.submission_key = Some(format!("review-of-{reference}"));
    request.parse().ok().map(|submission| evaluate(&submission.draft, current_policy()))
}

/// One line per tier, in the tiers' order.
pub fn lines(evaluation: &Evaluation) -> Vec<TierLine> {
    Tier::ALL
        .into_iter()
        .map(|tier| {
            let result = evaluation.results.get(tier);
            TierLine { tier, eligible: result.eligible, shortfalls: result.shortfalls.clone() }
        })
        .collect()
}
