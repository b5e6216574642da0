//! `/review/integrations` (admins): webhook endpoints, registering and stopping them, each
//! one's newest deliveries, and every email or webhook not delivered yet.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use app::api::{EndpointLog, EventType, IntegrationsOverview, NewEndpoint, UndeliveredMessage};
use app::i18n::td_string;

use crate::context::{use_locale, use_staff};
use crate::live::{on_change, use_live_feed};
use crate::parts::{Failure, FieldMessage, FormState, Outcome, tone_badge};
use crate::serverfns::integrations::{disable_webhook, register_webhook, review_integrations};
use crate::text;

#[component]
pub fn IntegrationsView() -> impl IntoView {
    let locale = use_locale();
    let live = use_live_feed();
    let staff = use_staff();
    // A change may have queued deliveries: the lists are fetched again (the form is not redrawn).
    let refresh = RwSignal::new(0_u32);
    on_change(move |_| refresh.update(|n| *n += 1));
    let overview = Resource::new(move || (live.resyncs.get(), refresh.get()), |_| review_integrations());
    view! {
        <Title text=td_string!(locale, review_nav_integrations) />
        <section class="page">
            <header class="page-header"><h1>{td_string!(locale, integrations_title)}</h1></header>
            <div class="record-grid">
                <div class="record-main">
                    <Transition fallback=|| view! { <p class="loading" aria-busy="true"></p> }>
                        {move || Suspend::new(async move {
                            match overview.await {
                                Ok(overview) => view! { <Lists overview refresh /> }.into_any(),
                                Err(error) => view! { <Failure error /> }.into_any(),
                            }
                        })}
                    </Transition>
                </div>
                // Only admins may register endpoints: a reviewer sees the refusal and no form.
                <Suspense>
                    {move || staff.is_admin().then(|| view! { <aside class="record-side"><Register refresh /></aside> })}
                </Suspense>
            </div>
        </section>
    }
}

#[component]
fn Register(refresh: RwSignal<u32>) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let (url, secret) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let events: Vec<(EventType, RwSignal<bool>)> =
        EventType::ALL.iter().map(|&e| (e, RwSignal::new(false))).collect();
    let registered = RwSignal::new(false);
    let chosen = events.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked: Vec<EventType> =
            chosen.iter().filter(|(_, on)| on.get_untracked()).map(|(e, _)| *e).collect();
        let endpoint = NewEndpoint {
            url: url.get_untracked(),
            secret: secret.get_untracked(),
            events: (!picked.is_empty()).then_some(picked),
        };
        let chosen = chosen.clone();
        state.send(register_webhook(endpoint), move |_| {
            url.set(String::new());
            secret.set(String::new());
            chosen.iter().for_each(|(_, on)| on.set(false));
            registered.set(true);
            refresh.update(|n| *n += 1);
        });
    };
    view! {
        <form method="post" action="/review/webhooks" class="panel decision" data-action="register-webhook" on:submit=submit>
            <h2>{td_string!(locale, integrations_register_title)}</h2>
            <Show when=move || registered.get()>
                <p class="notice done" role="status">{td_string!(locale, integrations_done_registered)}</p>
            </Show>
            <label class="field">
                <span>{td_string!(locale, integrations_url)}</span>
                <input id="webhook-url" name="url" type="url" required maxlength="2000" bind:value=url />
                <FieldMessage state field="url" id="webhook-url-error" />
            </label>
            <label class="field">
                <span>{td_string!(locale, integrations_secret)}</span>
                <input id="webhook-secret" name="secret" type="password" required minlength="16" maxlength="200"
                    autocomplete="off" bind:value=secret />
                <FieldMessage state field="secret" id="webhook-secret-error" />
            </label>
            <fieldset>
                <legend>{td_string!(locale, integrations_events)}</legend>
                {events.into_iter().map(|(event, on)| view! {
                    <label class="choice">
                        <input type="checkbox" name="events" value=event.key()
                            prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev)) />
                        {text::event_type(locale, event)} <code class="sub">{event.key()}</code>
                    </label>
                }).collect_view()}
            </fieldset>
            <Outcome state />
            <button type="submit" class="button primary" disabled=move || state.pending.get()>{td_string!(locale, integrations_register_submit)}</button>
        </form>
    }
}

#[component]
fn Lists(overview: IntegrationsOverview, refresh: RwSignal<u32>) -> impl IntoView {
    let locale = use_locale();
    let IntegrationsOverview { endpoints, undelivered } = overview;
    view! {
        <section class="panel">
            <h2>{td_string!(locale, integrations_endpoints)}</h2>
            {if endpoints.is_empty() {
                view! { <p class="empty">{td_string!(locale, integrations_none)}</p> }.into_any()
            } else {
                endpoints.into_iter().map(|endpoint| view! { <Endpoint endpoint refresh /> }).collect_view().into_any()
            }}
        </section>
        <section class="panel">
            <h2>{td_string!(locale, integrations_undelivered_title)}</h2>
            <Undelivered undelivered />
        </section>
    }
}

#[component]
fn Endpoint(endpoint: EndpointLog, refresh: RwSignal<u32>) -> impl IntoView {
    let locale = use_locale();
    let state = FormState::default();
    let EndpointLog { endpoint, deliveries } = endpoint;
    let id = endpoint.id;
    let active = endpoint.disabled_at.is_none();
    let stop = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.send(disable_webhook(id), move |()| refresh.update(|n| *n += 1));
    };
    let events = if endpoint.events == "*" {
        td_string!(locale, console_all_events).to_owned()
    } else {
        endpoint
            .events
            .split(',')
            .map(|e| EventType::from_key(e).map_or(e, |e| text::event_type(locale, e)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (event, reference, attempts, outcome, error) = (
        td_string!(locale, integrations_col_event),
        td_string!(locale, integrations_col_reference),
        td_string!(locale, integrations_col_attempts),
        td_string!(locale, integrations_col_outcome),
        td_string!(locale, integrations_col_error),
    );
    view! {
        <article class="endpoint" data-endpoint=id>
            <header class="endpoint-header">
                <h3 class="url">{endpoint.url.clone()}</h3>
                {if active { tone_badge(td_string!(locale, integrations_active), "green").into_any() } else { tone_badge(td_string!(locale, integrations_disabled), "grey").into_any() }}
            </header>
            <p class="sub">
                {td_string!(locale, integrations_col_events)} ": " {events} " · " {td_string!(locale, integrations_col_created)} " "
                <time datetime=endpoint.created_at.clone()>{text::time(locale, &endpoint.created_at)}</time> " · " {endpoint.created_by.clone()}
            </p>
            {active.then(|| view! {
                <form method="post" action=format!("/review/webhooks/{id}/disable") on:submit=stop>
                    <Outcome state />
                    <button type="submit" class="button small" disabled=move || state.pending.get()>{td_string!(locale, integrations_disable)}</button>
                </form>
            })}
            <h4>{td_string!(locale, integrations_deliveries)}</h4>
            {if deliveries.is_empty() {
                view! { <p class="empty">{td_string!(locale, integrations_no_deliveries)}</p> }.into_any()
            } else {
                view! {
                    <table class="data-table deliveries">
                        <thead><tr><th scope="col">{event}</th><th scope="col">{reference}</th><th scope="col" class="number">{attempts}</th><th scope="col">{outcome}</th><th scope="col">{error}</th></tr></thead>
                        <tbody>
                            {deliveries.into_iter().map(|d| {
                                let (label, tone) = match (&d.delivered_at, &d.failed_at) {
                                    (Some(_), _) => (td_string!(locale, integrations_delivered), "green"),
                                    (None, Some(_)) => (td_string!(locale, integrations_given_up), "red"),
                                    (None, None) => (td_string!(locale, integrations_waiting), "amber"),
                                };
                                view! {
                                    <tr data-event=d.event_id.clone()>
                                        <td data-label=event>{text::event_type(locale, d.event_type)} <span class="sub"><time datetime=d.created_at.clone()>{text::time(locale, &d.created_at)}</time></span></td>
                                        <td data-label=reference><A href=format!("/review/applications/{}", d.reference)>{d.reference.clone()}</A></td>
                                        <td data-label=attempts class="number">{d.attempts}</td>
                                        <td data-label=outcome>{tone_badge(label, tone)} {d.last_status.map(|s| format!(" {s}"))}</td>
                                        <td data-label=error class="wrap">{d.last_error.clone().unwrap_or_default()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn Undelivered(undelivered: Vec<UndeliveredMessage>) -> impl IntoView {
    let locale = use_locale();
    if undelivered.is_empty() {
        return view! { <p class="empty">{td_string!(locale, integrations_all_delivered)}</p> }.into_any();
    }
    let (kind, reference, to, attempts, outcome, error) = (
        td_string!(locale, integrations_col_channel),
        td_string!(locale, integrations_col_reference),
        td_string!(locale, integrations_col_recipient),
        td_string!(locale, integrations_col_attempts),
        td_string!(locale, integrations_col_outcome),
        td_string!(locale, integrations_col_error),
    );
    view! {
        <table class="data-table undelivered">
            <thead><tr><th scope="col">{kind}</th><th scope="col">{reference}</th><th scope="col">{to}</th><th scope="col" class="number">{attempts}</th><th scope="col">{outcome}</th><th scope="col">{error}</th></tr></thead>
            <tbody>
                {undelivered.into_iter().map(|m| {
                    let (label, tone) = if m.failed_at.is_some() {
                        (td_string!(locale, integrations_given_up), "red")
                    } else {
                        (td_string!(locale, integrations_waiting), "amber")
                    };
                    view! {
                        <tr data-event=m.event_id.clone()>
                            <td data-label=kind>{text::channel(locale, m.channel)} " · " {text::template(locale, &m.template)}</td>
                            <td data-label=reference><A href=format!("/review/applications/{}", m.reference)>{m.reference.clone()}</A></td>
                            <td data-label=to class="wrap">{m.recipient.clone()}</td>
                            <td data-label=attempts class="number">{m.attempts}</td>
                            <td data-label=outcome>{tone_badge(label, tone)}</td>
                            <td data-label=error class="wrap">{m.last_error.clone().unwrap_or_default()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
