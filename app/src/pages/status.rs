//! `/status/{reference}?token=…`: the applicant's private status page.

use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{ApplicationStatus, PartnerStanding, StatusEvent};
use crate::domain::partnership::Standing;
use crate::domain::{ApplicationState, HistoryKind};
use crate::i18n::{t, t_string, use_i18n};
use crate::pages::NotFoundStatus;
use crate::phrases::{date_text, level_name, shortfall_text, standing_name, tier_name, time_text};
use crate::serverfns::AppError;
use crate::serverfns::applications::get_application_status;

#[component]
pub fn StatusPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    // Awaited directly, not through a Resource: this page is rendered on the server only.
    let link = StoredValue::new((
        params.read_untracked().get("reference").unwrap_or_default(),
        query.read_untracked().get("token").unwrap_or_default(),
    ));
    view! {
        // The link carries the token: never send it on to another site.
        <Meta name="referrer" content="no-referrer" />
        <section class="status-page">
            <Suspense fallback=move || view! { <p>{t!(i18n, status_loading)}</p> }>
                {move || Suspend::new(async move {
                    let (reference, token) = link.get_value();
                    match get_application_status(reference, token).await {
                        Ok(found) => {
                            let token = query.read_untracked().get("token").unwrap_or_default();
                            view! { <StatusDetails status=found token /> }.into_any()
                        }
                        Err(AppError::NotFound) => view! { <UnknownApplication /> }.into_any(),
                        Err(_) => view! { <p role="alert">{t!(i18n, status_error)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn UnknownApplication() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <NotFoundStatus />
        <h1>{t!(i18n, status_not_found_title)}</h1>
        <p>{t!(i18n, status_not_found_text)}</p>
    }
}

#[component]
fn StatusDetails(status: ApplicationStatus, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let ApplicationStatus {
        reference,
        status: state,
        requested,
        requested_eligible,
        shortfalls,
        policy_version,
        submitted_at,
        history,
        partner,
        ..
    } = status;
    let version = policy_version;
    let locale = i18n.get_locale_untracked();
    let approved_as = partner.as_ref().map(|p| match p.enterprise_level {
        Some(level) => format!("{} · {}", tier_name(locale, requested), level_name(locale, level)),
        None => tier_name(locale, requested).to_owned(),
    });
    let reference_for_link = reference.clone();
    let partnership = partner
        .map(|partner| view! { <Partnership partner reference=reference.clone() token=token.clone() /> });
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    view! {
        <h1>{t!(i18n, status_title, reference)}</h1>
        <p class="hint">{t!(i18n, status_private_note)}</p>
        <dl class="status-facts">
            <dt>{t!(i18n, status_state)}</dt>
            <dd data-state=state.key()><StateLabel state /></dd>
            <dt>{t!(i18n, status_applied_for)}</dt>
            <dd>{tier_name(i18n.get_locale_untracked(), requested)}</dd>
            <dt>{t!(i18n, status_submitted_at)}</dt>
            <dd><time datetime=submitted_at.clone()>{time_text(locale, &submitted_at)}</time></dd>
            <dt>{t!(i18n, status_verdict, version)}</dt>
            <dd data-verdict=requested_eligible.to_string()>
                {if requested_eligible {
                    t!(i18n, status_verdict_yes).into_any()
                } else {
                    t!(i18n, status_verdict_no).into_any()
                }}
                {(!shortfalls.is_empty()).then(|| view! {
                    <p class="missing-title">{t!(i18n, status_missing)}</p>
                    <ul class="shortfalls" id="status-missing">
                        {shortfalls.iter().map(|s| view! { <li>{shortfall_text(locale, s)}</li> }).collect_view()}
                    </ul>
                })}
            </dd>
        </dl>
        {(state == ApplicationState::InfoRequested).then(|| {
            let asked = history.iter().rev().find(|e| e.kind == HistoryKind::InfoRequested).and_then(|e| e.note.clone());
            let answer_link = format!(
                "/apply?resubmit={}&token={}",
                encode(&reference_for_link),
                encode(&token),
            );
            view! {
                <section class="info-request" aria-labelledby="info-request-title">
                    <h2 id="info-request-title">{t!(i18n, status_info_requested_title)}</h2>
                    {asked.map(|message| view! { <blockquote>{message}</blockquote> })}
                    <p><a class="button primary" href=answer_link>{t!(i18n, status_answer_link)}</a></p>
                </section>
            }
        })}
        {partnership}
        <h2>{t!(i18n, status_history)}</h2>
        <ol class="history">
            {history
                .into_iter()
                .map(|event| view! { <HistoryEntry event approved_as=approved_as.clone() /> })
                .collect_view()}
        </ol>
    }
}

/// Once a partner: its standing and term, and the link to update its engineers.
#[component]
fn Partnership(partner: PartnerStanding, reference: String, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let sent = use_query_map().with_untracked(|q| q.get("roster").is_some_and(|v| v == "sent"));
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let update = format!("/status/{}/roster?token={}", encode(&reference), encode(&token));
    let ended = matches!(partner.standing, Standing::NotRenewed | Standing::Terminated);
    let term = match (&partner.term_start, &partner.term_end) {
        (Some(start), Some(end)) => format!("{} – {}", date_text(locale, start), date_text(locale, end)),
        _ => "—".to_owned(),
    };
    view! {
        <section class="partnership" aria-labelledby="partnership-title">
            <h2 id="partnership-title">{t!(i18n, status_partner_title)}</h2>
            {sent.then(|| view! { <p class="hint" role="status">{t!(i18n, status_roster_sent)}</p> })}
            <dl class="status-facts">
                <dt>{t!(i18n, status_partner_standing)}</dt>
                <dd data-standing=partner.standing.key()>
                    {standing_name(locale, partner.standing)}
                    {partner.enterprise_level.map(|l| format!(" · {}", level_name(locale, l)))}
                </dd>
                <dt>{t!(i18n, status_partner_term)}</dt>
                <dd>{term}</dd>
            </dl>
            {partner.roster_update_pending.then(|| view! { <p class="hint">{t!(i18n, status_partner_pending)}</p> })}
            {(!ended).then(|| view! { <p><a class="button" href=update>{t!(i18n, status_partner_update)}</a></p> })}
        </section>
    }
}

#[component]
fn StateLabel(state: ApplicationState) -> impl IntoView {
    let i18n = use_i18n();
    match state {
        ApplicationState::Submitted => t!(i18n, state_submitted).into_any(),
        ApplicationState::InfoRequested => t!(i18n, state_info_requested).into_any(),
        ApplicationState::Resubmitted => t!(i18n, state_resubmitted).into_any(),
        ApplicationState::Approved => t!(i18n, state_approved).into_any(),
        ApplicationState::Rejected => t!(i18n, state_rejected).into_any(),
    }
}

/// One entry of the history; an approval names the partnership in words (`approved_as`)
/// instead of the note the system recorded.
#[component]
fn HistoryEntry(event: StatusEvent, approved_as: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let note = match event.kind {
        HistoryKind::Approved => {
            approved_as.map(|partnership| format!("{} {partnership}", t_string!(i18n, status_approved_as)))
        }
        _ => event.note,
    };
    let what = match event.kind {
        HistoryKind::Submitted => t!(i18n, event_submitted).into_any(),
        HistoryKind::Resubmitted => t!(i18n, event_resubmitted).into_any(),
        HistoryKind::InfoRequested => t!(i18n, event_info_requested).into_any(),
        HistoryKind::Approved => t!(i18n, event_approved).into_any(),
        HistoryKind::Rejected => t!(i18n, event_rejected).into_any(),
        other => other.key().into_any(),
    };
    let at = event.at;
    view! {
        <li>
            <time datetime=at.clone()>{time_text(locale, &at)}</time>
            " — "
            {what}
            {note.map(|note| view! { <blockquote>{note}</blockquote> })}
        </li>
    }
}
