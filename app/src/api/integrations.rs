//! Integrations, for admins: webhook endpoints with their delivery logs, and every message
//! (email or webhook) not delivered yet. The JSON API and the console share these shapes.

use serde::{Deserialize, Serialize};

use crate::keyed::keyed;

keyed! {
    /// What a webhook endpoint may ask to hear about.
    pub enum EventType {
        ApplicationSubmitted => "application.submitted",
        ApplicationResubmitted => "application.resubmitted",
        ApplicationDecided => "application.decided",
        PartnerActivated => "partner.activated",
        PartnerRenewed => "partner.renewed",
        PartnerTerminated => "partner.terminated",
    }
}

keyed! {
    /// How a message leaves.
    pub enum Channel {
        Email => "email",
        Webhook => "webhook",
    }
}

/// Body of `POST /api/v1/review/webhooks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "url": "https://crm.example.com/hooks/partner-portal",
    "secret": "a-long-shared-secret-of-the-receiver",
    "events": ["application.submitted", "application.decided"]
})))]
pub struct NewEndpoint {
    /// An absolute `https://` URL whose host resolves to public addresses only: loopback,
    /// private, link-local, shared, unspecified and multicast addresses are refused, and so
    /// are names reserved for examples and tests (`example.com`, `.test`, `.invalid`,
    /// `.localhost`), like this example's. `http://` and private addresses only where the
    /// operator set `WEBHOOK_ALLOW_PRIVATE=1`.
    pub url: String,
    /// Shared with the receiver, which checks each delivery's signature with it.
    pub secret: String,
    /// Event types to send; all when absent.
    #[serde(default)]
    pub events: Option<Vec<EventType>>,
}

/// What was registered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registered {
    pub id: i64,
    pub url: String,
    /// Comma-separated event types, or `*` for all.
    pub events: String,
}

/// An endpoint as listed: never its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookEndpoint {
    pub id: i64,
    pub url: String,
    /// Comma-separated event types, or `*` for all.
    pub events: String,
    pub created_by: String,
    pub created_at: String,
    pub disabled_at: Option<String>,
}

/// One event's delivery to one endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookDelivery {
    pub event_id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub reference: String,
    pub attempts: i32,
    pub created_at: String,
    pub delivered_at: Option<String>,
    pub failed_at: Option<String>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
}

/// An email or webhook delivery not made yet: waiting for its next attempt, or given up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UndeliveredMessage {
    pub event_id: String,
    pub channel: Channel,
    /// The email's template (`submitted`, `info_requested`, `approved`, `rejected`) or the
    /// webhook's event type.
    pub template: String,
    pub reference: String,
    /// The email address or the endpoint's URL.
    pub recipient: String,
    pub attempts: i32,
    pub created_at: String,
    /// Unix seconds of the next try (none once given up).
    pub next_attempt_at: i64,
    pub failed_at: Option<String>,
    pub last_error: Option<String>,
}

/// An endpoint with its newest deliveries (the console's integrations view).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointLog {
    pub endpoint: WebhookEndpoint,
    pub deliveries: Vec<WebhookDelivery>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrationsOverview {
    pub endpoints: Vec<EndpointLog>,
    /// Newest first.
    pub undelivered: Vec<UndeliveredMessage>,
}
