use std::collections::HashMap;

use super::{
    ApplicationDraft, Certification, CertifiedEngineer, Evaluation, Measure, Policy, Qualification,
    Requirement, Shortfall, Tier, TierResult, TierResults, TierRule, Upgrade,
};

/// Decides eligibility for every tier of `policy`, for an application however incomplete.
///
/// Pure and total: no I/O, no panics, the same answer in the browser and on the server.
pub fn evaluate(draft: &ApplicationDraft, policy: &Policy) -> Evaluation {
    let (roster, duplicates) = count_each_certificate_once(&draft.engineers);
    let result = |tier: Tier| judge(policy.rule(tier), draft, &roster);
    let results = TierResults {
        enterprise_trial: result(Tier::EnterpriseTrial),
        enterprise: result(Tier::Enterprise),
        community: result(Tier::Community),
        education: result(Tier::Education),
        brand: result(Tier::Brand),
    };
    let requested = draft.category.map(|c| Tier::requested(c, draft.enterprise_level));
    let nearest_upgrade = requested.and_then(|from| {
        let to = from.upgrade()?;
        let verdict = results.get(to).clone();
        Some(Upgrade { from, to, eligible: verdict.eligible, shortfalls: verdict.shortfalls })
    });
    Evaluation {
        policy_version: policy.version,
        results,
        requested,
        nearest_upgrade,
        duplicate_certificate_ids: duplicates,
    }
}

/// One certificate as the engine counts it.
struct Counted {
    qualification: Qualification,
    lecturer: bool,
}

/// Interpretation (SPEC.md): one certificate counts once. Listing an ID twice is an input
/// error (reported back as a duplicate); the engine counts the certificate once when every
/// listing agrees on what it certifies, and not at all when they disagree, because two
/// contradicting claims cannot both be true. Either way a duplicate never raises eligibility.
/// A lecturer flag likewise counts only when every listing gives it.
fn count_each_certificate_once(engineers: &[CertifiedEngineer]) -> (Vec<Counted>, Vec<String>) {
    let mut by_id: HashMap<&str, (usize, Qualification, bool, bool)> = HashMap::new();
    let mut order = Vec::new();
    let mut duplicates = Vec::new();
    for engineer in engineers {
        let id = engineer.certificate_id.as_str();
        match by_id.get_mut(id) {
            None => {
                by_id.insert(id, (1, engineer.qualification, engineer.lecturer, true));
                order.push(id);
            }
            Some((listed, qualification, lecturer, consistent)) => {
                *listed += 1;
                *lecturer &= engineer.lecturer;
                *consistent &= *qualification == engineer.qualification;
                if *listed == 2 {
                    duplicates.push(id.to_owned());
                }
            }
        }
    }
    let counted = order
        .into_iter()
        .filter_map(|id| by_id.get(id))
        .filter(|(_, _, _, consistent)| *consistent)
        .map(|&(_, qualification, lecturer, _)| Counted { qualification, lecturer })
        .collect();
    (counted, duplicates)
}

fn count(roster: &[Counted], matches: impl Fn(&Counted) -> bool) -> u32 {
    u32::try_from(roster.iter().filter(|e| matches(e)).count()).unwrap_or(u32::MAX)
}

/// Every requirement of `tier`'s rule, with what `draft` has against it, met or not.
/// Renewals, trial countdowns and audits show these numbers; [`evaluate`] keeps the unmet.
pub fn measure(draft: &ApplicationDraft, policy: &Policy, tier: Tier) -> Vec<Measure> {
    let (roster, _) = count_each_certificate_once(&draft.engineers);
    let mut all = Vec::new();
    each_measure(policy.rule(tier), draft, &roster, |m| all.push(m));
    all
}

/// Calls `visit` with each requirement of `rule` and its number. A visitor rather than a
/// returned list: the browser's WASM needs only the shortfalls, and this way carries no
/// list-building code for them (the WASM has a size budget).
fn each_measure(
    rule: &TierRule,
    draft: &ApplicationDraft,
    roster: &[Counted],
    mut visit: impl FnMut(Measure),
) {
    // A requirement of none is no requirement: it is neither shown nor ever short.
    let mut need = |requirement: Requirement, required: u32, have: u32| {
        if required > 0 {
            visit(Measure::new(requirement, required, have));
        }
    };
    if let Some(staff) = rule.automation_engineers {
        let have = count(roster, |e| match e.qualification {
            Qualification::Automation(held) => held.satisfies(staff.certification),
            Qualification::Development => false,
        });
        need(Requirement::AutomationEngineers(staff.certification), staff.required, have);
    }
    let development = count(roster, |e| e.qualification == Qualification::Development);
    need(Requirement::DevelopmentEngineers, rule.development_engineers, development);
    need(Requirement::Lecturers, rule.lecturers, count(roster, |e| e.lecturer));
    for &declaration in rule.declarations {
        let given = u32::from(draft.declarations.contains(&declaration));
        need(Requirement::Declaration(declaration), 1, given);
    }
    if rule.brand_description {
        need(Requirement::BrandDescription, 1, u32::from(draft.brand_description.is_some()));
    }
}

fn judge(rule: &TierRule, draft: &ApplicationDraft, roster: &[Counted]) -> TierResult {
    let mut shortfalls = Vec::new();
    each_measure(rule, draft, roster, |m| {
        if !m.met() {
            let message = explain(m.requirement, m.required, m.have);
            shortfalls.push(Shortfall {
                requirement: m.requirement,
                required: m.required,
                have: m.have,
                message,
            });
        }
    });
    TierResult { eligible: shortfalls.is_empty(), fee: rule.fee, shortfalls }
}

fn explain(requirement: Requirement, required: u32, have: u32) -> String {
    let missing = required.saturating_sub(have);
    let people = |one: &str, many: &str| if missing == 1 { one.to_owned() } else { many.to_owned() };
    match requirement {
        Requirement::AutomationEngineers(Certification::Service) => format!(
            "Needs {missing} more Service-certified O&M Automation {} (has {have} of {required}).",
            people("Engineer", "Engineers"),
        ),
        Requirement::AutomationEngineers(Certification::Usage) => format!(
            "Needs {missing} more O&M Automation {} with a Usage or Service Certification (has {have} of {required}).",
            people("Engineer", "Engineers"),
        ),
        Requirement::DevelopmentEngineers => format!(
            "Needs {missing} more certified O&M Development {} (has {have} of {required}).",
            people("Engineer", "Engineers"),
        ),
        Requirement::Lecturers => format!(
            "Needs {missing} more {} among its certified engineers (has {have} of {required}).",
            people("lecturer", "lecturers"),
        ),
        Requirement::Declaration(declaration) => {
            format!("Needs the declaration: “{}”", declaration.title())
        }
        Requirement::BrandDescription => {
            "Needs a description of the well-known IT product or brand it brings.".to_owned()
        }
    }
}
