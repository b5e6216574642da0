//! What the admins' integrations view shows, from storage.

use app::api::{EndpointLog, IntegrationsOverview};

use crate::db::{self, Database};
use crate::errors::{Missing, ServiceError};

/// Deliveries shown per endpoint in the console (the API gives up to 500).
const DELIVERIES_SHOWN: usize = 20;

pub async fn overview(db: &Database) -> Result<IntegrationsOverview, ServiceError> {
    let mut endpoints = Vec::new();
    for endpoint in db::list_endpoints(db).await? {
        let mut deliveries = db::deliveries(db, endpoint.id).await?.unwrap_or_default();
        deliveries.truncate(DELIVERIES_SHOWN);
        endpoints.push(EndpointLog { endpoint, deliveries });
    }
    Ok(IntegrationsOverview { endpoints, undelivered: db::undelivered(db).await? })
}

/// One endpoint's newest deliveries, delivered or not.
pub async fn deliveries(db: &Database, id: i64) -> Result<Vec<app::api::WebhookDelivery>, ServiceError> {
    db::deliveries(db, id).await?.ok_or(ServiceError::NotFound(Missing::WebhookEndpoint))
}
