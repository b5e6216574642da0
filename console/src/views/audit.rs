//! `/review/audits/{id}`: one quarterly audit: its seed and the list it drew from (so the
//! draw can be repeated), and each sampled partner with its check, or (for admins) the form
//! to record each engineer's finding. Checks recorded by others show as they come; the
//! choices one is making stay.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use app::api::{AuditCheckLine, AuditFile, EngineerCheck, SampledPartner};
use app::domain::partnership::{EngineerFinding, Finding};
use app::i18n::td_string;

use crate::context::{use_locale, use_staff};
use crate::live::{on_change, on_resync};
use crate::parts::{Failure, FormState, Outcome, standing_badge, tone_badge};
use crate::serverfns::audits::{record_audit_check, review_audit};
use crate::text;

#[component]
pub fn AuditView() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())));
    let file = Resource::new(
        // Drawn once per record: a resync refreshes it in place (what is typed stays).
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => review_audit(id).await,
                None => Err(app::serverfns::AppError::NotFound),
            }
        },
    );
    view! {
        <section class="page">
            <p class="breadcrumb"><A href="/review/audits">"← " {td_string!(locale, audits_title)}</A></p>
            <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                {move || Suspend::new(async move {
                    match file.await {
                        Ok(file) => view! { <Audit file /> }.into_any(),
                        Err(error) => view! { <Failure error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Audit(file: AuditFile) -> impl IntoView {
    let locale = use_locale();
    let AuditFile { summary, seed, population, sample } = file;
    let audit_id = summary.id;
    // Each sampled partner's check, updated live; the rows themselves are drawn once.
    let checks: Vec<(i64, RwSignal<Option<AuditCheckLine>>)> =
        sample.iter().map(|p| (p.partner_id, RwSignal::new(p.check.clone()))).collect();
    let watched: Vec<(String, i64, RwSignal<Option<AuditCheckLine>>)> = sample
        .iter()
        .zip(&checks)
        .map(|(p, (_, check))| (p.reference.clone(), p.partner_id, *check))
        .collect();
    let refresh = move |watched: Vec<(String, i64, RwSignal<Option<AuditCheckLine>>)>| {
        leptos::task::spawn_local(async move {
            let Ok(file) = review_audit(audit_id).await else { return };
            for sampled in file.sample {
                if let Some((_, _, check)) = watched.iter().find(|(_, id, _)| *id == sampled.partner_id) {
                    check.set(sampled.check);
                }
            }
        });
    };
    let resynced = watched.clone();
    on_resync(move || refresh(resynced.clone()));
    on_change(move |event| {
        if event.kind == app::api::LiveKind::AuditChecked
            && watched.iter().any(|(r, _, _)| *r == event.reference)
        {
            refresh(watched.clone());
        }
    });
    let listed = population.iter().map(i64::to_string).collect::<Vec<_>>();
    view! {
        <Title text=format!("{} {}", td_string!(locale, audits_title), summary.quarter) />
        <header class="record-header"><div><h1>{td_string!(locale, audits_title)} " " {summary.quarter.clone()}</h1></div></header>
        <section class="panel">
            <dl class="facts">
                <dt>{td_string!(locale, audit_seed)}</dt><dd><code class="seed" data-seed=seed.clone()>{seed.clone()}</code></dd>
                <dt>{td_string!(locale, audit_rule)}</dt><dd><code>{summary.sample_rule.clone()}</code></dd>
                <dt>{td_string!(locale, audit_population)}</dt><dd data-population=listed.join(",")>{listed.join(", ")}</dd>
                <dt>{td_string!(locale, audits_col_started)}</dt>
                <dd><time datetime=summary.started_at.clone()>{text::time(locale, &summary.started_at)}</time> " · " {summary.started_by.clone()}</dd>
            </dl>
        </section>
        <h2>{td_string!(locale, audit_sample)}</h2>
        <p class="hint">{td_string!(locale, audit_verify_hint)}</p>
        <div class="sample-list">
            {sample.into_iter().zip(checks).map(|(partner, (_, check))| view! { <Sampled audit_id partner check /> }).collect_view()}
        </div>
    }
}

#[component]
fn Sampled(audit_id: i64, partner: SampledPartner, check: RwSignal<Option<AuditCheckLine>>) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let SampledPartner { partner_id, reference, legal_name, tier, standing, roster, .. } = partner;
    let staff = use_staff();
    // Each engineer's finding as chosen (none until the admin picks one).
    let chosen: Vec<(String, RwSignal<Option<EngineerFinding>>)> =
        roster.iter().map(|e| (e.certificate_id.clone(), RwSignal::new(None))).collect();
    let sending = chosen.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = sending
            .iter()
            .filter_map(|(id, finding)| {
                finding.get_untracked().map(|finding| EngineerCheck { certificate_id: id.clone(), finding })
            })
            .collect();
        state.send(record_audit_check(audit_id, partner_id, found), move |()| {
            leptos::task::spawn_local(async move {
                if let Ok(file) = review_audit(audit_id).await
                    && let Some(mine) = file.sample.into_iter().find(|p| p.partner_id == partner_id)
                {
                    check.set(mine.check);
                }
            });
        });
    };
    let action = format!("/review/audits/{audit_id}/checks/{partner_id}");
    let reference_key = reference.clone();
    view! {
        <section class="panel sampled" id=format!("partner-{partner_id}") data-sampled-partner=partner_id data-reference=reference_key>
            <header class="panel-header">
                <h3><A href=format!("/review/partners/{partner_id}")>{legal_name}</A> <span class="sub">{reference}</span></h3>
                <p>{text::tier(locale, tier)} " " {standing.map(|s| standing_badge(locale, s))}</p>
            </header>
            {move || match check.get() {
                Some(found) => {
                    let tone = match found.finding { Finding::Passed => "green", Finding::Shortfall => "amber", Finding::Deception => "red" };
                    view! {
                        <p data-finding=found.finding.key()>
                            {td_string!(locale, audit_finding)} ": " {tone_badge(text::finding(locale, found.finding), tone)} " " {text::counts(locale, &found.counts)}
                            {(!found.unverified.is_empty()).then(|| view! { " · " {td_string!(locale, audit_not_verified)} ": " {found.unverified.join(", ")} })}
                            {(!found.left.is_empty()).then(|| view! { " · " {td_string!(locale, audit_left)} ": " {found.left.join(", ")} })}
                            <span class="sub">{found.checked_by.clone()}</span>
                        </p>
                    }.into_any()
                }
                None if !staff.is_admin() => view! {
                    <p class="hint" data-admins-only="">{td_string!(locale, audit_admins_only)}</p>
                }.into_any(),
                None => view! {
                    <form method="post" action=action.clone() class="audit-check" on:submit=submit.clone()>
                        <fieldset>
                            <legend>{td_string!(locale, audit_verified)}</legend>
                            {roster.iter().zip(chosen.iter()).enumerate().map(|(n, (e, (_, finding)))| {
                                let finding = *finding;
                                let name = format!("finding:{}", e.certificate_id);
                                view! {
                                    <div class="engineer-finding" role="radiogroup" aria-labelledby=format!("engineer-{partner_id}-{n}")>
                                        <p id=format!("engineer-{partner_id}-{n}")>
                                            <code>{e.certificate_id.clone()}</code> " " {e.name.clone()}
                                            <span class="sub">{text::track(locale, e.track)} {e.certification.map(|c| format!(" · {}", text::certification(locale, c)))}</span>
                                        </p>
                                        {EngineerFinding::ALL.map(|option| view! {
                                            <label class="choice">
                                                <input type="radio" name=name.clone() value=option.key() required
                                                    prop:checked=move || finding.get() == Some(option)
                                                    on:change=move |_| finding.set(Some(option)) />
                                                {text::engineer_finding(locale, option)}
                                            </label>
                                        }).into_iter().collect_view()}
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <Outcome state />
                        <button type="submit" class="button primary" disabled=move || state.pending.get()>{td_string!(locale, audit_record)}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
