//! `/review/applications/{reference}`: one application, its red flags, its verdicts then and
//! now, its audit trail, and the decision forms.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::gate::{StaffBar, StaffOnly};
use crate::api::{ApplicationReview, CompanyInput, TierLine};
use crate::domain::ApplicationState;
use crate::i18n::{t, t_string, use_i18n};
use crate::serverfns::review::review_application;

#[component]
pub fn ReviewApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let reference = params.with_untracked(|p| p.get("reference").unwrap_or_default());
    let i18n = use_i18n();
    let back_to = format!("/review/applications/{reference}");
    let live_reference = reference.clone();
    // Awaited directly, not through a Resource: this page is rendered on the server only.
    let reference = StoredValue::new(reference);
    view! {
        <section class="review">
            <StaffBar />
            <p><a href="/review">"← " {t!(i18n, review_title)}</a></p>
            <p class="hint" aria-live="polite" data-live-status data-text=t_string!(i18n, review_live_updated)
                data-changed=t_string!(i18n, review_live_changed)></p>
            <div data-live-region data-live-reference=live_reference>
                <Suspense>
                    {move || {
                        let back_to = back_to.clone();
                        Suspend::new(async move {
                            match review_application(reference.get_value()).await {
                                Ok(review) => view! { <ApplicationDetails review /> }.into_any(),
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

#[component]
fn ApplicationDetails(review: ApplicationReview) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let outcome = query.with_untracked(|q| {
        if q.get("conflict").is_some() {
            Some(("warning", t!(i18n, review_conflict).into_any()))
        } else if let Some(field) = q.get("invalid") {
            Some(("warning", view! { {t!(i18n, review_invalid)} " (" {field} ")" }.into_any()))
        } else {
            q.get("done").map(|_| ("hint", t!(i18n, review_done).into_any()))
        }
    });
    let open = matches!(
        review.status,
        ApplicationState::Submitted | ApplicationState::Resubmitted | ApplicationState::InfoRequested
    );
    let missing: Vec<&str> =
        review.declarations.iter().filter(|(_, accepted)| !accepted).map(|(d, _)| d.key()).collect();
    let requested_ineligible =
        review.verdict_then.iter().any(|line| line.tier == review.requested_tier && !line.eligible);
    let shared = review.engineers.iter().any(|e| !e.also_claimed_by.is_empty());
    let action = format!("/review/applications/{}/decide", review.reference);
    let version = review.version.to_string();
    view! {
        <h1>{review.reference.clone()}</h1>
        {outcome.map(|(class, text)| view! { <p class=class role="status">{text}</p> })}
        <dl class="status-facts">
            <dt>{t!(i18n, review_col_status)}</dt>
            <dd data-state=review.status.key()>{review.status.key()} " · v" {review.version}</dd>
            <dt>{t!(i18n, review_col_requested)}</dt>
            <dd>{review.requested_tier.key()}</dd>
            <dt>{t!(i18n, review_col_submitted)}</dt>
            <dd><time datetime=review.submitted_at.clone()>{super::short_time(&review.submitted_at)}</time></dd>
            {company_fields(review.company).into_iter().map(|(field, value)| view! { <dt>{company_label(i18n, field)}</dt><dd>{value}</dd> }).collect_view()}
            {review.brand_description.map(|d| view! { <dt>"brand_description"</dt><dd>{d}</dd> })}
        </dl>

        <h2>{t!(i18n, review_flags)}</h2>
        <ul class="flags" data-flags="">
            {requested_ineligible.then(|| view! { <li data-flag="ineligible">{t!(i18n, review_flag_ineligible)}</li> })}
            {(!missing.is_empty()).then(|| view! { <li data-flag="declarations">{t!(i18n, review_flag_declarations)} ": " {missing.join(", ")}</li> })}
            {shared.then(|| view! { <li data-flag="shared_certificate">{t!(i18n, review_flag_shared)}</li> })}
        </ul>

        <h2>{t!(i18n, step_engineers)}</h2>
        <div class="table-scroll">
            <table class="roster-view">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, col_name)}</th>
                        <th scope="col">{t!(i18n, col_certificate)}</th>
                        <th scope="col">{t!(i18n, col_track)}</th>
                        <th scope="col">{t!(i18n, col_certification)}</th>
                        <th scope="col">{t!(i18n, col_lecturer)}</th>
                        <th scope="col">{t!(i18n, review_also_claimed)}</th>
                    </tr>
                </thead>
                <tbody>
                    {review.engineers.into_iter().map(|e| view! {
                        <tr>
                            <td>{e.name}</td>
                            <td>{e.certificate_id}</td>
                            <td>{e.track.key()}</td>
                            <td>{e.certification.map_or("", |c| c.key())}</td>
                            <td>{if e.lecturer { "✓" } else { "" }}</td>
                            <td>
                                {e.also_claimed_by.into_iter().map(|other| {
                                    let href = format!("/review/applications/{other}");
                                    view! { <a class="flag-link" href=href>{other}</a> " " }
                                }).collect_view()}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>

        <div class="verdict-columns">
            <VerdictList title=format!("v{}", review.policy_version) lines=review.verdict_then />
            <VerdictList title=format!("v{} ({})", review.current_policy_version, "now") lines=review.verdict_now />
        </div>

        {open.then(|| view! {
            <h2>{t!(i18n, review_decide)}</h2>
            <div class="decisions">
                <form method="post" action=action.clone() class="decision">
                    <input type="hidden" name="version" value=version.clone() />
                    <input type="hidden" name="decision" value="approve" />
                    <label for="approve-category">{t!(i18n, field_category)}</label>
                    // Preselected as applied for, so an approval never changes it by accident.
                    <select id="approve-category" name="category">
                        {["enterprise", "community", "education", "brand"].map(|c| view! {
                            <option value=c selected=review.category.key() == c>{c}</option>
                        }).to_vec()}
                    </select>
                    <label for="approve-level">{t!(i18n, field_level)}</label>
                    <select id="approve-level" name="enterprise_level">
                        <option value="">"—"</option>
                        {["trial", "third", "second", "first"].map(|l| view! {
                            <option value=l selected=review.enterprise_level.map(|level| level.key()) == Some(l)>{l}</option>
                        }).to_vec()}
                    </select>
                    <button type="submit" class="button primary">{t!(i18n, review_approve)}</button>
                </form>
                <form method="post" action=action.clone() class="decision">
                    <input type="hidden" name="version" value=version.clone() />
                    <input type="hidden" name="decision" value="request_info" />
                    <label for="info-message">{t!(i18n, review_info_message)}</label>
                    <textarea id="info-message" name="message" rows="3" required></textarea>
                    <button type="submit" class="button">{t!(i18n, review_request_info)}</button>
                </form>
                <form method="post" action=action.clone() class="decision">
                    <input type="hidden" name="version" value=version.clone() />
                    <input type="hidden" name="decision" value="reject" />
                    <label for="reject-reason">{t!(i18n, review_reject_reason)}</label>
                    <textarea id="reject-reason" name="reason" rows="3" required></textarea>
                    <button type="submit" class="button">{t!(i18n, review_reject)}</button>
                </form>
            </div>
        })}

        <h2>{t!(i18n, review_audit)}</h2>
        <ol class="history audit">
            {review.history.into_iter().map(|entry| {
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

#[component]
fn VerdictList(title: String, lines: Vec<TierLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="verdict-list">
            <h3>{t!(i18n, review_verdict)} " " {title}</h3>
            <ul>
                {lines.into_iter().map(|line| {
                    let tier = line.tier.key();
                    view! {
                    <li data-tier=tier data-eligible=line.eligible.to_string()>
                        <strong>{tier}</strong> ": " {if line.eligible { "✓" } else { "✗" }}
                        <ul>{line.shortfalls.into_iter().map(|s| view! { <li>{s.message}</li> }).collect_view()}</ul>
                    </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The company's fields by wire name, in the order they are asked.
fn company_fields(company: CompanyInput) -> Vec<(&'static str, String)> {
    [
        ("legal_name", company.legal_name),
        ("registration_number", company.registration_number),
        ("country", company.country),
        ("website", company.website),
        ("contact_name", company.contact_name),
        ("email", company.email),
        ("phone", company.phone),
    ]
    .into_iter()
    .map(|(field, value)| (field, value.unwrap_or_default()))
    .collect()
}

/// A company field's label in the page's language.
fn company_label(i18n: leptos_i18n::I18nContext<crate::i18n::Locale>, field: &str) -> String {
    match field {
        "legal_name" => t_string!(i18n, field_legal_name).to_string(),
        "registration_number" => t_string!(i18n, field_registration_number).to_string(),
        "country" => t_string!(i18n, field_country).to_string(),
        "website" => t_string!(i18n, field_website).to_string(),
        "contact_name" => t_string!(i18n, field_contact_name).to_string(),
        "email" => t_string!(i18n, field_email).to_string(),
        "phone" => t_string!(i18n, field_phone).to_string(),
        other => other.to_owned(),
    }
}
