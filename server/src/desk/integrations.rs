use app::api::{IntegrationsOverview, NewEndpoint, Registered};
use app::server::{DeskFuture, IntegrationDesk, Principal};

use crate::notify::{self, endpoints};
use crate::state::AppState;

impl IntegrationDesk for AppState {
    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview> {
        Box::pin(async move { Ok(notify::overview(&self.db).await?) })
    }

    fn register_endpoint<'a>(
        &'a self,
        admin: &'a Principal,
        endpoint: &'a NewEndpoint,
    ) -> DeskFuture<'a, Registered> {
        Box::pin(async move {
            let events = endpoint.events.as_deref();
            Ok(endpoints::register(
                &self.db,
                &self.clock,
                &self.webhooks,
                admin,
                &endpoint.url,
                &endpoint.secret,
                events,
            )
            .await?)
        })
    }

    fn disable_endpoint<'a>(&'a self, admin: &'a Principal, id: i64) -> DeskFuture<'a, ()> {
        Box::pin(async move { Ok(endpoints::disable(&self.db, &self.clock, admin, id).await?) })
    }
}
