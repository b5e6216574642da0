use app::api::IntegrationsOverview;
use app::server::{DeskFuture, IntegrationDesk};

use crate::notify;
use crate::state::AppState;

impl IntegrationDesk for AppState {
    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview> {
        Box::pin(async move { Ok(notify::overview(&self.db).await?) })
    }
}
