//! The decision panel: approve (category and level, preset as applied for), ask for more
//! information, or reject. Plain HTML forms that post without the WASM; with it, sent through
//! the server function, pending while they go, with the server's answer by field.

use leptos::prelude::*;
use leptos_router::components::A;

use app::api::{ApplicationReview, DecisionKind, DecisionOutcome, DecisionRequest};
use app::domain::{Category, EnterpriseLevel, Shortfall, Tier};
use app::i18n::td_string;

use crate::context::use_locale;
use crate::parts::{FieldMessage, FormState, Outcome};
use crate::serverfns::review::decide_application;
use crate::text;

/// What a decision recorded, for the confirmation.
#[derive(Debug, Clone)]
struct Recorded {
    /// The version the decision made: the confirmation shows while it is the one opened.
    version: i64,
    kind: DecisionKind,
    partnership: String,
    partner: Option<i64>,
}

#[component]
pub fn Decisions(current: RwSignal<ApplicationReview>, opened: RwSignal<i64>) -> impl IntoView {
    let locale = use_locale();
    let (reference, applied_category, applied_level) =
        current.with_untracked(|r| (r.reference.clone(), r.category, r.enterprise_level));
    let action = format!("/review/applications/{reference}/decide");
    // What the application lacks for a tier under today's policy (the server refuses an
    // approval for a tier it does not meet); nothing when it meets it or was not measured.
    let lacks = move |tier: Tier| -> Vec<Shortfall> {
        current.with(|r| {
            r.verdict_now
                .iter()
                .find(|line| line.tier == tier && !line.eligible)
                .map(|line| line.shortfalls.clone())
                .unwrap_or_default()
        })
    };
    let met = move |tier: Tier| current.with(|r| r.verdict_now.iter().all(|l| l.tier != tier || l.eligible));
    // Preset to what was applied for, or else the highest rung below it that is met.
    let (preset_category, preset_level) = untrack(|| preset(applied_category, applied_level, met));
    let category = RwSignal::new(preset_category.key().to_owned());
    let level = RwSignal::new(preset_level.map(|l| l.key().to_owned()).unwrap_or_default());
    let chosen_tier = move || {
        Category::from_key(&category.get())
            .map(|c| Tier::requested(c, EnterpriseLevel::from_key(&level.get())))
    };
    let unmet = move || chosen_tier().map(lacks).unwrap_or_default();
    let not_met = td_string!(locale, console_tier_not_met);
    let option_note = move |tier_met: bool| if tier_met { String::new() } else { format!(" — {not_met}") };
    let message = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let recorded = RwSignal::new(None::<Recorded>);
    let (approving, asking, rejecting) = (FormState::default(), FormState::default(), FormState::default());
    let send = move |state: FormState, kind: DecisionKind| {
        let chosen = Category::from_key(&category.get_untracked());
        let chosen_level = EnterpriseLevel::from_key(&level.get_untracked())
            .filter(|_| chosen == Some(Category::Enterprise));
        let request = DecisionRequest {
            version: opened.get_untracked(),
            decision: kind,
            category: (kind == DecisionKind::Approve).then_some(chosen).flatten(),
            enterprise_level: (kind == DecisionKind::Approve).then_some(chosen_level).flatten(),
            reason: (kind == DecisionKind::Reject).then(|| reason.get_untracked()),
            message: (kind == DecisionKind::RequestInfo).then(|| message.get_untracked()),
        };
        let partnership = chosen.map(|c| text::partnership(locale, c, chosen_level)).unwrap_or_default();
        state.send(decide_application(reference.clone(), request), move |outcome: DecisionOutcome| {
            opened.set(outcome.version);
            recorded.set(Some(Recorded {
                version: outcome.version,
                kind,
                partnership,
                partner: outcome.partner,
            }));
        });
    };
    let submit = move |state: FormState, kind: DecisionKind| {
        let send = send.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            send(state, kind);
        }
    };
    let version = move || opened.get().to_string();
    // This reviewer's decision, while its version is the one shown.
    let confirmed = move || recorded.get().filter(|done| done.version == opened.get());
    // Decided already (by anyone), as the reviewer sees it now: no forms. A reviewer still
    // on an older version keeps them, and the server says that it changed.
    let closed =
        move || opened.get() == current.with(|r| r.version) && !super::open(current.with(|r| r.status));
    view! {
        <section class="panel decision-panel" aria-labelledby="decide-title">
            <h2 id="decide-title">{td_string!(locale, review_decide)}</h2>
            {move || confirmed().map(|done| view! { <Confirmation done /> })}
            {move || (closed() && confirmed().is_none()).then(|| view! {
                <p class="decided" data-decided-by-others="">{text::status(locale, current.with(|r| r.status))}</p>
            })}
            <div class="decisions" hidden=move || closed() || confirmed().is_some()>
                <form method="post" action=action.clone() class="decision approve" data-decision="approve"
                    on:submit=submit(approving, DecisionKind::Approve)>
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="decision" value="approve" />
                    <label class="field">
                        <span>{td_string!(locale, console_approve_as)}</span>
                        <select name="category" id="approve-category" prop:value=move || category.get()
                            on:change=move |ev| category.set(event_target_value(&ev))>
                            {Category::ALL.map(|c| {
                                let tier_met = match c {
                                    Category::Enterprise => met(Tier::Enterprise) || met(Tier::EnterpriseTrial),
                                    other => met(Tier::requested(other, None)),
                                };
                                view! {
                                    <option value=c.key() selected=c == preset_category>
                                        {text::category(locale, c)} {option_note(tier_met)}
                                    </option>
                                }
                            }).into_iter().collect_view()}
                        </select>
                        <FieldMessage state=approving field="category" id="approve-category-error" />
                    </label>
                    <label class="field" hidden=move || category.get() != Category::Enterprise.key()>
                        <span>{td_string!(locale, partners_col_level)}</span>
                        <select name="enterprise_level" id="approve-level" prop:value=move || level.get()
                            on:change=move |ev| level.set(event_target_value(&ev))>
                            <option value="">"—"</option>
                            {EnterpriseLevel::ALL.map(|l| view! {
                                <option value=l.key() selected=Some(l) == preset_level>
                                    {text::level(locale, l)} {option_note(met(Tier::requested(Category::Enterprise, Some(l))))}
                                </option>
                            }).into_iter().collect_view()}
                        </select>
                        <FieldMessage state=approving field="enterprise_level" id="approve-level-error" />
                    </label>
                    {move || {
                        let missing = unmet();
                        (!missing.is_empty()).then(|| view! {
                            <div class="notice warning" data-tier-not-met="">
                                <p>{td_string!(locale, console_refused_not_eligible)}</p>
                                <ul>{missing.iter().map(|s| view! { <li>{text::shortfall(locale, s)}</li> }).collect_view()}</ul>
                            </div>
                        })
                    }}
                    <Outcome state=approving />
                    <button type="submit" class="button primary" disabled=move || approving.pending.get()
                        aria-busy=move || approving.pending.get().then_some("true")>
                        {move || if approving.pending.get() { td_string!(locale, console_sending) } else { td_string!(locale, review_approve) }}
                    </button>
                </form>
                <form method="post" action=action.clone() class="decision ask" data-decision="request_info"
                    on:submit=submit(asking, DecisionKind::RequestInfo)>
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="decision" value="request_info" />
                    <label class="field">
                        <span>{td_string!(locale, review_info_message)}</span>
                        <textarea name="message" id="info-message" rows="3" maxlength="4000" required
                            aria-describedby="info-message-error" bind:value=message></textarea>
                        <FieldMessage state=asking field="message" id="info-message-error" />
                    </label>
                    <Outcome state=asking />
                    <button type="submit" class="button" disabled=move || asking.pending.get()>
                        {move || if asking.pending.get() { td_string!(locale, console_sending) } else { td_string!(locale, review_request_info) }}
                    </button>
                </form>
                <form method="post" action=action class="decision reject" data-decision="reject"
                    on:submit=submit(rejecting, DecisionKind::Reject)>
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="decision" value="reject" />
                    <label class="field">
                        <span>{td_string!(locale, review_reject_reason)}</span>
                        <textarea name="reason" id="reject-reason" rows="3" maxlength="4000" required
                            aria-describedby="reject-reason-error" bind:value=reason></textarea>
                        <FieldMessage state=rejecting field="reason" id="reject-reason-error" />
                    </label>
                    <Outcome state=rejecting />
                    <button type="submit" class="button danger" disabled=move || rejecting.pending.get()>
                        {move || if rejecting.pending.get() { td_string!(locale, console_sending) } else { td_string!(locale, review_reject) }}
                    </button>
                </form>
            </div>
        </section>
    }
}

/// The approval preset: as applied for when that is met, else Enterprise Trial, else
/// Community, where met; as applied for when nothing lower is met either.
fn preset(
    category: Category,
    level: Option<EnterpriseLevel>,
    met: impl Fn(Tier) -> bool,
) -> (Category, Option<EnterpriseLevel>) {
    let mut rung = Some(Tier::requested(category, level));
    while let Some(tier) = rung {
        if met(tier) {
            return match tier {
                Tier::EnterpriseTrial if Tier::requested(category, level) != tier => {
                    (Category::Enterprise, Some(EnterpriseLevel::Trial))
                }
                Tier::Community if category != Category::Community => (Category::Community, None),
                _ => (category, level),
            };
        }
        rung = lower(tier);
    }
    (category, level)
}

/// The rung below on the technology-partner ladder.
fn lower(tier: Tier) -> Option<Tier> {
    Tier::ALL.into_iter().find(|below| below.upgrade() == Some(tier))
}

#[component]
fn Confirmation(done: Recorded) -> impl IntoView {
    let locale = use_locale();
    let said = match done.kind {
        DecisionKind::Approve => format!("{} {}", td_string!(locale, console_approved_as), done.partnership),
        DecisionKind::Reject => td_string!(locale, console_rejected_done).to_owned(),
        DecisionKind::RequestInfo => td_string!(locale, console_asked_done).to_owned(),
    };
    view! {
        <div class="notice done" role="status" data-decided=format!("{:?}", done.kind)>
            <p><strong>{td_string!(locale, review_done)}</strong> " " {said}</p>
            <p class="notice-links">
                {done.partner.map(|id| view! {
                    <A href=format!("/review/partners/{id}") attr:class="button small primary">{td_string!(locale, console_open_partner)} " →"</A>
                })}
                <A href="/review/applications" attr:class="button small">{td_string!(locale, console_back_to_queue)}</A>
            </p>
        </div>
    }
}
