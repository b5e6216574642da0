//! What an application says, each part read from the record as it is now.

use leptos::prelude::*;
use leptos_router::components::A;

use app::api::{ApplicationReview, TierLine};
use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::{flag_badge, tone_badge};
use crate::text;

/// The red flags: the partnership asked for not met, declarations not given, a certificate
/// another application lists too.
#[component]
pub fn Flags(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    let flags = move || {
        current.with(|r| {
            let mut flags = Vec::new();
            let requested_short =
                r.verdict_now.iter().any(|line| line.tier == r.requested_tier && !line.eligible);
            if requested_short {
                flags.push((td_string!(locale, review_flag_ineligible), "ineligible"));
            }
            if r.declarations.iter().any(|(_, given)| !given) {
                flags.push((td_string!(locale, console_flag_missing_declarations), "declarations"));
            }
            if r.engineers.iter().any(|e| !e.also_claimed_by.is_empty()) {
                flags.push((td_string!(locale, review_flag_shared), "shared_certificate"));
            }
            if !r.shared_registration.is_empty() {
                flags.push((td_string!(locale, console_flag_shared_registration), "shared_registration"));
            }
            flags
        })
    };
    view! {
        <Show when=move || !flags().is_empty()>
            <ul class="flag-strip" aria-label=td_string!(locale, review_flags) data-flags="">
                {move || flags().into_iter().map(|(label, key)| view! { <li>{flag_badge(label, key)}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
pub fn Company(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    let row = move |label: &'static str, value: fn(&ApplicationReview) -> Option<String>| {
        view! { <dt>{label}</dt><dd>{move || current.with(value).unwrap_or_else(|| "—".to_owned())}</dd> }
    };
    view! {
        <section class="panel">
            <h2>{td_string!(locale, console_company)}</h2>
            <dl class="facts">
                {row(td_string!(locale, field_legal_name), |r| r.company.legal_name.clone())}
                {row(td_string!(locale, field_registration_number), |r| r.company.registration_number.clone())}
                {row(td_string!(locale, field_country), |r| r.company.country.clone())}
                {row(td_string!(locale, field_website), |r| r.company.website.clone())}
                {row(td_string!(locale, field_contact_name), |r| r.company.contact_name.clone())}
                {row(td_string!(locale, field_email), |r| r.company.email.clone())}
                {row(td_string!(locale, field_phone), |r| r.company.phone.clone())}
                <dt>{td_string!(locale, field_category)}</dt>
                <dd>{move || current.with(|r| text::partnership(locale, r.category, r.enterprise_level))}</dd>
                <Show when=move || current.with(|r| r.brand_description.is_some())>
                    <dt>{td_string!(locale, field_brand_description)}</dt>
                    <dd class="prose">{move || current.with(|r| r.brand_description.clone())}</dd>
                </Show>
            </dl>
        </section>
    }
}

#[component]
pub fn Roster(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    let (name, certificate, track, certification, lecturer, also) = (
        td_string!(locale, col_name),
        td_string!(locale, col_certificate),
        td_string!(locale, col_track),
        td_string!(locale, col_certification),
        td_string!(locale, col_lecturer),
        td_string!(locale, review_also_claimed),
    );
    view! {
        <section class="panel">
            <h2>{td_string!(locale, partner_roster)} " " <span class="count">{move || current.with(|r| r.engineers.len())}</span></h2>
            <table class="data-table roster">
                <thead>
                    <tr>
                        <th scope="col">{name}</th>
                        <th scope="col">{certificate}</th>
                        <th scope="col">{track}</th>
                        <th scope="col">{certification}</th>
                        <th scope="col">{lecturer}</th>
                        <th scope="col">{also}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || current.with(|r| r.engineers.iter().map(|e| view! {
                        <tr class:flagged=!e.also_claimed_by.is_empty()>
                            <td data-label=name>{e.name.clone()}</td>
                            <td data-label=certificate><code>{e.certificate_id.clone()}</code></td>
                            <td data-label=track>{text::track(locale, e.track)}</td>
                            <td data-label=certification>{e.certification.map_or("—", |c| text::certification(locale, c))}</td>
                            <td data-label=lecturer>{if e.lecturer { td_string!(locale, console_yes) } else { "—" }}</td>
                            <td data-label=also>
                                {e.also_claimed_by.iter().cloned().map(|other| view! {
                                    <A href=format!("/review/applications/{other}") attr:class="flag-link">{other}</A>
                                }).collect_view()}
                            </td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </section>
    }
}

#[component]
pub fn Declarations(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="panel">
            <h2>{td_string!(locale, declarations_title)}</h2>
            <ul class="checklist">
                {move || current.with(|r| r.declarations.iter().map(|&(declaration, given)| view! {
                    <li class:missing=!given data-declaration=declaration.key() data-given=given.to_string()>
                        <span class="check" aria-hidden="true">{if given { "✓" } else { "✗" }}</span>
                        {text::declaration(locale, declaration)}
                        {(!given).then(|| view! { <span class="visually-hidden">{td_string!(locale, console_not_given)}</span> })}
                    </li>
                }).collect_view())}
            </ul>
        </section>
    }
}

/// The verdict for every tier: once when the application was judged under today's policy,
/// side by side (then, now) when the policy changed since.
#[component]
pub fn Verdicts(current: RwSignal<ApplicationReview>) -> impl IntoView {
    let locale = use_locale();
    let list = move |lines: Vec<TierLine>, requested| {
        view! {
            <ul class="verdicts">
                {lines.into_iter().map(|line| view! {
                    <li class="verdict" class:eligible=line.eligible class:requested=line.tier == requested data-tier=line.tier.key() data-eligible=line.eligible.to_string()>
                        <span class="verdict-tier">{text::tier(locale, line.tier)}</span>
                        {if line.eligible {
                            tone_badge(td_string!(locale, console_meets), "green").into_any()
                        } else {
                            tone_badge(td_string!(locale, console_short), "red").into_any()
                        }}
                        <ul class="shortfalls">
                            {line.shortfalls.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
        }
    };
    move || {
        current.with(|r| {
            if r.policy_version == r.current_policy_version {
                view! {
                    <section class="panel">
                        <h2>{td_string!(locale, review_verdict)} " v" {r.policy_version}</h2>
                        {list(r.verdict_now.clone(), r.requested_tier)}
                    </section>
                }
                .into_any()
            } else {
                view! {
                    <section class="panel">
                        <h2>{td_string!(locale, review_verdict)}</h2>
                        <div class="verdict-columns">
                            <div><h3>{format!("v{} · ", r.policy_version)} {td_string!(locale, console_when_submitted)}</h3>{list(r.verdict_then.clone(), r.requested_tier)}</div>
                            <div><h3>{format!("v{} · ", r.current_policy_version)} {td_string!(locale, console_today)}</h3>{list(r.verdict_now.clone(), r.requested_tier)}</div>
                        </div>
                    </section>
                }
                .into_any()
            }
        })
    }
}
