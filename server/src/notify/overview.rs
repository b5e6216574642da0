//! What the admins' integrations page shows, from storage.

use app::api::{DeliveryEntry, EndpointView, IntegrationsOverview, OutboxEntry};

use crate::db::{self, Database};

/// Deliveries shown per endpoint on the page (the API gives up to 500).
const DELIVERIES_SHOWN: usize = 20;

pub async fn overview(db: &Database) -> Result<IntegrationsOverview, sqlx::Error> {
    let mut endpoints = Vec::new();
    for endpoint in db::list_endpoints(db).await? {
        let deliveries = db::deliveries(db, endpoint.id).await?.unwrap_or_default();
        endpoints.push(EndpointView {
            id: endpoint.id,
            url: endpoint.url,
            events: endpoint.events,
            created_by: endpoint.created_by,
            created_at: endpoint.created_at,
            disabled_at: endpoint.disabled_at,
            deliveries: deliveries
                .into_iter()
                .take(DELIVERIES_SHOWN)
                .map(|d| DeliveryEntry {
                    event_id: d.event_id,
                    event_type: d.event_type,
                    reference: d.reference,
                    attempts: d.attempts,
                    created_at: d.created_at,
                    delivered_at: d.delivered_at,
                    failed_at: d.failed_at,
                    last_status: d.last_status,
                    last_error: d.last_error,
                })
                .collect(),
        });
    }
    let undelivered = db::undelivered(db)
        .await?
        .into_iter()
        .map(|m| OutboxEntry {
            event_id: m.event_id,
            channel: m.channel,
            template: m.template,
            reference: m.reference,
            recipient: m.recipient,
            attempts: m.attempts,
            created_at: m.created_at,
            failed_at: m.failed_at,
            last_error: m.last_error,
        })
        .collect();
    let event_types = super::EVENT_TYPES.iter().map(|&t| t.to_owned()).collect();
    Ok(IntegrationsOverview { endpoints, undelivered, event_types })
}
