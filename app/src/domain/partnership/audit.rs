use std::collections::BTreeSet;

use crate::domain::{ApplicationDraft, Measure, Policy, Shortfall, Tier, evaluate, measure};
use crate::keyed::keyed;

keyed! {
    /// What an audit check concluded about a sampled partner.
    pub enum Finding {
        Passed => "passed",
        /// Too few verified engineers for the partner's tier.
        Shortfall => "shortfall",
        /// A claimed engineer could not be verified: a breach.
        Deception => "deception",
    }
}

/// How many active partners an audit samples: a number, or a percentage of them (rounded
/// up, so a non-empty programme is never audited with a sample of none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleSize {
    Count(u32),
    Percent(u32),
}

impl SampleSize {
    pub fn of(self, population: usize) -> usize {
        let wanted = match self {
            Self::Count(n) => usize::try_from(n).unwrap_or(usize::MAX),
            Self::Percent(p) => {
                let p = usize::try_from(p.min(100)).unwrap_or(100);
                (population * p).div_ceil(100)
            }
        };
        wanted.min(population)
    }
}

/// What a reviewer's check of a sampled partner found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFinding {
    /// The partner tier's staff numbers, counting verified engineers only.
    pub numbers: Vec<Measure>,
    /// What the verified roster lacks for the partner's tier.
    pub shortfalls: Vec<Shortfall>,
    /// Certificates the partner claims that could not be verified: deception, a breach
    /// (overview: "if any deception is found, it will be regarded as a breach of contract").
    pub unverified: Vec<String>,
}

impl AuditFinding {
    pub fn flagged(&self) -> bool {
        !self.unverified.is_empty() || !self.shortfalls.is_empty()
    }

    /// Deception outweighs a shortfall.
    pub fn verdict(&self) -> Finding {
        if !self.unverified.is_empty() {
            Finding::Deception
        } else if !self.shortfalls.is_empty() {
            Finding::Shortfall
        } else {
            Finding::Passed
        }
    }

    pub fn key(&self) -> &'static str {
        self.verdict().key()
    }
}

/// Judges the partner's claimed `roster` with only the `verified` certificate IDs counted.
pub fn audit_finding(
    roster: &ApplicationDraft,
    verified: &BTreeSet<String>,
    tier: Tier,
    policy: &Policy,
) -> AuditFinding {
    let mut checked = roster.clone();
    checked.engineers.retain(|e| verified.contains(e.certificate_id.as_str()));
    let unverified: BTreeSet<String> = roster
        .engineers
        .iter()
        .map(|e| e.certificate_id.as_str().to_owned())
        .filter(|id| !verified.contains(id))
        .collect();
    let shortfalls = evaluate(&checked, policy)
        .results
        .get(tier)
        .shortfalls
        .iter()
        .filter(|s| is_staff(s))
        .cloned()
        .collect();
    AuditFinding {
        numbers: measure(&checked, policy, tier).into_iter().filter(Measure::is_staff).collect(),
        shortfalls,
        unverified: unverified.into_iter().collect(),
    }
}

fn is_staff(shortfall: &Shortfall) -> bool {
    Measure::new(shortfall.requirement, shortfall.required, shortfall.have).is_staff()
}
