//! What may be done to the partner now: record its fee, renew, change its level, confirm a
//! proposed non-renewal, terminate (admins; proposed when an audit found a false
//! certificate); answer a roster update it sent. Plain HTML forms that
//! post without the WASM; with it, sent through `act_on_partner`. The forms are those of the
//! version the reviewer acts on: a live change shows above them, and never clears them.

use leptos::prelude::*;

use app::api::{PartnerActionRequest, PartnerFile};
use app::domain::partnership::{Finding, Standing};
use app::domain::{Category, EnterpriseLevel};
use app::i18n::td_string;

use super::records::RosterTable;
use crate::context::{use_locale, use_staff};
use crate::parts::{FieldMessage, FormState, Outcome};
use crate::serverfns::partners::{act_on_partner, review_partner};
use crate::text;

/// Sends `action` for the version acted on; on success shows the partner as it is now.
fn act(
    state: FormState,
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: PartnerActionRequest,
) {
    let id = current.with_untracked(|f| f.row.id);
    state.send(act_on_partner(id, opened.get_untracked(), action), move |_version: i64| {
        leptos::task::spawn_local(async move {
            if let Ok(file) = review_partner(id).await {
                opened.set(file.version);
                current.set(file);
                done.set(true);
            }
        });
    });
}

#[component]
pub fn Actions(current: RwSignal<PartnerFile>, opened: RwSignal<i64>) -> impl IntoView {
    let locale = use_locale();
    let staff = use_staff();
    let done = RwSignal::new(false);
    let shape = Memo::new(move |_| {
        opened.track();
        current.with_untracked(|f| {
            let non_renewal = f.row.flags.contains(&app::api::PartnerFlag::NonRenewalProposed);
            (f.row.standing, f.row.category, non_renewal, f.row.id)
        })
    });
    view! {
        <section class="panel partner-actions">
            <h2>{td_string!(locale, console_actions)}</h2>
            <Show when=move || done.get()>
                <p class="notice done" role="status">{td_string!(locale, partner_done)}</p>
            </Show>
            {move || {
                // Which forms apply: those of the version acted on, redrawn only when moving
                // to a newer version (or acting) changes which forms apply, so what the
                // reviewer typed stays, whatever others change meanwhile.
                let (standing, category, non_renewal, id) = shape.get();
                if matches!(standing, Standing::NotRenewed | Standing::Terminated) {
                    return view! { <p class="hint">{td_string!(locale, console_cooperation_ended)}</p> }.into_any();
                }
                let action = format!("/review/partners/{id}/act");
                view! {
                    {(standing == Standing::AwaitingFee).then(|| view! { <Payment current opened done action=action.clone() /> })}
                    {(standing != Standing::AwaitingFee).then(|| view! { <Renewal current opened done action=action.clone() /> })}
                    {non_renewal.then(|| view! { <NonRenewal current opened done action=action.clone() /> })}
                    {(category == Category::Enterprise).then(|| view! { <Level current opened done action=action.clone() /> })}
                    {staff.is_admin().then(|| view! { <Terminate current opened done action /> })}
                }.into_any()
            }}
        </section>
    }
}

/// The hidden fields every partner form posts.
fn hidden(opened: RwSignal<i64>, action: &'static str) -> impl IntoView {
    view! {
        <input type="hidden" name="version" value=move || opened.get().to_string() />
        <input type="hidden" name="action" value=action />
    }
}

fn submit_label(
    state: FormState,
    idle: &'static str,
    locale: crate::context::Locale,
) -> impl Fn() -> &'static str {
    move || if state.pending.get() { td_string!(locale, console_sending) } else { idle }
}

#[component]
fn Payment(
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let (amount, paid_on, reference) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = PartnerActionRequest::Payment {
            amount: amount.get_untracked(),
            paid_on: paid_on.get_untracked(),
            reference: reference.get_untracked(),
        };
        act(state, current, opened, done, request);
    };
    view! {
        <form method="post" action=action class="decision" data-action="payment" on:submit=submit>
            <h3>{td_string!(locale, partner_payment_title)}</h3>
            {hidden(opened, "payment")}
            <label class="field">
                <span>{td_string!(locale, partner_payment_amount)}</span>
                <input id="amount" name="amount" inputmode="decimal" required autocomplete="off" bind:value=amount />
                <FieldMessage state field="amount" id="amount-error" />
            </label>
            <label class="field">
                <span>{td_string!(locale, partner_payment_paid_on)}</span>
                <input id="paid-on" name="paid_on" type="date" required bind:value=paid_on />
                <FieldMessage state field="paid_on" id="paid-on-error" />
            </label>
            <label class="field">
                <span>{td_string!(locale, partner_payment_reference)}</span>
                <input id="payment-reference" name="reference" required maxlength="100" autocomplete="off" bind:value=reference />
                <FieldMessage state field="reference" id="payment-reference-error" />
            </label>
            <Outcome state />
            <button type="submit" class="button primary" disabled=move || state.pending.get()>
                {submit_label(state, td_string!(locale, partner_payment_submit), locale)}
            </button>
        </form>
    }
}

#[component]
fn Renewal(
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let renewal = current.with_untracked(|f| f.renewal.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        act(state, current, opened, done, PartnerActionRequest::Renew);
    };
    view! {
        <div class="decision" data-action="renew">
            <h3>{td_string!(locale, partner_renew_title)}</h3>
            {if !renewal.open {
                view! { <p class="hint">{td_string!(locale, partner_renew_closed)}</p> }.into_any()
            } else if renewal.still_trial || !renewal.shortfalls.is_empty() {
                view! {
                    <p class="warning" data-renewal-blocked="">{td_string!(locale, partner_renew_blocked)}</p>
                    <ul class="shortfalls">
                        {renewal.still_trial.then(|| view! { <li>{td_string!(locale, console_refused_still_trial)}</li> })}
                        {renewal.shortfalls.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}
                    </ul>
                }.into_any()
            } else {
                view! {
                    <form method="post" action=action on:submit=submit>
                        {hidden(opened, "renew")}
                        <Outcome state />
                        <button type="submit" class="button primary" disabled=move || state.pending.get()>
                            {submit_label(state, td_string!(locale, partner_renew_submit), locale)}
                        </button>
                    </form>
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn NonRenewal(
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        act(state, current, opened, done, PartnerActionRequest::NonRenewal);
    };
    view! {
        <form method="post" action=action class="decision" data-action="non_renewal" on:submit=submit>
            <h3>{td_string!(locale, partner_propose_non_renewal)}</h3>
            {hidden(opened, "non_renewal")}
            <Outcome state />
            <button type="submit" class="button" disabled=move || state.pending.get()>
                {submit_label(state, td_string!(locale, partner_confirm_non_renewal), locale)}
            </button>
        </form>
    }
}

#[component]
fn Level(
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let now = current.with_untracked(|f| f.row.enterprise_level);
    let level = RwSignal::new(now.map(|l| l.key().to_owned()).unwrap_or_default());
    let reason = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(level) = EnterpriseLevel::from_key(&level.get_untracked()) else { return };
        act(
            state,
            current,
            opened,
            done,
            PartnerActionRequest::Level { level, reason: reason.get_untracked() },
        );
    };
    view! {
        <form method="post" action=action class="decision" data-action="level" on:submit=submit>
            <h3>{td_string!(locale, partner_level_title)}</h3>
            {hidden(opened, "level")}
            <label class="field">
                <span>{td_string!(locale, partner_level_to)}</span>
                <select id="level-to" name="level" prop:value=move || level.get() on:change=move |ev| level.set(event_target_value(&ev))>
                    {EnterpriseLevel::ALL.map(|l| view! { <option value=l.key() selected=Some(l) == now>{text::level(locale, l)}</option> }).into_iter().collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{td_string!(locale, partner_reason)}</span>
                <textarea id="level-reason" name="reason" rows="2" required maxlength="4000" bind:value=reason></textarea>
                <FieldMessage state field="reason" id="level-reason-error" />
            </label>
            <Outcome state />
            <button type="submit" class="button" disabled=move || state.pending.get()>
                {submit_label(state, td_string!(locale, partner_level_submit), locale)}
            </button>
        </form>
    }
}

#[component]
fn Terminate(
    current: RwSignal<PartnerFile>,
    opened: RwSignal<i64>,
    done: RwSignal<bool>,
    action: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    // A false certificate found in the latest audit is a breach: termination is proposed,
    // with the finding as the reason, for the admin to confirm in one step.
    let proposed = current.with_untracked(|f| {
        f.audit_checks.last().filter(|c| c.finding == Finding::Deception).map(|c| {
            format!("{} · {}: {}", c.quarter, td_string!(locale, audit_not_verified), c.unverified.join(", "))
        })
    });
    let reason = RwSignal::new(proposed.clone().unwrap_or_default());
    let label = match proposed {
        Some(_) => td_string!(locale, partner_terminate_confirm),
        None => td_string!(locale, partner_terminate_submit),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        act(state, current, opened, done, PartnerActionRequest::Terminate { reason: reason.get_untracked() });
    };
    view! {
        <form method="post" action=action class="decision terminate" data-action="terminate" on:submit=submit>
            <h3>{td_string!(locale, partner_terminate_title)}</h3>
            {proposed.is_some().then(|| view! {
                <p class="notice warning" data-termination-proposed="">{td_string!(locale, partner_termination_proposed)}</p>
            })}
            {hidden(opened, "terminate")}
            <label class="field">
                <span>{td_string!(locale, partner_terminate_reason)}</span>
                <textarea id="terminate-reason" name="reason" rows="3" required maxlength="4000" bind:value=reason>{reason.get_untracked()}</textarea>
                <FieldMessage state field="reason" id="terminate-reason-error" />
            </label>
            <Outcome state />
            <button type="submit" class="button danger" disabled=move || state.pending.get()>
                {submit_label(state, label, locale)}
            </button>
        </form>
    }
}

/// The roster the partner sent, judged for its tier, with confirm and decline.
#[component]
pub fn PendingRoster(current: RwSignal<PartnerFile>, opened: RwSignal<i64>) -> impl IntoView {
    let locale = use_locale();
    let done = RwSignal::new(false);
    move || {
        opened.track();
        let file = current.get_untracked();
        file.pending_roster.map(|update| {
            let (confirming, declining) = (FormState::default(), FormState::default());
            let reason = RwSignal::new(String::new());
            let action = format!("/review/partners/{}/act", file.row.id);
            let (version, id) = (file.version.to_string(), update.id);
            let confirm = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                act(confirming, current, opened, done, PartnerActionRequest::RosterConfirm { update: id });
            };
            let decline = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                act(declining, current, opened, done, PartnerActionRequest::RosterDecline { update: id, reason: reason.get_untracked() });
            };
            let list = |ids: &[String]| if ids.is_empty() { "—".to_owned() } else { ids.join(", ") };
            let roster = update.roster.clone();
            view! {
                <section class="panel pending-roster" data-pending-roster=update.id>
                    <h2>{td_string!(locale, partner_roster_pending)}</h2>
                    <p class="hint"><time datetime=update.submitted_at.clone()>{text::time(locale, &update.submitted_at)}</time></p>
                    {update.note.clone().map(|note| view! { <blockquote>{note}</blockquote> })}
                    <dl class="facts">
                        <dt>{td_string!(locale, partner_roster_added)}</dt><dd data-added="">{list(&update.added)}</dd>
                        <dt>{td_string!(locale, partner_roster_removed)}</dt><dd data-removed="">{list(&update.removed)}</dd>
                        <dt>{td_string!(locale, partner_tier_verdict)}</dt>
                        <dd data-eligible=update.eligible.to_string()>
                            {if update.eligible { td_string!(locale, console_meets).to_owned() } else { td_string!(locale, console_short).to_owned() }}
                            <ul class="shortfalls">{update.shortfalls.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}</ul>
                        </dd>
                    </dl>
                    <RosterTable roster=Signal::derive(move || roster.clone()) />
                    <div class="decisions two">
                        <form method="post" action=action.clone() class="decision" data-action="roster_confirm" on:submit=confirm>
                            <input type="hidden" name="version" value=version.clone() />
                            <input type="hidden" name="update" value=id.to_string() />
                            <input type="hidden" name="action" value="roster_confirm" />
                            <Outcome state=confirming />
                            <button type="submit" class="button primary" disabled=move || confirming.pending.get()>{td_string!(locale, partner_roster_confirm)}</button>
                        </form>
                        <form method="post" action=action class="decision" data-action="roster_decline" on:submit=decline>
                            <input type="hidden" name="version" value=version />
                            <input type="hidden" name="update" value=id.to_string() />
                            <input type="hidden" name="action" value="roster_decline" />
                            <label class="field">
                                <span>{td_string!(locale, partner_reason)}</span>
                                <textarea id="roster-decline-reason" name="reason" rows="2" required maxlength="4000" bind:value=reason></textarea>
                                <FieldMessage state=declining field="reason" id="roster-decline-reason-error" />
                            </label>
                            <Outcome state=declining />
                            <button type="submit" class="button" disabled=move || declining.pending.get()>{td_string!(locale, partner_roster_decline)}</button>
                        </form>
                    </div>
                </section>
            }
        })
    }
}
