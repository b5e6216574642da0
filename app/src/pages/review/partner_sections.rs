//! Parts of the partner page: the trial countdown, a roster, a pending roster update.

use leptos::prelude::*;

use crate::api::{RosterLine, RosterUpdateLine, TrialLine};
use crate::i18n::{t, use_i18n};

#[component]
pub fn Countdown(trial: TrialLine) -> impl IntoView {
    let i18n = use_i18n();
    let days = trial.days_left;
    view! {
        <section class="countdown" data-days-left=days data-overdue=trial.overdue.to_string()>
            <h2>
                {if days > 0 {
                    t!(i18n, partner_countdown, days = days).into_any()
                } else {
                    t!(i18n, partner_countdown_over, days = -days).into_any()
                }}
            </h2>
            <h3>{t!(i18n, partner_numbers)}</h3>
            <ul>
                {trial.numbers.into_iter().map(|n| {
                    let (met, key) = (n.have >= n.required, n.requirement.to_string());
                    let label = key.clone();
                    view! { <li data-requirement=key data-met=met.to_string()>{label} ": " {n.have} " / " {n.required}</li> }
                }).collect_view()}
            </ul>
            {(!trial.missing.is_empty()).then(|| view! {
                <h3>{t!(i18n, partner_missing)}</h3>
                <ul>{trial.missing.into_iter().map(|m| view! { <li>{m.message}</li> }).collect_view()}</ul>
            })}
            {trial.propose_non_renewal.then(|| view! { <p class="warning">{t!(i18n, partner_propose_non_renewal)}</p> })}
        </section>
    }
}

#[component]
pub fn RosterTable(roster: Vec<RosterLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll">
            <table class="roster-view">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, col_name)}</th>
                        <th scope="col">{t!(i18n, col_certificate)}</th>
                        <th scope="col">{t!(i18n, col_track)}</th>
                        <th scope="col">{t!(i18n, col_certification)}</th>
                        <th scope="col">{t!(i18n, col_lecturer)}</th>
                    </tr>
                </thead>
                <tbody>
                    {roster.into_iter().map(|e| view! {
                        <tr>
                            <td>{e.name}</td>
                            <td>{e.certificate_id}</td>
                            <td>{e.track.key()}</td>
                            <td>{e.certification.map_or("", |c| c.key())}</td>
                            <td>{if e.lecturer { "✓" } else { "" }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The roster the partner sent, judged for its tier, with confirm and decline.
#[component]
pub fn PendingRoster(update: RosterUpdateLine, action: String, version: String) -> impl IntoView {
    let i18n = use_i18n();
    let id = update.id.to_string();
    let hidden = move |kind: &'static str| {
        view! {
            <input type="hidden" name="version" value=version.clone() />
            <input type="hidden" name="update" value=id.clone() />
            <input type="hidden" name="action" value=kind />
        }
    };
    let list = |ids: Vec<String>| if ids.is_empty() { "—".to_owned() } else { ids.join(", ") };
    view! {
        <section class="pending-roster" data-pending-roster=update.id>
            <h3>{t!(i18n, partner_roster_pending)}</h3>
            <p class="hint"><time datetime=update.submitted_at.clone()>{super::short_time(&update.submitted_at)}</time></p>
            {update.note.map(|note| view! { <blockquote>{note}</blockquote> })}
            <dl class="status-facts">
                <dt>{t!(i18n, partner_roster_added)}</dt>
                <dd data-added="">{list(update.added)}</dd>
                <dt>{t!(i18n, partner_roster_removed)}</dt>
                <dd data-removed="">{list(update.removed)}</dd>
                <dt>{t!(i18n, partner_tier_verdict)}</dt>
                <dd data-eligible=update.eligible.to_string()>
                    {if update.eligible { "✓".to_owned() } else { format!("✗ {}", update.shortfalls.iter().map(|s| s.message.as_str()).collect::<Vec<_>>().join(" ")) }}
                </dd>
            </dl>
            <RosterTable roster=update.roster />
            <div class="decisions">
                <form method="post" action=action.clone() class="decision" data-action="roster_confirm">
                    {hidden("roster_confirm")}
                    <button type="submit" class="button primary">{t!(i18n, partner_roster_confirm)}</button>
                </form>
                <form method="post" action=action class="decision" data-action="roster_decline">
                    {hidden("roster_decline")}
                    <label for="roster-decline-reason">{t!(i18n, partner_reason)}</label>
                    <textarea id="roster-decline-reason" name="reason" rows="2" required></textarea>
                    <button type="submit" class="button">{t!(i18n, partner_roster_decline)}</button>
                </form>
            </div>
        </section>
    }
}
