//! `/review/audits/{id}`: one quarterly audit — the seed and the list it drew from, so the
//! draw can be repeated, and each sampled partner with its check or the form to record it.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::gate::{StaffBar, StaffOnly};
use crate::api::{AuditFile, SampledPartner};
use crate::i18n::{t, use_i18n};
use crate::serverfns::partners::review_audit;

#[component]
pub fn ReviewAuditPage() -> impl IntoView {
    let params = use_params_map();
    let raw = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let i18n = use_i18n();
    let back_to = format!("/review/audits/{raw}");
    let id = StoredValue::new(raw.parse::<i64>().ok());
    view! {
        <section class="review">
            <StaffBar />
            <p><a href="/review/audits">"← " {t!(i18n, audits_title)}</a></p>
            <Suspense>
                {move || {
                    let back_to = back_to.clone();
                    Suspend::new(async move {
                        let found = match id.get_value() {
                            Some(id) => review_audit(id).await,
                            None => Err(crate::serverfns::AppError::NotFound),
                        };
                        match found {
                            Ok(file) => view! { <AuditDetails file /> }.into_any(),
                            Err(error) => view! { <StaffOnly error back_to /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

#[component]
fn AuditDetails(file: AuditFile) -> impl IntoView {
    let i18n = use_i18n();
    let refused = use_query_map().with_untracked(|q| q.get("refused"));
    let AuditFile { summary, seed, population, sample } = file;
    let audit_id = summary.id;
    let listed = population.iter().map(i64::to_string).collect::<Vec<_>>();
    let (listed_attribute, listed_text) = (listed.join(","), listed.join(", "));
    view! {
        <h1>{t!(i18n, audits_title)} " " {summary.quarter.clone()}</h1>
        {refused.map(|reason| view! { <p class="warning" role="status">{t!(i18n, partner_refused)} " " {reason}</p> })}
        <dl class="status-facts">
            <dt>{t!(i18n, audit_seed)}</dt>
            <dd><code data-seed=seed.clone()>{seed.clone()}</code></dd>
            <dt>{t!(i18n, audit_rule)}</dt>
            <dd>{summary.sample_rule.clone()}</dd>
            <dt>{t!(i18n, audit_population)}</dt>
            <dd data-population=listed_attribute>{listed_text}</dd>
            <dt>{t!(i18n, audits_col_started)}</dt>
            <dd><time datetime=summary.started_at.clone()>{super::short_time(&summary.started_at)}</time> " — " {summary.started_by.clone()}</dd>
            <dt>{t!(i18n, audits_col_checked)}</dt>
            <dd>{summary.checked} " / " {summary.sampled} " · " {t!(i18n, audits_col_flagged)} ": " {summary.flagged}</dd>
        </dl>
        <h2>{t!(i18n, audit_sample)}</h2>
        <p class="hint">{t!(i18n, audit_verify_hint)}</p>
        {sample.into_iter().map(|partner| view! { <Sampled audit_id partner /> }).collect_view()}
    }
}

#[component]
fn Sampled(audit_id: i64, partner: SampledPartner) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/review/partners/{}", partner.partner_id);
    let action = format!("/review/audits/{audit_id}/checks/{}", partner.partner_id);
    let SampledPartner { partner_id, reference, legal_name, tier, standing, roster, check } = partner;
    let reference_attribute = reference.clone();
    view! {
        <section class="sampled" data-sampled-partner=partner_id data-reference=reference_attribute>
            <h3><a href=href>{legal_name}</a> " (" {reference} ") — " {tier.key()} " — " {standing.map_or("", |s| s.key())}</h3>
            {match check {
                Some(check) => {
                    let finding = check.finding.key();
                    view! {
                    <p data-finding=finding>
                        {t!(i18n, audit_finding)} ": " <strong>{check.finding.key()}</strong> " — " {check.numbers}
                        {(!check.unverified.is_empty()).then(|| view! { " — " {t!(i18n, audit_not_verified)} ": " {check.unverified.join(", ")} })}
                        " (" {check.checked_by} ")"
                    </p>
                    }.into_any()
                }
                None => view! {
                    <form method="post" action=action class="decision audit-check">
                        <fieldset>
                            <legend>{t!(i18n, audit_verified)}</legend>
                            {roster.into_iter().enumerate().map(|(n, e)| {
                                let id = format!("verify-{partner_id}-{n}");
                                view! {
                                    <div class="check">
                                        <input type="checkbox" id=id.clone() name="verified" value=e.certificate_id.clone() />
                                        <label for=id>{e.certificate_id} " — " {e.name} " (" {e.track.key()} {e.certification.map(|c| format!(", {}", c.key()))} ")"</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <button type="submit" class="button primary">{t!(i18n, audit_record)}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
