use super::{DeskFuture, Principal};
use crate::api::{IntegrationsOverview, NewEndpoint, Registered};

/// What admins see and change of the messages other systems and applicants are sent.
pub trait IntegrationDesk: Send + Sync {
    /// Webhook endpoints with their newest deliveries, and what is not delivered yet.
    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview>;

    fn register_endpoint<'a>(
        &'a self,
        admin: &'a Principal,
        endpoint: &'a NewEndpoint,
    ) -> DeskFuture<'a, Registered>;

    /// Stops deliveries to endpoint `id` (its log stays).
    fn disable_endpoint<'a>(&'a self, admin: &'a Principal, id: i64) -> DeskFuture<'a, ()>;
}
