use leptos::prelude::*;

use crate::domain::{Certification, Tier, TierRule, current_policy};
use crate::i18n::{t, use_i18n};
use crate::phrases::tier_name;

/// The programme's table, drawn from the policy in force (so it can never disagree with
/// what the engine decides).
#[component]
pub fn RequirementsTable() -> impl IntoView {
    let i18n = use_i18n();
    let policy = current_policy();
    let version = policy.version;
    view! {
        <section id="requirements" class="requirements" aria-labelledby="requirements-title">
            <h2 id="requirements-title">{t!(i18n, requirements_title, version)}</h2>
            <p>{t!(i18n, requirements_intro)}</p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, col_partnership)}</th>
                            <th scope="col">{t!(i18n, col_automation)}</th>
                            <th scope="col">{t!(i18n, col_development)}</th>
                            <th scope="col">{t!(i18n, col_fee)}</th>
                            <th scope="col">{t!(i18n, col_also)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {policy.tiers.iter().map(|rule| view! { <Row rule=*rule /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h3>{t!(i18n, interpretations_title)}</h3>
            <ul>
                <li>{t!(i18n, interpretation_service)}</li>
                <li>{t!(i18n, interpretation_once)}</li>
                <li>{t!(i18n, interpretation_lecturers)}</li>
            </ul>
        </section>
    }
}

#[component]
fn Row(rule: TierRule) -> impl IntoView {
    let i18n = use_i18n();
    let automation = match rule.automation_engineers {
        Some(staff) if staff.certification == Certification::Service => {
            let count = staff.required;
            t!(i18n, staff_service, count).into_any()
        }
        Some(staff) => {
            let count = staff.required;
            t!(i18n, staff_usage, count).into_any()
        }
        None => t!(i18n, staff_none).into_any(),
    };
    let development = match rule.development_engineers {
        0 => t!(i18n, staff_none).into_any(),
        n => n.into_any(),
    };
    let fee = if rule.fee { t!(i18n, fee_yes).into_any() } else { t!(i18n, fee_no).into_any() };
    let also = match rule.tier {
        Tier::EnterpriseTrial => t!(i18n, also_enterprise_trial).into_any(),
        Tier::Enterprise => t!(i18n, also_enterprise).into_any(),
        Tier::Community => t!(i18n, also_community).into_any(),
        Tier::Education => t!(i18n, also_education).into_any(),
        Tier::Brand => t!(i18n, also_brand).into_any(),
    };
    view! {
        <tr data-tier=rule.tier.key()>
            <th scope="row">{tier_name(i18n.get_locale_untracked(), rule.tier)}</th>
            <td>{automation}</td>
            <td>{development}</td>
            <td>{fee}</td>
            <td>{also}</td>
        </tr>
    }
}
