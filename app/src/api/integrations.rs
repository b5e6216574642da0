//! The admins' view of integrations: webhook endpoints with their delivery logs, and every
//! message (email or webhook) not delivered yet.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrationsOverview {
    pub endpoints: Vec<EndpointView>,
    /// Waiting for their next attempt, or given up (`failed_at`); newest first.
    pub undelivered: Vec<OutboxEntry>,
    /// The event types an endpoint may ask for.
    pub event_types: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointView {
    pub id: i64,
    pub url: String,
    /// Comma-separated, or `*`.
    pub events: String,
    pub created_by: String,
    pub created_at: String,
    pub disabled_at: Option<String>,
    /// The newest deliveries.
    pub deliveries: Vec<DeliveryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryEntry {
    pub event_id: String,
    pub event_type: String,
    pub reference: String,
    pub attempts: i32,
    pub created_at: String,
    pub delivered_at: Option<String>,
    pub failed_at: Option<String>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub event_id: String,
    /// `email` or `webhook`.
    pub channel: String,
    pub template: String,
    pub reference: String,
    pub recipient: String,
    pub attempts: i32,
    pub created_at: String,
    pub failed_at: Option<String>,
    pub last_error: Option<String>,
}
