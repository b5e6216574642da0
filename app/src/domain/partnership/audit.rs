use std::collections::BTreeMap;

use crate::domain::{ApplicationDraft, Measure, Policy, Shortfall, Tier, evaluate, measure};
use crate::keyed::keyed;

keyed! {
    /// What an audit check concluded about a sampled partner.
    pub enum Finding {
        Passed => "passed",
        /// Too few confirmed engineers for the partner's tier.
        Shortfall => "shortfall",
        /// A false certificate: deception, a breach of contract.
        Deception => "deception",
    }
}

keyed! {
    /// What the certification body's records say of one engineer the partner claims.
    pub enum EngineerFinding {
        /// Certified, and with the partner.
        Confirmed => "confirmed",
        /// Certified, but no longer with the partner: not counted, and no breach.
        Left => "left",
        /// Not issued, or issued to someone else: deception.
        FalseCertificate => "false_certificate",
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

/// What a check of a sampled partner found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFinding {
    /// The partner tier's staff numbers, counting confirmed engineers only.
    pub numbers: Vec<Measure>,
    /// What the confirmed roster lacks for the partner's tier.
    pub shortfalls: Vec<Shortfall>,
    /// False certificates: deception, a breach (overview: "if any deception is found, it
    /// will be regarded as a breach of contract").
    pub unverified: Vec<String>,
    /// Engineers no longer with the partner: not counted, no breach.
    pub left: Vec<String>,
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

/// Judges the partner's claimed `roster` by what was found of each engineer (by certificate
/// ID): only confirmed ones count. An engineer with no finding counts as not confirmed;
/// callers ask for a finding for everyone first.
pub fn audit_finding(
    roster: &ApplicationDraft,
    found: &BTreeMap<String, EngineerFinding>,
    tier: Tier,
    policy: &Policy,
) -> AuditFinding {
    let of = |finding: EngineerFinding| -> Vec<String> {
        roster
            .engineers
            .iter()
            .map(|e| e.certificate_id.as_str().to_owned())
            .filter(|id| found.get(id) == Some(&finding))
            .collect()
    };
    let mut checked = roster.clone();
    checked.engineers.retain(|e| found.get(e.certificate_id.as_str()) == Some(&EngineerFinding::Confirmed));
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
        unverified: of(EngineerFinding::FalseCertificate),
        left: of(EngineerFinding::Left),
    }
}

fn is_staff(shortfall: &Shortfall) -> bool {
    Measure::new(shortfall.requirement, shortfall.required, shortfall.have).is_staff()
}
