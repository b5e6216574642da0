//! The server's side of `app::server::ApplicationDesk`: what server functions may ask of storage.

use app::api::ApplicationStatus;
use app::server::{ApplicationDesk, DeskError, DeskFuture};

use crate::applications;
use crate::state::AppState;

impl ApplicationDesk for AppState {
    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, Option<ApplicationStatus>> {
        Box::pin(async move {
            applications::status(&self.db, reference, token).await.map_err(|error| {
                tracing::error!(%error, "reading an application's status");
                DeskError
            })
        })
    }
}
