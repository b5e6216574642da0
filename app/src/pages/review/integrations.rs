//! `/review/integrations` (admins): webhook endpoints, registering and stopping them, each
//! one's newest deliveries, and every email or webhook not delivered yet.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::gate::{StaffBar, StaffOnly};
use super::short_time;
use crate::api::{EndpointLog, EventType, IntegrationsOverview, UndeliveredMessage, WebhookDelivery};
use crate::i18n::{t, use_i18n};
use crate::serverfns::integrations::review_integrations;

#[component]
pub fn ReviewIntegrationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="review">
            <StaffBar />
            <h1>{t!(i18n, integrations_title)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match review_integrations().await {
                        Ok(overview) => view! { <Integrations overview /> }.into_any(),
                        Err(error) => view! { <StaffOnly error back_to="/review/integrations" /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Integrations(overview: IntegrationsOverview) -> impl IntoView {
    let i18n = use_i18n();
    let (done, invalid) = use_query_map().with_untracked(|q| (q.get("done"), q.get("invalid")));
    let IntegrationsOverview { endpoints, undelivered } = overview;
    let event_types = EventType::ALL.map(EventType::key);
    view! {
        {done.map(|what| view! {
            <p class="notice" role="status">
                {if what == "disabled" { t!(i18n, integrations_done_disabled).into_any() } else { t!(i18n, integrations_done_registered).into_any() }}
            </p>
        })}
        {invalid.map(|field| view! { <p class="warning" role="alert">{t!(i18n, integrations_invalid)} " " {field}</p> })}
        <form method="post" action="/review/webhooks" class="decision" data-action="register-webhook">
            <h2>{t!(i18n, integrations_register_title)}</h2>
            <label for="webhook-url">{t!(i18n, integrations_url)}</label>
            <input id="webhook-url" name="url" type="url" required maxlength="2000" />
            <label for="webhook-secret">{t!(i18n, integrations_secret)}</label>
            <input id="webhook-secret" name="secret" type="password" required minlength="16" maxlength="200" autocomplete="off" />
            <fieldset>
                <legend>{t!(i18n, integrations_events)}</legend>
                {event_types.map(|event| view! {
                    <label class="choice"><input type="checkbox" name="events" value=event />{event}</label>
                }).to_vec()}
            </fieldset>
            <button type="submit" class="button primary">{t!(i18n, integrations_register_submit)}</button>
        </form>
        <h2>{t!(i18n, integrations_endpoints)}</h2>
        {if endpoints.is_empty() {
            view! { <p class="hint">{t!(i18n, integrations_none)}</p> }.into_any()
        } else {
            endpoints.into_iter().map(|endpoint| view! { <Endpoint endpoint /> }).collect_view().into_any()
        }}
        <h2>{t!(i18n, integrations_undelivered_title)}</h2>
        <Undelivered undelivered />
    }
}

#[component]
fn Endpoint(endpoint: EndpointLog) -> impl IntoView {
    let i18n = use_i18n();
    let EndpointLog { endpoint, deliveries } = endpoint;
    let crate::api::WebhookEndpoint { id, url, events, created_by, created_at, disabled_at } = endpoint;
    let active = disabled_at.is_none();
    view! {
        <article class="endpoint" data-endpoint=id>
            <h3>{url}</h3>
            <p class="hint">
                {t!(i18n, integrations_col_events)} ": " {events} " · " {t!(i18n, integrations_col_created)} ": "
                <time datetime=created_at.clone()>{short_time(&created_at)}</time> " — " {created_by} " · "
                {if active { t!(i18n, integrations_active).into_any() } else { t!(i18n, integrations_disabled).into_any() }}
            </p>
            {active.then(|| view! {
                <form method="post" action=format!("/review/webhooks/{id}/disable")>
                    <button type="submit" class="button small">{t!(i18n, integrations_disable)}</button>
                </form>
            })}
            <h4>{t!(i18n, integrations_deliveries)}</h4>
            {if deliveries.is_empty() {
                view! { <p class="hint">{t!(i18n, integrations_no_deliveries)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="queue deliveries">
                            <thead>
                                <tr>
                                    <th scope="col">{t!(i18n, integrations_col_event)}</th>
                                    <th scope="col">{t!(i18n, integrations_col_reference)}</th>
                                    <th scope="col">{t!(i18n, integrations_col_attempts)}</th>
                                    <th scope="col">{t!(i18n, integrations_col_outcome)}</th>
                                    <th scope="col">{t!(i18n, integrations_col_error)}</th>
                                </tr>
                            </thead>
                            <tbody>{deliveries.into_iter().map(|d| view! { <Delivery delivery=d /> }).collect_view()}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn Delivery(delivery: WebhookDelivery) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = match (&delivery.delivered_at, &delivery.failed_at) {
        (Some(_), _) => t!(i18n, integrations_delivered).into_any(),
        (None, Some(_)) => t!(i18n, integrations_given_up).into_any(),
        (None, None) => t!(i18n, integrations_waiting).into_any(),
    };
    let status = delivery.last_status.map(|s| format!(" ({s})")).unwrap_or_default();
    view! {
        <tr data-event=delivery.event_id>
            <td><time datetime=delivery.created_at.clone()>{short_time(&delivery.created_at)}</time> " " {delivery.event_type.key()}</td>
            <td><a href=format!("/review/applications/{}", delivery.reference)>{delivery.reference.clone()}</a></td>
            <td>{delivery.attempts}</td>
            <td>{outcome}{status}</td>
            <td>{delivery.last_error.unwrap_or_default()}</td>
        </tr>
    }
}

#[component]
fn Undelivered(undelivered: Vec<UndeliveredMessage>) -> impl IntoView {
    let i18n = use_i18n();
    if undelivered.is_empty() {
        return view! { <p class="hint">{t!(i18n, integrations_all_delivered)}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="queue undelivered">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, integrations_col_channel)}</th>
                        <th scope="col">{t!(i18n, integrations_col_reference)}</th>
                        <th scope="col">{t!(i18n, integrations_col_recipient)}</th>
                        <th scope="col">{t!(i18n, integrations_col_attempts)}</th>
                        <th scope="col">{t!(i18n, integrations_col_outcome)}</th>
                        <th scope="col">{t!(i18n, integrations_col_error)}</th>
                    </tr>
                </thead>
                <tbody>
                    {undelivered.into_iter().map(|m| {
                        let outcome = if m.failed_at.is_some() {
                            t!(i18n, integrations_given_up).into_any()
                        } else {
                            t!(i18n, integrations_waiting).into_any()
                        };
                        view! {
                            <tr data-event=m.event_id>
                                <td>{m.channel.key()} " · " {m.template}</td>
                                <td><a href=format!("/review/applications/{}", m.reference)>{m.reference.clone()}</a></td>
                                <td>{m.recipient}</td>
                                <td>{m.attempts}</td>
                                <td>{outcome}</td>
                                <td>{m.last_error.unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
