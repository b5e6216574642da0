//! What the partner's file records: the trial's countdown, the roster, certificates listed
//! elsewhere, payments, audit checks, history.

use leptos::prelude::*;
use leptos_router::components::A;

use app::api::{PartnerFile, RosterLine, SharedWith};
use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::tone_badge;
use crate::text;

#[component]
pub fn Countdown(current: RwSignal<PartnerFile>) -> impl IntoView {
    let locale = use_locale();
    move || {
        current.with(|f| f.row.trial.clone()).map(|trial| {
            let days = trial.days_left;
            let heading = if days > 0 {
                td_string!(locale, partner_countdown, days = days).to_string()
            } else {
                td_string!(locale, partner_countdown_over, days = -days).to_string()
            };
            view! {
                <section class="panel countdown" class:overdue=trial.overdue data-days-left=days data-overdue=trial.overdue.to_string()>
                    <h2>{heading}</h2>
                    <h3>{td_string!(locale, partner_numbers)}</h3>
                    <ul class="numbers">
                        {trial.numbers.iter().map(|n| {
                            let met = n.have >= n.required;
                            view! {
                                <li data-requirement=n.requirement.to_string() data-met=met.to_string() class:met=met>
                                    <span>{text::requirement(locale, n.requirement)}</span>
                                    <strong>{format!("{} / {}", n.have, n.required)}</strong>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(!trial.missing.is_empty()).then(|| view! {
                        <h3>{td_string!(locale, partner_missing)}</h3>
                        <ul class="shortfalls">{trial.missing.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}</ul>
                    })}
                    {trial.propose_non_renewal.then(|| view! { <p class="warning">{td_string!(locale, partner_propose_non_renewal)}</p> })}
                </section>
            }
        })
    }
}

/// A roster as a table (the partner's, or the one an update proposes).
#[component]
pub fn RosterTable(#[prop(into)] roster: Signal<Vec<RosterLine>>) -> impl IntoView {
    let locale = use_locale();
    let (name, certificate, track, certification, lecturer) = (
        td_string!(locale, col_name),
        td_string!(locale, col_certificate),
        td_string!(locale, col_track),
        td_string!(locale, col_certification),
        td_string!(locale, col_lecturer),
    );
    view! {
        <table class="data-table roster">
            <thead>
                <tr>
                    <th scope="col">{name}</th>
                    <th scope="col">{certificate}</th>
                    <th scope="col">{track}</th>
                    <th scope="col">{certification}</th>
                    <th scope="col">{lecturer}</th>
                </tr>
            </thead>
            <tbody>
                {move || roster.get().into_iter().map(|e| view! {
                    <tr>
                        <td data-label=name>{e.name}</td>
                        <td data-label=certificate><code>{e.certificate_id}</code></td>
                        <td data-label=track>{text::track(locale, e.track)}</td>
                        <td data-label=certification>{e.certification.map_or("—", |c| text::certification(locale, c))}</td>
                        <td data-label=lecturer>{if e.lecturer { td_string!(locale, console_yes) } else { "—" }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn Roster(current: RwSignal<PartnerFile>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="panel">
            <h2>{td_string!(locale, partner_roster)} " " <span class="count">{move || current.with(|f| f.roster.len())}</span></h2>
            <RosterTable roster=Signal::derive(move || current.with(|f| f.roster.clone())) />
        </section>
    }
}

#[component]
pub fn Shared(current: RwSignal<PartnerFile>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || current.with(|f| !f.shared.is_empty())>
            <section class="panel">
                <h2>{td_string!(locale, partner_shared)}</h2>
                <ul class="plain-list" data-shared="">
                    {move || current.with(|f| f.shared.iter().map(|s| {
                        let href = match (s.other_kind, s.other_partner) {
                            (SharedWith::Partner | SharedWith::RosterUpdate, Some(id)) => format!("/review/partners/{id}"),
                            _ => format!("/review/applications/{}", s.other_reference),
                        };
                        let other = s.other_reference.clone();
                        view! {
                            <li>
                                <code>{s.certificate_id.clone()}</code> " — " {text::shared_with(locale, s.other_kind)} " "
                                <A href=href attr:class="flag-link">{other}</A>
                            </li>
                        }
                    }).collect_view())}
                </ul>
            </section>
        </Show>
    }
}

#[component]
pub fn Payments(current: RwSignal<PartnerFile>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || current.with(|f| !f.payments.is_empty())>
            <section class="panel">
                <h2>{td_string!(locale, partner_payments)}</h2>
                <ul class="plain-list payments">
                    {move || current.with(|f| f.payments.iter().map(|p| view! {
                        <li>
                            <strong>{p.amount.clone()}</strong> " · " {text::date(locale, &p.paid_on)} " · " <code>{p.reference.clone()}</code>
                            <span class="sub">{p.recorded_by.clone()}</span>
                        </li>
                    }).collect_view())}
                </ul>
            </section>
        </Show>
    }
}

#[component]
pub fn AuditChecks(current: RwSignal<PartnerFile>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || current.with(|f| !f.audit_checks.is_empty())>
            <section class="panel">
                <h2>{td_string!(locale, partner_audit_checks)}</h2>
                <ul class="plain-list audit-checks">
                    {move || current.with(|f| f.audit_checks.iter().map(|c| {
                        let tone = match c.finding {
                            app::domain::partnership::Finding::Passed => "green",
                            app::domain::partnership::Finding::Shortfall => "amber",
                            app::domain::partnership::Finding::Deception => "red",
                        };
                        let quarter = c.quarter.clone();
                        view! {
                            <li data-finding=c.finding.key()>
                                <A href=format!("/review/audits/{}", c.audit_id)>{quarter}</A> " "
                                {tone_badge(text::finding(locale, c.finding), tone)} " " {text::counts(locale, &c.counts)}
                                {(!c.unverified.is_empty()).then(|| view! {
                                    <span class="sub">{td_string!(locale, audit_not_verified)} ": " {c.unverified.join(", ")}</span>
                                })}
                            </li>
                        }
                    }).collect_view())}
                </ul>
            </section>
        </Show>
    }
}
