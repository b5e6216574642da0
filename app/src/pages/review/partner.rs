//! `/review/partners/{id}`: one partner — term, trial countdown, roster judged today, flags —
//! with the actions its state allows, its payments, audit checks and history.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::gate::{StaffBar, StaffOnly};
use super::partner_sections::{Countdown, PendingRoster, RosterTable};
use crate::api::{PartnerFile, PartnerFlag};
use crate::domain::Category;
use crate::domain::partnership::Standing;
use crate::i18n::{t, t_string, use_i18n};
use crate::phrases::date_text;
use crate::serverfns::partners::review_partner;

#[component]
pub fn ReviewPartnerPage() -> impl IntoView {
    let params = use_params_map();
    let raw = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let i18n = use_i18n();
    let back_to = format!("/review/partners/{raw}");
    let id = StoredValue::new(raw.parse::<i64>().ok());
    view! {
        <section class="review">
            <StaffBar />
            <p><a href="/review/partners">"← " {t!(i18n, partners_title)}</a></p>
            <p class="hint" aria-live="polite" data-live-status data-text=t_string!(i18n, review_live_updated)></p>
            <div data-live-region>
                <Suspense>
                    {move || {
                        let back_to = back_to.clone();
                        Suspend::new(async move {
                            let found = match id.get_value() {
                                Some(id) => review_partner(id).await,
                                None => Err(crate::serverfns::AppError::NotFound),
                            };
                            match found {
                                Ok(file) => view! { <PartnerDetails file /> }.into_any(),
                                Err(error) => view! { <StaffOnly error back_to /> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            </div>
            <super::LiveScript />
        </section>
    }
}

/// What the last form post did, from the query string it redirected to.
#[component]
fn Outcome() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    query.with_untracked(|q| {
        if q.get("conflict").is_some() {
            Some(view! { <p class="warning" role="status">{t!(i18n, partner_conflict)}</p> }.into_any())
        } else if let Some(reason) = q.get("refused") {
            Some(
                view! { <p class="warning" role="status">{t!(i18n, partner_refused)} " " {reason}</p> }
                    .into_any(),
            )
        } else if let Some(field) = q.get("invalid") {
            Some(
                view! { <p class="warning" role="status">{t!(i18n, partner_invalid)} " (" {field} ")"</p> }
                    .into_any(),
            )
        } else {
            q.get("done")
                .map(|_| view! { <p class="hint" role="status">{t!(i18n, partner_done)}</p> }.into_any())
        }
    })
}

#[component]
fn PartnerDetails(file: PartnerFile) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let PartnerFile {
        row,
        version,
        roster,
        shared,
        payments,
        audit_checks,
        history,
        renewal,
        pending_roster,
        today: _,
    } = file;
    let action = format!("/review/partners/{}/act", row.id);
    let version = version.to_string();
    let pending = pending_roster
        .map(|update| view! { <PendingRoster update action=action.clone() version=version.clone() /> });
    let ended = matches!(row.standing, Standing::NotRenewed | Standing::Terminated);
    let awaiting_fee = row.standing == Standing::AwaitingFee;
    let enterprise = row.category == Category::Enterprise;
    let proposed = row.flags.contains(&PartnerFlag::NonRenewalProposed);
    let renewal_open = renewal.open;
    let renewal_blocked: Vec<String> = if renewal.still_trial {
        vec!["move the Trial partner to its Enterprise level first".to_owned()]
    } else {
        renewal.shortfalls.into_iter().map(|s| s.message).collect()
    };
    let date = move |d: &Option<String>| {
        d.as_deref().map(|d| date_text(locale, d)).unwrap_or_else(|| "—".to_owned())
    };
    let application = format!("/review/applications/{}", row.reference);
    let hidden = move |kind: &'static str| {
        view! {
            <input type="hidden" name="version" value=version.clone() />
            <input type="hidden" name="action" value=kind />
        }
    };
    view! {
        <h1>{row.legal_name.clone()}</h1>
        <Outcome />
        <dl class="status-facts">
            <dt>{t!(i18n, review_col_reference)}</dt>
            <dd><a href=application>{row.reference.clone()}</a></dd>
            <dt>{t!(i18n, review_filter_category)}</dt>
            <dd>{row.category.key()} {row.enterprise_level.map(|l| format!(" ({})", l.key()))}</dd>
            <dt>{t!(i18n, partners_col_standing)}</dt>
            <dd data-standing=row.standing.key()>{row.standing.key()}</dd>
            <dt>{t!(i18n, partners_col_term)}</dt>
            <dd data-term-end=row.term_end.clone().unwrap_or_default()>{date(&row.term_start)} " – " {date(&row.term_end)}</dd>
            <dt>{t!(i18n, partners_col_days_left)}</dt>
            <dd data-days-left=row.days_left.map(|d| d.to_string()).unwrap_or_default()>{row.days_left.map(|d| d.to_string()).unwrap_or_else(|| "—".to_owned())}</dd>
        </dl>

        <h2>{t!(i18n, review_flags)}</h2>
        <ul class="flags" data-flags="">
            {row.flags.iter().map(|flag| view! { <li data-flag=flag.key()>{flag.key()}</li> }).collect_view()}
        </ul>

        {row.trial.clone().map(|trial| view! { <Countdown trial /> })}

        <h2>{t!(i18n, partner_tier_verdict)}</h2>
        <p data-tier=row.tier.key() data-eligible=row.eligible.to_string()>
            <strong>{row.tier.key()}</strong> ": " {if row.eligible { "✓" } else { "✗" }}
        </p>
        <ul>{row.shortfalls.iter().map(|s| view! { <li>{s.message.clone()}</li> }).collect_view()}</ul>

        <h2>{t!(i18n, partner_roster)}</h2>
        <RosterTable roster />
        {pending}
        {(!shared.is_empty()).then(|| view! {
            <h3>{t!(i18n, partner_shared)}</h3>
            <ul data-shared="">
                {shared.into_iter().map(|s| {
                    let href = match s.other_partner {
                        Some(id) => format!("/review/partners/{id}"),
                        None => format!("/review/applications/{}", s.other_reference),
                    };
                    view! { <li>{s.certificate_id} " — " {s.other_kind.key()} " " <a class="flag-link" href=href>{s.other_reference}</a></li> }
                }).collect_view()}
            </ul>
        })}

        {(!ended).then(|| view! {
            <div class="decisions">
                {awaiting_fee.then(|| view! {
                    <form method="post" action=action.clone() class="decision" data-action="payment">
                        <h2>{t!(i18n, partner_payment_title)}</h2>
                        {hidden("payment")}
                        <label for="amount">{t!(i18n, partner_payment_amount)}</label>
                        <input id="amount" name="amount" inputmode="decimal" required />
                        <label for="paid-on">{t!(i18n, partner_payment_paid_on)}</label>
                        <input id="paid-on" name="paid_on" type="date" required />
                        <label for="payment-reference">{t!(i18n, partner_payment_reference)}</label>
                        <input id="payment-reference" name="reference" required />
                        <button type="submit" class="button primary">{t!(i18n, partner_payment_submit)}</button>
                    </form>
                })}
                {(!awaiting_fee).then(|| view! {
                    <section class="decision" data-action="renew">
                        <h2>{t!(i18n, partner_renew_title)}</h2>
                        {if !renewal_open {
                            view! { <p class="hint">{t!(i18n, partner_renew_closed)}</p> }.into_any()
                        } else if !renewal_blocked.is_empty() {
                            view! {
                                <p class="warning" data-renewal-blocked="">{t!(i18n, partner_renew_blocked)}</p>
                                <ul>{renewal_blocked.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                            }.into_any()
                        } else {
                            view! {
                                <form method="post" action=action.clone()>
                                    {hidden("renew")}
                                    <button type="submit" class="button primary">{t!(i18n, partner_renew_submit)}</button>
                                </form>
                            }.into_any()
                        }}
                    </section>
                })}
                {proposed.then(|| view! {
                    <form method="post" action=action.clone() class="decision" data-action="non_renewal">
                        <h2>{t!(i18n, partner_propose_non_renewal)}</h2>
                        {hidden("non_renewal")}
                        <button type="submit" class="button">{t!(i18n, partner_confirm_non_renewal)}</button>
                    </form>
                })}
                {enterprise.then(|| view! {
                    <form method="post" action=action.clone() class="decision" data-action="level">
                        <h2>{t!(i18n, partner_level_title)}</h2>
                        {hidden("level")}
                        <label for="level-to">{t!(i18n, partner_level_to)}</label>
                        <select id="level-to" name="level">
                            {["trial", "third", "second", "first"].map(|l| view! {
                                <option value=l selected=row.enterprise_level.map(|level| level.key()) == Some(l)>{l}</option>
                            }).to_vec()}
                        </select>
                        <label for="level-reason">{t!(i18n, partner_reason)}</label>
                        <textarea id="level-reason" name="reason" rows="2" required></textarea>
                        <button type="submit" class="button">{t!(i18n, partner_level_submit)}</button>
                    </form>
                })}
                <form method="post" action=action.clone() class="decision" data-action="terminate">
                    <h2>{t!(i18n, partner_terminate_title)}</h2>
                    {hidden("terminate")}
                    <label for="terminate-reason">{t!(i18n, partner_terminate_reason)}</label>
                    <textarea id="terminate-reason" name="reason" rows="3" required></textarea>
                    <button type="submit" class="button">{t!(i18n, partner_terminate_submit)}</button>
                </form>
            </div>
        })}

        {(!payments.is_empty()).then(|| view! {
            <h2>{t!(i18n, partner_payments)}</h2>
            <ul class="payments">
                {payments.into_iter().map(|p| view! {
                    <li>{p.amount} " — " {date_text(locale, &p.paid_on)} " — " {p.reference} " (" {p.recorded_by} ")"</li>
                }).collect_view()}
            </ul>
        })}

        {(!audit_checks.is_empty()).then(|| view! {
            <h2>{t!(i18n, partner_audit_checks)}</h2>
            <ul class="audit-checks">
                {audit_checks.into_iter().map(|c| {
                    let href = format!("/review/audits/{}", c.audit_id);
                    let finding = c.finding.key();
                    view! {
                        <li data-finding=finding>
                            <a href=href>{c.quarter}</a> " — " <strong>{finding}</strong> " — " {c.numbers}
                            {(!c.unverified.is_empty()).then(|| view! { " — " {t!(i18n, audit_not_verified)} ": " {c.unverified.join(", ")} })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}

        <h2>{t!(i18n, review_audit)}</h2>
        <ol class="history audit">
            {history.into_iter().map(|entry| {
                let kind = entry.kind.key();
                view! {
                <li data-kind=kind>
                    <time datetime=entry.at.clone()>{super::short_time(&entry.at)}</time>
                    " — " {kind} " — " {entry.actor}
                    {entry.note.map(|note| view! { <blockquote>{note}</blockquote> })}
                </li>
                }
            }).collect_view()}
        </ol>
    }
}
