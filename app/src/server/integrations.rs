use super::DeskFuture;
use crate::api::IntegrationsOverview;

/// What admins see of the messages other systems and applicants are sent.
pub trait IntegrationDesk: Send + Sync {
    /// Webhook endpoints with their newest deliveries, and what is not delivered yet.
    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview>;
}
